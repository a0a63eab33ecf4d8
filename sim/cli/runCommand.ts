// `scorechase run FILE`: run a scenario headless, write its results folder atomically, print the summary.
import type { Command } from 'commander';
import { buildManifest } from '../output/manifest.js';
import { runScenario } from '../run/index.js';
import type { CliIo } from './io.js';
import { formatTable } from './formatTable.js';
import { whileCatchingInterrupts } from './interruptSignals.js';
import { loadScenarioFile } from './loadScenarioFile.js';
import { parseOutOption, parseSeedOption, parseTicksOption } from './options.js';
import { startProgress } from './progressBar.js';
import { reportCommand } from './reportCommand.js';
import { assertReplaceableResultsDir, defaultResultsDir, writeResultsFolder } from './resultsFolder.js';
import { scorechaseVersion } from './version.js';

/** Options of `scorechase run`. Defaults: the scenario's seed and ticks, `results/<name>-seed<seed>`, progress shown on a terminal. */
export interface RunCommandOptions {
  seed?: number | string;
  ticks?: number;
  out?: string;
  quiet?: boolean;
  /** Also write the report (`scorechase report DIR`) into DIR/report. */
  report?: boolean;
}

const EXAMPLES = `
Examples:
  $ scorechase run scenarios/baseline.yaml
  $ scorechase run scenarios/baseline.yaml --seed 7 --ticks 90
  $ scorechase run my-scenario.yaml --out results/my-run --quiet
  $ scorechase run scenarios/klout-2011-shock.yaml --report

Writes <out>/manifest.json, metrics.csv, agents.csv, events.json and summary.json; the same scenario
and seed give byte-identical files. With --report it also writes <out>/report/ (report.md,
report.html, figures), as "scorechase report <out>" does. Exit codes: 0 done, 2 bad input or usage, 1 internal error.`;

/** Calls `run`, then `stop` whether it returned or threw (so the terminal is left clean). */
function runWithProgress<T>(run: () => T, stop: () => void): T {
  try {
    return run();
  } finally {
    stop();
  }
}

/**
 * Runs the scenario `file` and writes its results folder; returns the exit code (0). User errors are
 * thrown (`CliInputError`, `ScenarioError`, `EdgeListError`) for `main` to report.
 */
export async function runCommand(file: string, options: RunCommandOptions, io: CliIo): Promise<number> {
  const { loaded, edgeList } = await loadScenarioFile(file);
  const seed = options.seed ?? loaded.resolved.seed;
  const dir = options.out ?? defaultResultsDir(loaded.resolved.name, seed);
  await assertReplaceableResultsDir(dir);

  const progress = startProgress(io.stderr, options.quiet !== true);
  const result = runWithProgress(() =>
    runScenario(loaded, { seed, ticks: options.ticks, edgeList, onProgress: progress.onProgress }),
  progress.stop);

  const version = scorechaseVersion();
  const manifestFor = (outputs: Record<string, string>) =>
    buildManifest({
      engine: 'scorechase',
      version,
      scenarioFile: file,
      seed: result.seed,
      ticks: result.ticks,
      outputs,
      written: loaded.written,
      resolved: loaded.resolved,
    });
  await whileCatchingInterrupts((signal) => writeResultsFolder(dir, result.files, manifestFor, { signal }));

  io.stdout.write(formatTable(result.summary));
  io.stdout.write(`results: ${dir}\n`);
  if (options.report) return reportCommand(dir, {}, io);
  return 0;
}

/** Adds the `run` command to the program; its exit code is handed to `setExitCode`. */
export function addRunCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('run')
    .description('run a scenario file headless and write its results folder')
    .argument('<file>', 'scenario file (YAML)')
    .option('--seed <n>', 'seed of the run (default: the scenario\'s seed)', parseSeedOption)
    .option('--ticks <n>', 'number of simulated days (default: the scenario\'s ticks)', parseTicksOption)
    .option('--out <dir>', 'results folder (default: results/<scenario name>-seed<seed>)', parseOutOption)
    .option('-q, --quiet', 'no progress bar')
    .option('--report', 'also write the report into <out>/report (see "scorechase report")')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: RunCommandOptions) => {
      setExitCode(await runCommand(file, options, io));
    });
}
