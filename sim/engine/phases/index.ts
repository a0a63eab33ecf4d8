// The day's phases in their fixed, documented order.
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
 * 1. `post` — agents write posts within their time budget (bait is cheap).
 * 2. `read` — agents read a budget-limited sample of their followees' posts in a seeded order; reading
 *    is exposure; readers convert (the ground truth of influence) and react (like, reply, share,
 *    mention); replies may grow into conversations.
 * 3. `cascade` — followers of sharers read the shared posts, and share on, up to maxCascadeDepth.
 * 4. `exposures` — today's reads of each post are added to its author's exposures.
 * 5. `offline` — offline influence converts people with no online trace.
 * 6. `follow` — follows through shares, deliberate follows, follow-backs and unfollows rewire the network.
 * 7. `score` — the scoring service recomputes the displayed score.
 * Metrics are collected after the last phase.
 */
export const DAY_PHASES: readonly DayPhase[] = [
  { name: 'post', run: postPhase },
  { name: 'read', run: readPhase },
  { name: 'cascade', run: cascadePhase },
  { name: 'exposures', run: exposurePhase },
  { name: 'offline', run: offlinePhase },
  { name: 'follow', run: followPhase },
  { name: 'score', run: scorePhase },
];
