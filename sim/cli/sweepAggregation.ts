// Aggregating a sweep folder: read every planned run's metrics from the cache, write summary.csv, differences.csv and sweep.json.
import { aggregateSweep, type SweepRunMetrics } from '../sweep/aggregate.js';
import { missingRuns, type MissingRun, type SweepPlan } from '../sweep/sweepPlan.js';
import type { CliIo } from './io.js';
import { finishedRunKeys, readRunMetrics } from './runCache.js';
import { DIFFERENCES_FILE, SUMMARY_FILE, writeSweepOutputs } from './sweepFolder.js';

/**
 * Aggregates the finished runs of `plan` found in `dir/runs` and writes the outputs (see
 * `writeSweepOutputs`). Prints a warning on stderr for each metric selector that matched no row, and
 * returns the planned runs without results (the caller reports them and exits 1).
 */
export async function aggregateSweepFolder(dir: string, plan: SweepPlan, io: CliIo): Promise<MissingRun[]> {
  const finished = await finishedRunKeys(dir);
  const runs: SweepRunMetrics[] = [];
  for (const [arm, planned] of plan.arms.entries()) {
    for (const [seedIndex, run] of planned.runs.entries()) {
      if (finished.has(run.key)) runs.push({ arm, seedIndex, metricsCsv: await readRunMetrics(dir, run.key) });
    }
  }
  const result = aggregateSweep({
    arms: plan.arms.map((arm) => arm.arm),
    seedCount: plan.resolved.seeds.length,
    metrics: plan.resolved.metrics,
    bootstrap: plan.resolved.bootstrap,
    runs,
  });
  for (const { selector, hint } of result.unmatchedMetrics) {
    io.stderr.write(`scorechase: warning: metric "${selector}" matched no row of metrics.csv;${hint === '' ? '' : hint} write metric or metric:group, e.g. score:p50\n`);
  }
  const missing = missingRuns(plan, finished);
  await writeSweepOutputs(dir, plan, missing, { [SUMMARY_FILE]: result.summaryCsv, [DIFFERENCES_FILE]: result.differencesCsv });
  return missing;
}
