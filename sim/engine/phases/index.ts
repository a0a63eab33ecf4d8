// The day's phases in their fixed, documented order.
import { environmentPhase } from '../../environment/environmentPhase.js';
import { respondPhase } from '../../response/respondPhase.js';
import { shocksPhase } from '../../shocks/shocksPhase.js';
import type { SimState } from '../state.js';
import { cascadePhase } from './cascade.js';
import { exposurePhase } from './exposures.js';
import { followPhase } from './follow.js';
import { offlinePhase } from './offline.js';
import { postPhase } from './post.js';
import { readPhase } from './read.js';
import { scorePhase } from './score.js';

/** One phase of a day: a named synchronous update of the state. */
export interface DayPhase {
  readonly name: string;
  run(state: SimState): void;
}

/**
 * A day, in order:
 * 0. `shocks` — the shocks scheduled for this day (`at` = state.tick + 1) apply, in file order, before
 *    anything else happens (sim/shocks): agents live the whole day under the changed rules.
 * 1. `post` — agents write posts within their time budget (bait is cheap).
 * 2. `read` — agents read a budget-limited sample of their followees' posts in a seeded order; reading
 *    is exposure; readers convert (the ground truth of influence) and react (like, reply, share,
 *    mention); replies may grow into conversations.
 * 3. `cascade` — followers of sharers read the shared posts, and share on, up to maxCascadeDepth.
 * 4. `exposures` — today's reads of each post are added to its author's exposures.
 * 5. `offline` — offline influence converts people with no online trace.
 * 6. `follow` — follows through shares, deliberate follows, follow-backs and unfollows rewire the network.
 * 7. `score` — the scoring service recomputes the displayed score.
 * 8. `environment` — perks follow the scores just published, standing hiring policies hire when due
 *    (sim/environment).
 * 9. `respond` — agents respond to the published scores (sim/response): churn after a large drop,
 *    score seekers learn and copy tactics for tomorrow, engagers may convert, perk efforts are set.
 *    It reads the scores, perks and hires just published, so it must stay after `score` and
 *    `environment`.
 * Metrics are collected after the last phase.
 */
export const DAY_PHASES: readonly DayPhase[] = [
  { name: 'shocks', run: shocksPhase },
  { name: 'post', run: postPhase },
  { name: 'read', run: readPhase },
  { name: 'cascade', run: cascadePhase },
  { name: 'exposures', run: exposurePhase },
  { name: 'offline', run: offlinePhase },
  { name: 'follow', run: followPhase },
  { name: 'score', run: scorePhase },
  { name: 'environment', run: environmentPhase },
  { name: 'respond', run: respondPhase },
];
