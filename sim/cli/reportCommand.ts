// `scorechase report RESULTS_DIR`: figures (SVG, PNG), report.md and a self-contained report.html from a results or sweep folder.
import { join } from 'node:path';
import type { Command } from 'commander';
import { runReportData } from '../../report/data/reportData.js';
import { ReportInputError } from '../../report/data/reportInputError.js';
import { runReport } from '../../report/runReport.js';
import { CliInputError, ExitCode } from './cliErrors.js';
import type { CliIo } from './io.js';
import { parseFormats, readFolderFiles, reportFiles, REPORT_FORMATS, type ReportFormat } from './reportFiles.js';
import { folderNames, writeReportFolder, type ReportFile } from './reportFolder.js';
import { sha256Hex } from './resultsFolder.js';
import { sweepReportFiles } from './sweepReport.js';

/** Files of a results folder the report reads. */
const RUN_FILES = ['manifest.json', 'metrics.csv', 'agents.csv', 'events.json', 'summary.json'];

const EXAMPLES = `
Examples:
  $ scorechase report results/baseline-seed1
  $ scorechase report results/klout-2011-shock-seed1 --out post/figures-and-report --format md,png
  $ scorechase report results/chaser-alpha-sweep

Writes DIR/report/ by default: report.md (findings, figures, tables, methods, reproduction),
report.html (one self-contained interactive page: open it offline or embed it with an iframe),
figures/*.svg (with title, alt text and provenance) and figures/*.png (twice the size).
A sweep folder (with sweep.json) gets each metric's arms with their 95 % bands.
Exit codes: 0 written, 2 bad input (no results folder, unreadable files, bad options), 1 internal error.`;

/** Builds the report of a run's results folder. */
async function runFolderFiles(dir: string, formats: readonly ReportFormat[]): Promise<ReportFile[]> {
  const files = await readFolderFiles(dir, RUN_FILES);
  const manifest = files.get('manifest.json');
  if (manifest === undefined) {
    throw new CliInputError(`${dir} is not a results folder: it has no manifest.json (a folder written by "scorechase run", or a sweep folder with sweep.json)`);
  }
  let resolved: unknown;
  try {
    resolved = (JSON.parse(manifest) as { resolved?: unknown }).resolved;
  } catch (error) {
    throw new CliInputError(`${join(dir, 'manifest.json')}: is not valid JSON: ${(error as Error).message}`);
  }
  const data = runReportData(files, { manifestHash: sha256Hex(manifest), scenarioHash: sha256Hex(JSON.stringify(resolved ?? null)) });
  return reportFiles((doc) => runReport(doc, data, dir), data, formats);
}

/**
 * Writes the report of `dir` (a results folder, or a sweep folder with sweep.json) into `out` (default
 * `dir/report`) and prints the paths written. Returns the exit code.
 */
export async function reportCommand(dir: string, options: { out?: string; format?: string }, io: CliIo): Promise<number> {
  const formats = parseFormats(options.format ?? REPORT_FORMATS.join(','));
  const out = options.out ?? join(dir, 'report');
  const names = await folderNames(dir);
  if (names.length === 0) throw new CliInputError(`${dir}: no such results folder (or it is empty)`);
  let files: ReportFile[];
  try {
    files = names.includes('sweep.json') ? await sweepReportFiles(dir, formats) : await runFolderFiles(dir, formats);
  } catch (error) {
    if (error instanceof ReportInputError) throw new CliInputError(`${join(dir, error.file)}: ${error.reason}`);
    throw error;
  }
  await writeReportFolder(out, files);
  const main = ['report.md', 'report.html'].filter((name) => files.some((f) => f.path === name));
  const figures = files.filter((f) => f.path.startsWith('figures/')).length;
  for (const name of main) io.stdout.write(`report: ${join(out, name)}\n`);
  if (figures > 0) io.stdout.write(`figures: ${join(out, 'figures')} (${figures} files)\n`);
  return ExitCode.ok;
}

/** Adds the `report` command to the program; its exit code is handed to `setExitCode`. */
export function addReportCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description('turn a results or sweep folder into report.md, report.html and figures')
    .argument('<dir>', 'results folder written by "scorechase run" (or a sweep folder)')
    .option('--out <dir>', 'report folder (default: DIR/report); an existing one is replaced only if it is an earlier report')
    .option('--format <list>', `comma-separated formats: ${REPORT_FORMATS.join(', ')}`, REPORT_FORMATS.join(','))
    .addHelpText('after', EXAMPLES)
    .action(async (dir: string, options: { out?: string; format?: string }) => {
      setExitCode(await reportCommand(dir, options, io));
    });
}
