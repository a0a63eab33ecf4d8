// `scorechase verify RESULTS_DIR`: re-run a results folder from its manifest and check every output hash.
import { InvalidArgumentError, type Command } from 'commander';
import { runScenario, type RunResult } from '../run/index.js';
import { ExitCode } from './cliErrors.js';
import type { CliIo } from './io.js';
import { firstJsonDifference } from './jsonDifference.js';
import { loadManifestScenario, manifestScenarioDir } from './manifestScenario.js';
import { compareOutputs, formatDifference, readFolderFile, type FolderFile } from './outputChecks.js';
import { startProgress } from './progressBar.js';
import { readManifest } from './readManifest.js';
import { sha256Hex } from './resultsFolder.js';
import { scorechaseVersion } from './version.js';

/** Options of `scorechase verify`. Defaults: edge lists read relative to the results folder's parent, progress shown on a terminal. */
export interface VerifyCommandOptions {
  scenarioDir?: string;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ scorechase verify results/baseline-seed1
  $ scorechase verify results/my-run --scenario-dir scenarios --quiet

Re-runs the scenario, seed and ticks recorded in <dir>/manifest.json (nothing is written) and checks
every output the manifest lists: the folder's file and the re-run's must both have the recorded sha256.
Other files in the folder (a report/ written by scorechase report) are ignored.
Exit codes: 0 reproduced, 3 some files differ (each is named), 2 bad input or usage, 1 internal error.`;

/** `--scenario-dir`: any non-empty folder path. */
function parseScenarioDirOption(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('the scenario folder must not be empty.');
  return value;
}

/**
 * Re-runs the results folder `dir` from its manifest.json — the scenario as written (or resolved, when
 * the manifest has no written form) validated as `scorechase run` validates a file, with the manifest's
 * seed and ticks — and compares the sha256 of every output the manifest lists with the folder's file and
 * with the re-run's. Prints `reproduced: …` and returns 0 when all match; otherwise prints one line per
 * differing file and `not reproduced: K of N files differ`, and returns 3. A missing or invalid manifest,
 * an invalid scenario or a missing edge list is thrown (`CliInputError`, `ScenarioError`, `EdgeListError`)
 * for `main` to report with exit 2. Warns on stderr when the manifest comes from another scorechase version.
 */
export async function verifyCommand(dir: string, options: VerifyCommandOptions, io: CliIo): Promise<number> {
  const manifest = await readManifest(dir);
  const version = scorechaseVersion();
  if (manifest.version !== version) {
    io.stderr.write(
      `scorechase: warning: ${manifest.path} was written by scorechase ${manifest.version} and this is ${version}; ` +
        'a change in the engine alone can make the re-run differ\n',
    );
  }
  const { loaded, edgeList } = await loadManifestScenario(manifest, manifestScenarioDir(dir, options.scenarioDir));
  const resolvedAt = manifest.written === null ? undefined : firstJsonDifference(loaded.resolved, manifest.resolved);
  if (resolvedAt !== undefined) {
    io.stderr.write(
      `scorechase: warning: the scenario as written in ${manifest.path} now resolves differently from its "resolved" ` +
        `(first at ${resolvedAt === '' ? 'the top' : resolvedAt}); defaults may have changed since the run\n`,
    );
  }

  const folder = new Map<string, FolderFile>();
  for (const name of Object.keys(manifest.outputs)) folder.set(name, await readFolderFile(dir, name));

  const progress = startProgress(io.stderr, options.quiet !== true);
  let result: RunResult;
  try {
    result = runScenario(loaded, { seed: manifest.seed, ticks: manifest.ticks, edgeList, onProgress: progress.onProgress });
  } finally {
    progress.stop();
  }
  const rerun = new Map(result.files.map((file) => [file.name, sha256Hex(file.content)]));

  const { files, differences } = compareOutputs(manifest.outputs, folder, rerun);
  if (differences.length === 0) {
    io.stdout.write(`reproduced: ${dir} (${files} files match; scenario ${loaded.resolved.name}, seed ${result.seed}, ${result.ticks} ticks)\n`);
    return ExitCode.ok;
  }
  for (const difference of differences) io.stdout.write(`${formatDifference(difference)}\n`);
  io.stdout.write(`not reproduced: ${differences.length} of ${files} files differ\n`);
  return ExitCode.notReproduced;
}

/** Adds the `verify` command to the program; its exit code is handed to `setExitCode`. */
export function addVerifyCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('verify')
    .description('re-run a results folder from its manifest and check every output hash')
    .argument('<dir>', 'results folder written by scorechase run')
    .option('--scenario-dir <dir>', 'folder an edge list path is relative to (default: the results folder\'s parent)', parseScenarioDirOption)
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', EXAMPLES)
    .action(async (dir: string, options: VerifyCommandOptions) => {
      setExitCode(await verifyCommand(dir, options, io));
    });
}
