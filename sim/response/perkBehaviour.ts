// Perk behaviour: holders post more; score seekers push just below a live perk threshold and relax just above.
import type { SimState } from '../engine/state.js';

/**
 * Sets tomorrow's effort multipliers `response.postEffort` (posts a day) and `response.reactEffort`
 * (reaction probability) of every active agent, from its perks and its displayed score:
 *
 * - an agent holding any perk (`agents.perks` ≠ 0) posts `perkPostBoost` (default 1.5) times as much —
 *   the perk is something to show off;
 * - a score seeker whose score is within `perkReach` points (default 3) below a live threshold pushes:
 *   it posts and reacts `perkPush` times (default 2.5) as much;
 * - otherwise a score seeker within perkReach at or above the highest live threshold it has reached
 *   relaxes: it posts and reacts `perkRelax` times (default 0.8) as much.
 *
 * Pushing below and relaxing above is what makes scores bunch just above thresholds once perks launch.
 * `thresholds` are the live perk thresholds (empty before perks launch: then only holders change).
 * Inactive agents keep 1. The multipliers take effect in the post phase and in reading.
 */
export function setPerkEfforts(s: SimState, thresholds: ArrayLike<number>): void {
  const { perkPostBoost, perkReach, perkPush, perkRelax } = s.scenario.response;
  const { agents: A, tables: T, response: R } = s;
  const { active, type, score, perks } = A;
  const { postEffort, reactEffort } = R;
  for (let a = 0; a < A.count; a++) {
    let post = 1;
    let react = 1;
    if (active[a] !== 0) {
      if (perks[a] !== 0) post *= perkPostBoost;
      if (thresholds.length > 0 && T.scoreSeeking[type[a]] > 0) {
        const x = score[a];
        let above = Infinity; // the nearest live threshold the agent has not reached
        let below = -Infinity; // the highest live threshold it has reached
        for (let k = 0; k < thresholds.length; k++) {
          const t = thresholds[k];
          if (t > x) above = Math.min(above, t);
          else below = Math.max(below, t);
        }
        if (above - x <= perkReach) {
          post *= perkPush;
          react *= perkPush;
        } else if (x - below < perkReach) {
          post *= perkRelax;
          react *= perkRelax;
        }
      }
    }
    postEffort[a] = post;
    reactEffort[a] = react;
  }
}
