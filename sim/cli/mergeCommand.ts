// `scorechase merge OUT SHARD_DIR...`: combine the folders of a sharded sweep into one, aggregated as an unsharded sweep would be.
import type { Command } from 'commander';
import { CliInputError } from './cliErrors.js';
import type { CliIo } from './io.js';
import { copyRunFolder, finishedRunKeys, removeStaleTemporaries } from './runCache.js';
import { aggregateSweepFolder } from './sweepAggregation.js';
import { assertUsableSweepDir, PLAN_FILE, readSweepPlan, writeSweepPlan } from './sweepFolder.js';

const EXAMPLES = `
Examples:
  $ scorechase merge results/my-sweep shard1 shard2 shard3

Every folder must come from the same sweep file and scorechase version (identical plan.json). OUT
gets plan.json, every planned run in runs/, summary.csv, differences.csv and sweep.json — the same
bytes as one unsharded sweep. Exit codes: 0 done, 1 some runs are missing, 2 bad input or usage.`;

/**
 * Merges the shard folders into `out`: checks that every plan.json is the same, copies each planned run
 * that `out` lacks from the first folder that has it, and aggregates. Returns 0, or 1 when some planned
 * runs are in no folder (they are listed in sweep.json; run the missing shard and merge again).
 */
export async function mergeCommand(out: string, shardDirs: readonly string[], io: CliIo): Promise<number> {
  let first: { dir: string; text: string } | undefined;
  for (const dir of shardDirs) {
    const read = await readSweepPlan(dir);
    if (read === undefined) throw new CliInputError(`${dir} is not a sweep folder (no ${PLAN_FILE})`);
    first ??= { dir, text: read.text };
    if (read.text !== first.text) {
      throw new CliInputError(`${dir}/${PLAN_FILE} differs from ${first.dir}/${PLAN_FILE}: the folders come from different sweeps or scorechase versions`);
    }
  }
  if (first === undefined) throw new CliInputError('give at least one shard folder');
  const { plan } = (await readSweepPlan(first.dir))!;
  await assertUsableSweepDir(out);
  await writeSweepPlan(out, first.text);
  await removeStaleTemporaries(out);
  const have = await finishedRunKeys(out);
  const sources = await Promise.all(shardDirs.map(async (dir) => ({ dir, keys: await finishedRunKeys(dir) })));
  let copied = 0;
  for (const arm of plan.arms) {
    for (const { key } of arm.runs) {
      if (have.has(key)) continue;
      const source = sources.find((s) => s.keys.has(key));
      if (source === undefined) continue;
      await copyRunFolder(source.dir, out, key);
      have.add(key);
      copied++;
    }
  }
  const missing = await aggregateSweepFolder(out, plan, io);
  const planned = plan.arms.length * plan.resolved.seeds.length;
  io.stdout.write(`${plan.name}: merged ${shardDirs.length} folders; ${planned} runs: ${copied} copied, ${planned - missing.length} present, ${missing.length} missing\n`);
  if (missing.length > 0) {
    const listed = missing.slice(0, 5).map((run) => `arm ${run.arm} seed ${run.seed}`).join('; ');
    io.stderr.write(`scorechase: ${missing.length} runs are in no folder (${listed}${missing.length > 5 ? '; …' : ''}); run the missing shards and merge again\n`);
  }
  io.stdout.write(`results: ${out}\n`);
  return missing.length > 0 ? 1 : 0;
}

/** Adds the `merge` command to the program; its exit code is handed to `setExitCode`. */
export function addMergeCommand(program: Command, io: CliIo, setExitCode: (code: number) => void): void {
  program
    .command('merge')
    .description('combine the folders of a sharded sweep and aggregate them')
    .argument('<out>', 'merged sweep folder')
    .argument('<shards...>', 'sweep folders written with --shard')
    .addHelpText('after', EXAMPLES)
    .action(async (out: string, shards: string[]) => {
      setExitCode(await mergeCommand(out, shards, io));
    });
}
