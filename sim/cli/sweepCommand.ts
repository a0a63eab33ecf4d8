// `scorechase sweep FILE`: run a grid of parameter values × shared seeds on a pool of worker threads, cached, resumable, shardable.
import type { Command } from 'commander';
import { shardRuns, type Shard } from '../sweep/runPlan.js';
import type { CliIo } from './io.js';
import { loadSweepFile, type SweepRun } from './loadSweepFile.js';
import { parseOutOption } from './options.js';
import { finishedRunKeys, removeStaleTemporaries, writeRunFolder } from './runCache.js';
import { aggregateSweepFolder } from './sweepAggregation.js';
import { assertUsableSweepDir, defaultSweepDir, writeSweepPlan } from './sweepFolder.js';
import { defaultWorkers, parseShardOption, parseWorkersOption } from './sweepOptions.js';
import { startSweepPool } from './sweepPool.js';
import { startSweepProgress, type SweepProgress } from './sweepProgress.js';

/** Options of `scorechase sweep`. Defaults: one worker per core, `results/<sweep name>-sweep`, every run, progress on a terminal. */
export interface SweepCommandOptions {
  workers?: number;
  out?: string;
  shard?: Shard;
  quiet?: boolean;
}

/** What tests may swap: the worker module the pool runs (default: the compiled `sweepWorker.js`). */
export interface SweepCommandHooks {
  workerFile?: string;
}

const EXAMPLES = `
Examples:
  $ scorechase sweep scenarios/sweeps/chaser-alpha.yaml
  $ scorechase sweep my-sweep.yaml --workers 4 --out results/my-sweep
  $ scorechase sweep my-sweep.yaml --shard 1/2 --out shard1   # and --shard 2/2 --out shard2 elsewhere
  $ scorechase merge results/my-sweep shard1 shard2

Writes <out>/plan.json, runs/<key>/ (one folder per finished run: the cache), summary.csv,
differences.csv and sweep.json. Finished runs are never run again, so a killed sweep resumes where
it stopped. Output is byte-identical whatever the number of workers or shards.
Exit codes: 0 done, 1 some runs failed (reported with arm and seed) or internal error, 2 bad input or usage.`;

/** Runs `runs` on a pool of `workers` threads, writing each finished run to the cache; returns the runs that failed. */
async function runOnPool(dir: string, runs: readonly SweepRun[], workers: number, progress: SweepProgress, hooks: SweepCommandHooks): Promise<SweepRun[]> {
  const failed: SweepRun[] = [];
  const pool = startSweepPool(workers, hooks.workerFile);
  try {
    await Promise.all(
      runs.map(async (run) => {
        try {
          const { metricsCsv } = await pool.run(run.task);
          await writeRunFolder(dir, run.key, [
            { name: 'metrics.csv', content: metricsCsv },
            { name: 'run.json', content: run.runJson },
          ]);
        } catch (error) {
          failed.push(run);
          const message = error instanceof Error ? error.message : String(error);
          progress.report(`scorechase: run failed: arm ${run.label}, seed ${run.seed}: ${message}\n`);
        } finally {
          progress.runDone();
        }
      }),
    );
  } finally {
    progress.stop();
    await pool.destroy();
  }
  return failed.sort((a, b) => a.index - b.index);
}

/** The runs not yet in the cache, each key once (two arms may resolve to the same run). */
function runsToDo(runs: readonly SweepRun[], finished: ReadonlySet<string>): SweepRun[] {
  const seen = new Set(finished);
  return runs.filter((run) => !seen.has(run.key) && seen.add(run.key));
}

/**
 * Runs the sweep `file` (or one shard of it) and, without `--shard`, aggregates it; returns the exit code:
 * 0, or 1 when some runs failed (each is reported on stderr with its arm and seed, the others still run
 * and are aggregated). User errors are thrown (`CliInputError`, `ScenarioError`, `EdgeListError`) for
 * `main` to report with exit 2.
 */
export async function sweepCommand(file: string, options: SweepCommandOptions, io: CliIo, hooks: SweepCommandHooks = {}): Promise<number> {
  const { sweep, plan, planText, runs } = await loadSweepFile(file);
  const dir = options.out ?? defaultSweepDir(sweep.name);
  await assertUsableSweepDir(dir);
  await writeSweepPlan(dir, planText);
  await removeStaleTemporaries(dir);
  const slice = options.shard ? shardRuns(runs, options.shard) : runs;
  const todo = runsToDo(slice, await finishedRunKeys(dir));
  const workers = Math.min(options.workers ?? defaultWorkers(), todo.length);
  const progress = startSweepProgress(io.stderr, options.quiet !== true, todo.length);
  const failed = todo.length === 0 ? [] : await runOnPool(dir, todo, workers, progress, hooks);

  const what = options.shard ? `shard ${options.shard.index}/${options.shard.count} of ${sweep.name}` : sweep.name;
  const pool = workers === 0 ? '' : ` (${workers} worker${workers === 1 ? '' : 's'})`;
  const counts = `${slice.length} runs: ${todo.length - failed.length} run now, ${slice.length - todo.length} from the cache, ${failed.length} failed`;
  io.stdout.write(`${what}: ${plan.arms.length} arms × ${sweep.seeds.length} seeds; ${counts}${pool}\n`);
  if (options.shard) {
    io.stdout.write(`results: ${dir}\nwhen every shard is done: scorechase merge OUT_DIR SHARD_DIR...\n`);
    return failed.length > 0 ? 1 : 0;
  }
  const missing = await aggregateSweepFolder(dir, plan, io);
  if (missing.length > 0) {
    io.stderr.write(`scorechase: ${missing.length} of ${runs.length} runs have no results (sweep.json lists them under runs.missing); the summary covers the rest\n`);
  }
  io.stdout.write(`results: ${dir}\n`);
  return missing.length > 0 ? 1 : 0;
}

/** Adds the `sweep` command to the program; its exit code is handed to `setExitCode`. */
export function addSweepCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('sweep')
    .description('run a grid of parameters × shared seeds on every core and aggregate the results')
    .argument('<file>', 'sweep file (YAML)')
    .option('--workers <n>', 'worker threads (default: one per core)', parseWorkersOption)
    .option('--out <dir>', 'sweep folder (default: results/<sweep name>-sweep)', parseOutOption)
    .option('--shard <i/n>', 'run only the runs whose index mod n is i − 1, and do not aggregate', parseShardOption)
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: SweepCommandOptions) => {
      setExitCode(await sweepCommand(file, options, io));
    });
}
