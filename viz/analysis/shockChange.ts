// Who wins and who loses in a shock: each agent's displayed score before and after, by type and by prior cohort.
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import { quantileSorted } from '../../sim/metrics/quantiles.js';
import type { SlopeRow } from '../charts/slopeChart.js';

/** Lower bounds of the prior-score cohorts (the curve puts the median near 20 and the 95th percentile near 50). */
export const COHORT_BOUNDS: readonly number[] = [0, 20, 40, 60];

/** One agent in the winners or losers list. */
export interface ScoreMover {
  id: number;
  type: string;
  before: number;
  after: number;
}

/** Everything the shock panel shows. */
export interface ShockChange {
  /** after − before per compared agent, in id order. */
  change: Float64Array;
  byType: SlopeRow[];
  byCohort: SlopeRow[];
  /** The largest rises and falls (ties broken by id). */
  winners: ScoreMover[];
  losers: ScoreMover[];
  /** Median over everyone, before and after. */
  overall: SlopeRow;
}

/** Name of the prior cohort of a score: `0–19`, `20–39`, `40–59`, `60+`. */
export function cohortOf(score: number): string {
  let k = 0;
  while (k + 1 < COHORT_BOUNDS.length && score >= COHORT_BOUNDS[k + 1]) k++;
  return k + 1 < COHORT_BOUNDS.length ? `${COHORT_BOUNDS[k]}–${COHORT_BOUNDS[k + 1] - 1}` : `${COHORT_BOUNDS[k]}+`;
}

function medianRow(group: string, before: number[], after: number[]): SlopeRow {
  const sort = (v: number[]) => Float64Array.from(v).sort();
  return { group, before: quantileSorted(sort(before), 0.5), after: quantileSorted(sort(after), 0.5), count: before.length };
}

/**
 * Compares `before[i]` with `after[i]` for every agent present in both (ids below both lengths, `active`
 * non-zero when given); `types[i]` is the agent type code. `movers` (default 10) agents in each list.
 */
export function shockChange(
  before: ArrayLike<number>,
  after: ArrayLike<number>,
  types: ArrayLike<number>,
  options: { active?: ArrayLike<number>; movers?: number } = {},
): ShockChange {
  const n = Math.min(before.length, after.length, types.length);
  const ids: number[] = [];
  for (let i = 0; i < n; i++) if (!options.active || options.active[i]) ids.push(i);
  const change = Float64Array.from(ids, (i) => after[i] - before[i]);
  const groups = (key: (i: number) => string, order: readonly string[]) => {
    const split = new Map<string, { b: number[]; a: number[] }>(order.map((g) => [g, { b: [], a: [] }]));
    for (const i of ids) {
      const g = split.get(key(i))!;
      g.b.push(before[i]);
      g.a.push(after[i]);
    }
    return [...split].filter(([, g]) => g.b.length > 0).map(([name, g]) => medianRow(name, g.b, g.a));
  };
  const cohorts = COHORT_BOUNDS.map((b) => cohortOf(b));
  const ranked = ids.map((id, k) => ({ id, d: change[k] }));
  const mover = (id: number): ScoreMover => ({ id, type: AGENT_TYPES[types[id]] ?? String(types[id]), before: before[id], after: after[id] });
  const count = options.movers ?? 10;
  return {
    change,
    byType: groups((i) => AGENT_TYPES[types[i]], AGENT_TYPES),
    byCohort: groups((i) => cohortOf(before[i]), cohorts),
    winners: [...ranked].sort((a, b) => b.d - a.d || a.id - b.id).slice(0, count).filter((m) => m.d > 0).map((m) => mover(m.id)),
    losers: [...ranked].sort((a, b) => a.d - b.d || a.id - b.id).slice(0, count).filter((m) => m.d < 0).map((m) => mover(m.id)),
    overall: medianRow('all', ids.map((i) => before[i]), ids.map((i) => after[i])),
  };
}
