// The reaction graph of a window: distinct (reactor, target) pairs with their counts, grouped by target.
import type { DayLog } from './activityLog.js';

/**
 * Reactions of a window aggregated by pair and grouped by target (compressed adjacency): the reactors of
 * target i are `actor[start[i] .. start[i+1])`, each with `count` reactions R(j→i) in the window.
 */
export interface ReactionPairs {
  /** Length agents + 1. */
  start: Int32Array;
  actor: Int32Array;
  count: Float64Array;
  /** Distinct reactors of each agent, U(i). */
  uniqueReactors: Int32Array;
}

/**
 * Builds the pairs of the given days in O(events + agents): a counting sort of reactions by target, then,
 * target by target, a scratch array stamped with the target marks reactors already seen. Pairs keep
 * the order of each reactor's first reaction, so the result is deterministic.
 */
export function reactionPairs(days: readonly DayLog[], agents: number): ReactionPairs {
  let total = 0;
  for (const d of days) total += d.reactionActors.length;
  const perTarget = new Int32Array(agents + 1);
  for (const d of days) for (const t of d.reactionTargets) perTarget[t + 1]++;
  for (let i = 0; i < agents; i++) perTarget[i + 1] += perTarget[i];
  const sorted = new Int32Array(total);
  const fill = perTarget.slice(0, agents);
  for (const d of days) {
    for (let k = 0; k < d.reactionActors.length; k++) sorted[fill[d.reactionTargets[k]]++] = d.reactionActors[k];
  }
  const stamp = new Int32Array(agents).fill(-1);
  const slot = new Int32Array(agents);
  const start = new Int32Array(agents + 1);
  const actor = new Int32Array(total);
  const count = new Float64Array(total);
  const uniqueReactors = new Int32Array(agents);
  let pairs = 0;
  for (let i = 0; i < agents; i++) {
    start[i] = pairs;
    for (let k = perTarget[i]; k < perTarget[i + 1]; k++) {
      const j = sorted[k];
      if (stamp[j] !== i) {
        stamp[j] = i;
        slot[j] = pairs;
        actor[pairs] = j;
        count[pairs] = 0;
        pairs++;
      }
      count[slot[j]]++;
    }
    uniqueReactors[i] = pairs - start[i];
  }
  start[agents] = pairs;
  return { start, actor: actor.slice(0, pairs), count: count.slice(0, pairs), uniqueReactors };
}
