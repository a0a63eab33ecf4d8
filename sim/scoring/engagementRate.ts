// The engagement-rate score: reactions received per post per follower over a window, graded on the shared curve.
import { z } from 'zod';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm, ScoringContext } from './types.js';

/** Constants of engagement-rate (default: a 30-day window). */
export const engagementRateParams = z.strictObject({
  windowDays: z.int().min(1).max(365).default(30).describe('Days of posts and reactions counted.'),
});

/** Parsed constants of engagement-rate. */
export type EngagementRateParams = z.output<typeof engagementRateParams>;

/**
 * Raw engagement rate of every agent into `raw`: reactions received / posts / max(1, followers), all
 * over the window (a follower-less author counts as one follower). Agents with no posts in the window
 * get 0, even if older posts still draw reactions.
 */
export function engagementRateRaw(context: ScoringContext, params: EngagementRateParams, raw: Float64Array): void {
  const { posts, received } = context.window(params.windowDays);
  const followers = context.graph.inLen;
  for (let i = 0; i < context.agentCount; i++) {
    raw[i] = posts[i] > 0 ? received[i] / posts[i] / Math.max(1, followers[i]) : 0;
  }
}

/**
 * `engagement-rate`: the marketers' ratio, reactions per post per follower over 30 days, through the
 * shared 1–100 curve. It rewards small accounts with a loyal audience and ignores reach entirely.
 */
export const engagementRateScore: ScoringAlgorithm<EngagementRateParams> = {
  name: 'engagement-rate',
  description: 'reactions received per post per follower over a window, graded on the shared 1–100 curve',
  params: engagementRateParams,
  windowDays: (params) => params.windowDays,
  compute(context, params, _state, out) {
    const raw = new Float64Array(context.agentCount);
    engagementRateRaw(context, params, raw);
    curveMap(raw, context.active, context.agentCount, out);
  },
};
