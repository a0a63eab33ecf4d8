// The followers score: log(1 + followers) scaled to 1–100 against the most-followed account.
import type { ScoringAlgorithm } from './types.js';

/**
 * `followers`: 1 + 99 · log(1 + followers) / log(1 + most followers). The null model every other score
 * is compared with: an outside fit of real Klout scores explained most of their variance this way.
 */
export const followersScore: ScoringAlgorithm = {
  name: 'followers',
  description: 'log(1 + followers), scaled to 1–100 against the most-followed account',
  compute({ agents, graph }, out) {
    const n = agents.count;
    let top = 0;
    for (let i = 0; i < n; i++) if (agents.active[i] && graph.inLen[i] > top) top = graph.inLen[i];
    const scale = top > 0 ? 99 / Math.log1p(top) : 0;
    for (let i = 0; i < n; i++) {
      out[i] = agents.active[i] ? 1 + scale * Math.log1p(graph.inLen[i]) : 0;
    }
  },
};
