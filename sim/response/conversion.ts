// Conversion: engagers who see perks and hires around them start chasing the score themselves.
import { AgentType } from '../core/agentTypes.js';
import type { SimState } from '../engine/state.js';
import { Tactic } from './tactics.js';

/**
 * Off by default (`response.engagerConversion` 0). Otherwise each day every active engager, in id
 * order, becomes a chaser with probability engagerConversion × the share of its followees that hold a
 * perk (`agents.perks` ≠ 0) or were hired on their score (`agents.hiredTick` > 0): the pressure it sees
 * in its own feed. A converted agent takes the chaser type's behaviour from the next day (reading,
 * reacting by score, bait, following, tactic learning with fresh estimates) but keeps its own traits
 * (posting rate, quality, topics, offline influence). Counts conversions in `response.converted`.
 * Draws from the `response` stream, only for engagers who see some pressure.
 */
export function convertEngagers(s: SimState): void {
  const rate = s.scenario.response.engagerConversion;
  if (rate <= 0) return;
  const { agents: A, graph: G, response: R } = s;
  const rng = s.streams.response;
  const { active, type, perks, hiredTick } = A;
  const pool = G.outPool;
  for (let a = 0; a < A.count; a++) {
    if (active[a] === 0 || type[a] !== AgentType.engager) continue;
    const len = G.outLen[a];
    if (len === 0) continue;
    const start = G.outStart[a];
    let pressured = 0;
    for (let e = start; e < start + len; e++) {
      const f = pool[e];
      if (perks[f] !== 0 || hiredTick[f] > 0) pressured++;
    }
    if (pressured > 0 && rng.next() < (rate * pressured) / len) {
      type[a] = AgentType.chaser;
      A.tactic[a] = Tactic.none;
      R.converted++;
    }
  }
}
