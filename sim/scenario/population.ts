// The population mix: exact counts first, the rest split by shares with the largest-remainder method.
import { AGENT_TYPES, type AgentTypeName } from '../core/agentTypes.js';
import { DEFAULT_SHARES, type ScenarioParsed } from './schema.js';

/** A problem with the mix, by dotted field path. */
export interface PopulationProblem {
  path: string;
  message: string;
}

/** Agents per type (summing to `count`), or the problems that prevent it. */
export type PopulationResult =
  | { ok: true; counts: Record<AgentTypeName, number> }
  | { ok: false; problems: PopulationProblem[] };

/**
 * Agents of each type. `counts` are taken first; the remaining `count − Σcounts` agents are split by
 * `shares` normalised to sum 1 (when shares are not given: `DEFAULT_SHARES` over the types not in
 * counts), rounding by the largest-remainder method with ties going to the earlier type in
 * `AGENT_TYPES`. Problems: counts above count, a type in both counts and shares, no positive share
 * while agents remain.
 */
export function populationCounts(agents: ScenarioParsed['agents']): PopulationResult {
  const problems: PopulationProblem[] = [];
  const fixed = AGENT_TYPES.map((t) => agents.counts[t] ?? 0);
  const fixedTotal = fixed.reduce((a, b) => a + b, 0);
  const remaining = agents.count - fixedTotal;
  if (remaining < 0) {
    problems.push({
      path: 'agents.counts',
      message: `counts add up to ${fixedTotal}, more than agents.count (${agents.count}); lower counts or raise count`,
    });
  }
  const inCounts = (t: AgentTypeName) => agents.counts[t] !== undefined;
  const shares = agents.shares;
  if (shares) {
    for (const t of AGENT_TYPES) {
      if (shares[t] !== undefined && inCounts(t)) {
        problems.push({
          path: `agents.shares.${t}`,
          message: `${t} is already fixed by agents.counts.${t}; give each type in counts or in shares, not both`,
        });
      }
    }
  }
  const weights = AGENT_TYPES.map((t) => (inCounts(t) ? 0 : ((shares ? shares[t] : DEFAULT_SHARES[t]) ?? 0)));
  if (remaining > 0 && weights.every((w) => w === 0)) {
    problems.push(
      shares
        ? {
            path: 'agents.shares',
            message: `every share is zero (or belongs to a type in counts), but ${remaining} agents are not fixed by counts; give a type not in counts a positive share`,
          }
        : {
            path: 'agents.counts',
            message: `counts fix ${fixedTotal} of ${agents.count} agents and cover every type with a default share; add agents.shares for the other ${remaining}, or make counts add up to count`,
          },
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const split = largestRemainder(Math.max(0, remaining), weights);
  return {
    ok: true,
    counts: Object.fromEntries(AGENT_TYPES.map((t, i) => [t, fixed[i] + split[i]])) as Record<AgentTypeName, number>,
  };
}

/**
 * Splits a whole number `total` in proportion to non-negative `weights`: each part gets the floor of
 * its quota, and the parts with the largest fractional remainders one more each until the total is
 * reached. Ties (remainders equal to 1e-9) go to the lower index; a zero weight always gets 0.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const largest = Math.max(0, ...weights);
  if (total <= 0 || largest === 0) return weights.map(() => 0);
  const scaled = weights.map((w) => w / largest);
  const sum = scaled.reduce((a, b) => a + b, 0);
  const quotas = scaled.map((w) => (total * w) / sum);
  const parts = quotas.map(Math.floor);
  const order = quotas
    .map((q, i) => ({ i, remainder: Math.round((q - parts[i]) * 1e9) }))
    .filter(({ i }) => weights[i] > 0)
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0 && order.length > 0; k = (k + 1) % order.length, left--) parts[order[k].i]++;
  return parts;
}
