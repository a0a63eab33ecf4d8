// End of the reading phases: today's reads of each post are added to its author's exposures.
import type { SimState } from '../state.js';

/**
 * Adds every post's reads to its author's cumulative exposures. Reads are counted on the post while
 * the day runs, so the hot reading loop touches today's small post columns instead of the large agent
 * arrays; posts are stored in author order, so this pass walks the agents sequentially.
 */
export function exposurePhase(s: SimState): void {
  const posts = s.day.posts;
  const exposures = s.agents.exposures;
  for (let q = 0; q < posts.length; q++) exposures[posts.author(q)] += posts.reads[q];
}
