// Day phase 5, offline influence: conversions that happen away from the network and leave no online trace.
import type { SimState } from '../state.js';

/** Each agent with offline influence converts Poisson(offlineInfluence) people a day, credited to it. */
export function offlinePhase(s: SimState): void {
  const A = s.agents;
  const rng = s.streams.offline;
  const { offlineInfluence, active, trueInfluence, offlineConversions } = A;
  let total = 0;
  for (let a = 0; a < A.count; a++) {
    const lambda = offlineInfluence[a];
    if (lambda <= 0 || active[a] === 0) continue;
    const k = rng.poisson(lambda);
    trueInfluence[a] += k;
    offlineConversions[a] += k;
    total += k;
  }
  s.counters.conversionsOffline += total;
}
