// The active agents as a compact list of ids, and any per-agent vector gathered onto that list.
import type { AgentStore } from '../agents/agentStore.js';

/** Ids of the active agents, ascending. */
export function activeIds(agents: AgentStore): Int32Array {
  const ids = new Int32Array(agents.count);
  let n = 0;
  for (let i = 0; i < agents.count; i++) if (agents.active[i] !== 0) ids[n++] = i;
  return ids.slice(0, n);
}

/** `values[ids[j]]` for every j, as Float64 (the analysis kernels' input); missing entries read as 0. */
export function gather(values: ArrayLike<number>, ids: Int32Array): Float64Array {
  const out = new Float64Array(ids.length);
  for (let j = 0; j < ids.length; j++) out[j] = values[ids[j]] ?? 0;
  return out;
}

/** `values[picks[j]]` for every j: a subset of an already gathered vector. */
export function pick(values: Float64Array, picks: ArrayLike<number>): Float64Array {
  const out = new Float64Array(picks.length);
  for (let j = 0; j < picks.length; j++) out[j] = values[picks[j]];
  return out;
}

/** The median of `values` (the mean of the two middle values for an even count); NaN when empty. */
export function median(values: Float64Array): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = values.slice().sort();
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
