// The followers score: log(1 + followers) scaled to 1–100 against the most-followed account.
import { z } from 'zod';
import type { ScoringAlgorithm } from './types.js';

/**
 * `followers`: 1 + 99 · log(1 + followers) / log(1 + most followers). A raw reach score with no curve:
 * its median sits well above the Klout-like scores'.
 */
export const followersScore: ScoringAlgorithm<object> = {
  name: 'followers',
  description: 'log(1 + followers), scaled to 1–100 against the most-followed account',
  params: z.strictObject({}),
  windowDays: () => 0,
  compute({ agentCount: n, active, graph }, _params, _state, out) {
    const followers = graph.inLen;
    let top = 0;
    for (let i = 0; i < n; i++) if (active[i] && followers[i] > top) top = followers[i];
    const scale = top > 0 ? 99 / Math.log1p(top) : 0;
    for (let i = 0; i < n; i++) out[i] = active[i] ? 1 + scale * Math.log1p(followers[i]) : 0;
  },
};
