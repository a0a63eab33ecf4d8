// The values of the report's time charts on one day, for the page's readout under the scrubber.
import type { RunReportData } from '../data/reportData.js';
import type { SweepReportData } from '../sweep/sweepReportData.js';
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';

/** One readout row: the measure, the group and its value as text, on `tick`. */
export interface SnapshotRow {
  tick: number;
  measure: string;
  group: string;
  value: string;
}

const MEASURES: Array<[string, string, (group: string) => boolean]> = [
  ['score-median', 'median displayed score', (g) => (AGENT_TYPES as readonly string[]).includes(g)],
  ['score', 'displayed score', (g) => g === 'p50' || g === 'p95'],
  ['validity.spearman', "Spearman's ρ with true influence", (g) => !g.includes(':')],
];

/**
 * The readout on `tick`: for a run, the rows at the last tick with `score-median` rows at or before it, in
 * a fixed order; for a sweep, every arm's mean and interval at the last aggregated tick at or before it.
 */
export function snapshotRows(data: RunReportData | SweepReportData, tick: number): SnapshotRow[] {
  if (data.kind === 'sweep') return sweepSnapshot(data, tick);
  let at = -1;
  for (const r of data.rows) if (r.metric === 'score-median' && r.tick <= tick && r.tick > at) at = r.tick;
  if (at < 0) return [];
  const out: SnapshotRow[] = [];
  for (const [metric, label, keep] of MEASURES) {
    for (const r of data.rows) {
      if (r.metric === metric && r.tick === at && keep(r.group)) {
        out.push({ tick: at, measure: label, group: r.group, value: short(r.value) });
      }
    }
  }
  return out;
}

const short = (value: number) => (Number.isFinite(value) ? String(Number(value.toPrecision(3))) : 'n/a');

function sweepSnapshot(data: SweepReportData, tick: number): SnapshotRow[] {
  let at = -1;
  for (const p of data.summary) if (p.tick <= tick && p.tick > at) at = p.tick;
  return data.summary
    .filter((p) => p.tick === at)
    .map((p) => ({ tick: at, measure: p.group === 'all' || p.group === '' ? p.metric : `${p.metric} (${p.group})`, group: p.arm, value: `${short(p.mean)} (${short(p.low)} to ${short(p.high)})` }));
}
