// Day phase 4, share cascades: followers of each sharer may read the shared post, and share it on.
import type { SimState } from '../state.js';
import { chargeReading, readPost } from './exposure.js';

/**
 * Processes the share queue in order (breadth first; shares made here join its end). Each follower of a
 * sharer with reads left sees the share with its feed's reading probability; the post's author never
 * re-reads its own post. Depth is capped by `maxCascadeDepth` when shares are queued.
 */
export function cascadePhase(s: SimState): void {
  const { agents: A, graph: G, day: D } = s;
  const rng = s.streams.read;
  for (let item = 0; item < D.sharePost.length; item++) {
    const q = D.sharePost.data[item];
    const sharer = D.shareSharer.data[item];
    const depth = D.shareDepth.data[item];
    const author = D.posts.author(q);
    const pool = G.inPool;
    const start = G.inStart[sharer];
    const end = start + G.inLen[sharer];
    for (let e = start; e < end; e++) {
      const x = pool[e];
      if (x === author || A.active[x] === 0 || D.readsLeft[x] <= 0) continue;
      if (rng.next() >= D.readProbability[x]) continue;
      readPost(s, x, q, item, depth);
      chargeReading(s, x, 1, true);
    }
  }
}
