// Day phase `respond`: agents respond to the scores just published — churn, tactic learning, conversion, perk effort.
import type { SimState } from '../engine/state.js';
import { livePerkThresholds } from '../environment/environmentState.js';
import { churnAfterDrops } from './churn.js';
import { convertEngagers } from './conversion.js';
import { learnTactics } from './learning.js';
import { setPerkEfforts } from './perkBehaviour.js';

/**
 * Runs after the day's scores (and perks and hires) are published, for the day `tick = state.tick + 1`.
 * Agents who joined today start their score history at their first published score; then:
 * 1. `churnAfterDrops` — agents whose score fell by churnDrop may quit;
 * 2. `learnTactics` — score seekers update their estimate of today's tactic and pick tomorrow's;
 * 3. `convertEngagers` — engagers under perk or hiring pressure may become chasers (off by default);
 * 4. `setPerkEfforts` — tomorrow's posting and reacting multipliers from perks and live thresholds;
 * 5. today's displayed scores join the score history.
 * The interval totals `churned` and `converted` restart on the first day after a metrics record
 * (when the engine's interval counters show no day yet).
 */
export function respondPhase(s: SimState): void {
  const tick = s.tick + 1;
  const R = s.response;
  R.ensureAgents(s.agents.count, s.agents.score);
  R.startHistories(s.agents.score);
  if (s.counters.days === 0) R.churned = R.converted = 0;
  churnAfterDrops(s, tick);
  learnTactics(s, tick);
  convertEngagers(s);
  setPerkEfforts(s, livePerkThresholds(s.environment));
  R.recordScores(s.agents.score, tick);
}
