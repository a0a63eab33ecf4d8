// Perks: brands grant perk k to every active agent whose displayed score is at least threshold k, and take it back below.
import { z } from 'zod';
import type { AgentStore } from '../agents/agentStore.js';
import { MAX_PERK_THRESHOLDS, type EnvironmentState } from './environmentState.js';

/** Perk thresholds: 1 to MAX_PERK_THRESHOLDS (8) displayed scores in [0, 100], strictly increasing. */
export const perkThresholdsSchema = z
  .array(z.number().min(0).max(100))
  .min(1)
  .max(MAX_PERK_THRESHOLDS)
  .refine((t) => t.every((v, k) => k === 0 || v > t[k - 1]), 'perk thresholds must increase strictly, e.g. [35, 40, 50, 55]');

/**
 * Rewrites every agent's perk bits from its displayed score: bit k of `agents.perks[i]` is set while
 * the perk programme is active, agent i is active and `agents.score[i] ≥ thresholds[k]`; everything
 * else is cleared, so a perk is revoked the day the score falls below its threshold (or perks end).
 * Returns the number of agents holding at least one perk. O(agents × thresholds), in id order.
 */
export function updatePerks(agents: AgentStore, environment: EnvironmentState): number {
  const { active, score, perks } = agents;
  const n = agents.count;
  if (!environment.perks.active) {
    perks.fill(0, 0, n);
    return 0;
  }
  const thresholds = environment.perks.thresholds;
  let holders = 0;
  for (let i = 0; i < n; i++) {
    let bits = 0;
    if (active[i] !== 0) {
      const s = score[i];
      for (let k = 0; k < thresholds.length; k++) if (s >= thresholds[k]) bits |= 1 << k;
    }
    perks[i] = bits;
    if (bits !== 0) holders++;
  }
  return holders;
}

/** Active agents holding the perk of each threshold, in threshold order. */
export function perkHolderCounts(agents: AgentStore, thresholds: readonly number[]): number[] {
  const counts = thresholds.map(() => 0);
  const { active, perks } = agents;
  for (let i = 0; i < agents.count; i++) {
    const bits = perks[i];
    if (bits === 0 || active[i] === 0) continue;
    for (let k = 0; k < counts.length; k++) if (bits & (1 << k)) counts[k]++;
  }
  return counts;
}
