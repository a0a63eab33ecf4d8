// Series for the time charts from a run's rows: medians with quartile bands by type, and plain lines by group.
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import type { MetricRow } from '../../sim/metrics/reporter.js';
import type { BandSeries } from '../charts/bandChart.js';
import type { LineSeries } from '../charts/lineChart.js';
import type { TickMarker } from '../charts/markers.js';
import { metricSeries } from '../metricSeries.js';
import type { RunStore } from './runStore.js';

/**
 * One band per agent type for an algorithm up to `tick`: the explorer's quartile rows when the run has
 * them (live runs), else the engine's `score.<alg>-median` rows with no band (saved results).
 */
export function scoreBands(run: RunStore, algorithm: string, tick: number): BandSeries[] {
  const q = (k: number) => run.metric(`explorer.score.${algorithm}-q${k}`, tick);
  const mids = q(2);
  if (mids.length > 0) {
    const key = (r: MetricRow) => `${r.tick}|${r.group}`;
    const low = new Map(q(1).map((r) => [key(r), r.value]));
    const high = new Map(q(3).map((r) => [key(r), r.value]));
    return groupsInTypeOrder(mids).map((group) => ({
      group,
      points: mids.filter((r) => r.group === group).map((r) => ({ tick: r.tick, mid: r.value, low: low.get(key(r)) ?? NaN, high: high.get(key(r)) ?? NaN })),
    }));
  }
  const medians = run.metric(`score.${algorithm}-median`, tick);
  return metricSeries(medians, `score.${algorithm}-median`).map((s) => ({
    group: s.group,
    points: s.points.map((p) => ({ tick: p.tick, mid: p.value, low: NaN, high: NaN })),
  }));
}

/** Lines of one metric up to `tick`, one per group. */
export function metricLines(run: RunStore, metric: string, tick: number): LineSeries[] {
  return metricSeries(run.metric(metric, tick), metric);
}

/** The run's shocks as chart markers. */
export function shockMarkers(run: RunStore): TickMarker[] {
  return run.events.map((e) => ({ tick: e.tick, label: e.label }));
}

/** Groups present, agent types first in type order, then others in first-seen order. */
function groupsInTypeOrder(rows: readonly MetricRow[]): string[] {
  const seen = [...new Set(rows.map((r) => r.group))];
  const types = AGENT_TYPES.filter((t) => seen.includes(t));
  return [...types, ...seen.filter((g) => !(AGENT_TYPES as readonly string[]).includes(g))];
}
