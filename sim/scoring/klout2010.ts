// The klout-2010 score: True Reach, Amplification and Network per network; the best network dominates.
import { z } from 'zod';
import { curveMap } from './curve.js';
import { SECONDARY_REACTION_RATE, secondaryNetworkCounts } from './secondaryNetworkCounts.js';
import type { ScoringAlgorithm, ScoringContext } from './types.js';

/** Constants of klout-2010 (defaults: 90 days, weights 0.5 / 0.25 / 0.25, rest share 0.1). */
export const klout2010Params = z.strictObject({
  windowDays: z.int().min(1).max(365).default(90).describe('Days of posts and reactions counted.'),
  reachWeight: z.number().min(0).default(0.5).describe('Weight of True Reach, ln(1 + distinct reactors), in a network\'s value.'),
  amplificationWeight: z.number().min(0).default(0.25).describe('Weight of Amplification, ln(1 + distinct reactors per post), in a network\'s value.'),
  networkWeight: z.number().min(0).default(0.25).describe('Weight of Network, ln(1 + reaction-weighted mean previous klout-2010 score of the reactors), in a network\'s value.'),
  restShare: z.number().min(0).max(1).default(0.1).describe('Share of the other networks\' values added to the best network\'s value.'),
  secondaryReactionRate: z.number().min(0).max(1).default(SECONDARY_REACTION_RATE).describe('Share of a linked secondary network\'s audience that reacts to each post there; sets that network\'s main-network-equivalent reactions.'),
});

/** Parsed constants of klout-2010. */
export type Klout2010Params = z.output<typeof klout2010Params>;

/** A network's value: weighted sum of ln(1 + component) over True Reach, Amplification and Network. */
function networkValue(p: Klout2010Params, reach: number, amplification: number, network: number): number {
  return p.reachWeight * Math.log1p(reach) + p.amplificationWeight * Math.log1p(amplification)
    + p.networkWeight * Math.log1p(network);
}

/**
 * Raw klout-2010 value of every agent into `raw`. Per network:
 * - True Reach: distinct reactors U(i) in the window;
 * - Amplification: reactions per post times the share of them from distinct people,
 *   received/posts · U/received = U / max(1, posts) — a post that draws many different people counts,
 *   the same person reacting again does not;
 * - Network: mean previous klout-2010 score of the reactors, weighted by their reactions (0 on day 1).
 * A linked secondary network k (bit k of `linked` and `present`) enters through `secondaryNetworkCounts`
 * (its posts, reactions and distinct reactors as if it were the main network); its reactors' scores are
 * unknown, so its Network is the mean previous score of the active agents.
 * raw = best network + restShare · sum of the others. Inactive agents get 0.
 */
export function klout2010Raw(context: ScoringContext, params: Klout2010Params, raw: Float64Array): void {
  const n = context.agentCount;
  const days = params.windowDays;
  const { posts } = context.window(days);
  const { start, actor, count, uniqueReactors } = context.pairs(days);
  const { active, present, linked, secondaryCount: s, secondaryAudience, secondaryActivity } = context;
  const yesterday = context.previous('klout-2010');
  const previous = new Float64Array(n); // agents who joined since yesterday count as 0
  if (yesterday) previous.set(yesterday.subarray(0, Math.min(n, yesterday.length)));
  let scoreSum = 0;
  let activeCount = 0;
  for (let i = 0; i < n; i++) {
    if (!active[i]) continue;
    scoreSum += previous[i];
    activeCount++;
  }
  const typicalScore = activeCount > 0 ? scoreSum / activeCount : 0;
  const counts = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    if (!active[i]) {
      raw[i] = 0;
      continue;
    }
    const reach = uniqueReactors[i];
    let weighted = 0;
    let reactions = 0;
    for (let k = start[i]; k < start[i + 1]; k++) {
      weighted += count[k] * previous[actor[k]];
      reactions += count[k];
    }
    const network = reactions > 0 ? weighted / reactions : 0;
    let best = networkValue(params, reach, reach / Math.max(1, posts[i]), network);
    let total = best;
    const networks = linked[i] & present[i];
    for (let k = 0; k < s; k++) {
      if (!(networks & (1 << k))) continue;
      secondaryNetworkCounts(secondaryAudience[i * s + k], secondaryActivity[i * s + k], days, params.secondaryReactionRate, counts);
      const value = networkValue(params, counts[2], counts[2] / Math.max(1, counts[0]), typicalScore);
      total += value;
      if (value > best) best = value;
    }
    raw[i] = best + params.restShare * (total - best);
  }
}

/**
 * `klout-2010`: Klout before the 26 Oct 2011 change — True Reach, Amplification and Network per network
 * over 90 days, the best network dominating, through the shared 1–100 curve.
 */
export const klout2010Score: ScoringAlgorithm<Klout2010Params> = {
  name: 'klout-2010',
  description: 'True Reach, Amplification and Network per network over 90 days, the best network dominating, graded on the shared 1–100 curve',
  params: klout2010Params,
  windowDays: (params) => params.windowDays,
  compute(context, params, _state, out) {
    const raw = new Float64Array(context.agentCount);
    klout2010Raw(context, params, raw);
    curveMap(raw, context.active, context.agentCount, out);
  },
};
