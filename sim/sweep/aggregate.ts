// Aggregates a sweep's runs: per arm, metric, group and tick the mean over seeds, and paired differences to the first arm.
import { Rng } from '../core/rng.js';
import { toCsv } from '../output/csv.js';
import { didYouMean } from '../scenario/didYouMean.js';
import { drawResamples } from './bootstrap.js';
import { summariseMean, pairedDifferences, type MeanSummary } from './meanSummary.js';
import { firstMatchingSelector, selectorMatches, selectorMayMatch } from './metricSelectors.js';
import { parseMetricsCsv } from './metricsRows.js';

/** Columns of summary.csv. */
export const SUMMARY_COLUMNS = ['arm', 'metric', 'group', 'tick', 'n', 'mean', 'sd', 'ci_low', 'ci_high'] as const;
/** Columns of differences.csv: `arm` minus `versus` (the first arm), run by run on the same seeds. */
export const DIFFERENCE_COLUMNS = ['arm', 'versus', 'metric', 'group', 'tick', 'n', 'mean', 'sd', 'ci_low', 'ci_high'] as const;

/** One finished run's metrics.csv, with its place in the sweep. */
export interface SweepRunMetrics {
  arm: number;
  seedIndex: number;
  metricsCsv: string;
}

/** What `aggregateSweep` needs. */
export interface AggregateInput {
  /** Arm labels in canonical order; the first is the reference of the differences. */
  arms: readonly string[];
  seedCount: number;
  /** Metric selectors (`metric` or `metric:group`), in the order rows are written. */
  metrics: readonly string[];
  bootstrap: { resamples: number; seed: number | string };
  /** The finished runs, in any order; missing runs simply lower n. */
  runs: readonly SweepRunMetrics[];
}

/** The aggregated files, and the selectors that matched no row (with a "did you mean" hint, or ''). */
export interface AggregateResult {
  summaryCsv: string;
  differencesCsv: string;
  unmatchedMetrics: Array<{ selector: string; hint: string }>;
}

/** One (metric, group) pair: its values by tick, `arms × seeds` each (NaN where missing). */
interface Cell {
  metric: string;
  group: string;
  selector: number;
  firstSeen: number;
  byTick: Map<number, Float64Array>;
}

/**
 * summary.csv (`arm,metric,group,tick,n,mean,sd,ci_low,ci_high`) and differences.csv (each later arm
 * minus the first, paired by seed) from the runs' metrics. Rows go by arm, then selector, then
 * (metric, group) in the order first met in the runs (in canonical order), then tick; rows with n = 0
 * are left out. Intervals are percentile bootstrap intervals over `bootstrap.resamples` resamples of
 * the seeds, drawn once from `Rng.fromSeed(bootstrap.seed).fork('sweep-bootstrap')`. The result
 * depends only on the runs' contents, never on the order they are given in.
 */
export function aggregateSweep(input: AggregateInput): AggregateResult {
  const { arms, seedCount, metrics } = input;
  const knownMetrics = new Set<string>();
  const knownPairs = new Map<string, [string, string]>();
  const runs = [...input.runs].sort((a, b) => a.arm - b.arm || a.seedIndex - b.seedIndex);
  const parsed = runs.map((run) => ({
    run,
    rows: parseMetricsCsv(run.metricsCsv, (metric, group) => {
      knownMetrics.add(metric);
      knownPairs.set(`${metric}:${group}`, [metric, group]);
      return metrics.some((selector) => selectorMayMatch(selector, metric, group));
    }),
  }));
  const cells = new Map<string, Cell>();
  for (const { run, rows } of parsed) {
    for (const row of rows) {
      const selector = firstMatchingSelector(metrics, row.metric, row.group, knownMetrics);
      if (selector < 0) continue;
      const key = `${row.metric}\u0000${row.group}`;
      let cell = cells.get(key);
      if (cell === undefined) {
        cell = { metric: row.metric, group: row.group, selector, firstSeen: cells.size, byTick: new Map() };
        cells.set(key, cell);
      }
      let values = cell.byTick.get(row.tick);
      if (values === undefined) {
        values = new Float64Array(arms.length * seedCount).fill(NaN);
        cell.byTick.set(row.tick, values);
      }
      values[run.arm * seedCount + run.seedIndex] = row.value;
    }
  }
  const ordered = [...cells.values()].sort((a, b) => a.selector - b.selector || a.firstSeen - b.firstSeen);
  const resamples = drawResamples(Rng.fromSeed(input.bootstrap.seed).fork('sweep-bootstrap'), input.bootstrap.resamples, seedCount);
  const armValues = (values: Float64Array, arm: number) => values.subarray(arm * seedCount, (arm + 1) * seedCount);
  const summaryRows: (string | number)[][] = [];
  const differenceRows: (string | number)[][] = [];
  const statCells = (s: MeanSummary) => [s.n, s.mean, s.sd, s.ciLow, s.ciHigh];
  arms.forEach((label, arm) => {
    for (const cell of ordered) {
      for (const tick of [...cell.byTick.keys()].sort((a, b) => a - b)) {
        const values = cell.byTick.get(tick)!;
        const summary = summariseMean(armValues(values, arm), resamples);
        if (summary.n > 0) summaryRows.push([label, cell.metric, cell.group, tick, ...statCells(summary)]);
        if (arm === 0) continue;
        const difference = summariseMean(pairedDifferences(armValues(values, arm), armValues(values, 0)), resamples);
        if (difference.n > 0) differenceRows.push([label, arms[0], cell.metric, cell.group, tick, ...statCells(difference)]);
      }
    }
  });
  const pairs = [...knownPairs.values()];
  const matchesAny = (selector: string) => pairs.some(([metric, group]) => selectorMatches(selector, metric, group, knownMetrics));
  const candidates = [...knownMetrics, ...knownPairs.keys()];
  return {
    summaryCsv: toCsv(SUMMARY_COLUMNS, summaryRows),
    differencesCsv: toCsv(DIFFERENCE_COLUMNS, differenceRows),
    unmatchedMetrics: metrics.filter((selector) => !matchesAny(selector)).map((selector) => ({ selector, hint: didYouMean(selector, candidates) })),
  };
}
