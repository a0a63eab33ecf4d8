// The klout-2011 score ("PeopleRank", the 26 Oct 2011 change): selective, influential reactors count; networks add up by a p-norm.
import { z } from 'zod';
import { curveMap } from './curve.js';
import { SECONDARY_REACTION_RATE, secondaryNetworkCounts } from './secondaryNetworkCounts.js';
import type { ScoringAlgorithm, ScoringContext } from './types.js';

/** Constants of klout-2011 (defaults: 90 days, d 0.85, repeat cap 3, yield exponent 0.5, p 2). */
export const klout2011Params = z.strictObject({
  windowDays: z.int().min(1).max(365).default(90).describe('Days of posts and reactions counted.'),
  damping: z.number().min(0).max(0.99).default(0.85).describe('Damping d of the reactor-influence recursion influence_i = (1 − d) + d·Σ_j influence_j·w(j→i).'),
  repeatCap: z.int().min(1).default(3).describe('Reactions from one person to one author counted at most this many times in the window.'),
  tolerance: z.number().positive().default(1e-6).describe('The influence recursion stops when a sweep changes the influences by less than this share of their total (L1).'),
  maxIterations: z.int().min(1).default(100).describe('Most sweeps of the influence recursion per day (each warm-starts from the day before).'),
  yieldExponent: z.number().min(0).max(1).default(0.5).describe('Exponent e of the yield multiplier (1 + capped reactions per post)^e: fewer posts drawing the same reactions score higher.'),
  p: z.number().min(1).max(64).default(2).describe('Networks are combined by the p-norm (Σ value^p)^(1/p): 1 adds them up, large p tends to the best one.'),
  secondaryReactionRate: z.number().min(0).max(1).default(SECONDARY_REACTION_RATE).describe('Share of a linked secondary network\'s audience that reacts to each post there; sets that network\'s main-network-equivalent reactions.'),
  recomputeHistory: z.boolean().default(false).describe('When the displayed score switches to klout-2011, rescore the past as if klout-2011 had always run, as Klout did on 26 Oct 2011. Read by the shock engine; the daily computation ignores it.'),
});

/** Parsed constants of klout-2011. */
export type Klout2011Params = z.output<typeof klout2011Params>;

/** What klout-2011 keeps from one day to the next: the unnormalised influence x, the warm start of the recursion. */
export interface Klout2011State {
  influence: Float64Array;
}

/**
 * The reaction graph as the influence recursion reads it, target by target: `actor`/`weight` hold the
 * pairs j→i whose reactor j itself receives reactions (its influence changes from sweep to sweep);
 * reactors nobody reacts to have the constant influence 1 − d, so their pairs are summed once into
 * `fixed[i]`. `capped[i]` is C(i) = Σ_j min(R(j→i), repeatCap).
 */
interface InfluenceInputs {
  receives: Uint8Array;
  receivers: Int32Array;
  start: Int32Array;
  actor: Int32Array;
  weight: Float32Array;
  fixed: Float64Array;
  capped: Float64Array;
}

/** Weights w(j→i) = min(R(j→i), repeatCap) / A(j) of the window's pairs, split as `InfluenceInputs` describes. */
function influenceInputs(context: ScoringContext, params: Klout2011Params): InfluenceInputs {
  const n = context.agentCount;
  const { given } = context.window(params.windowDays);
  const pairs = context.pairs(params.windowDays);
  const receives = new Uint8Array(n);
  let receiverCount = 0;
  for (let i = 0; i < n; i++) {
    if (pairs.start[i + 1] === pairs.start[i]) continue;
    receives[i] = 1;
    receiverCount++;
  }
  const receivers = new Int32Array(receiverCount);
  const start = new Int32Array(n + 1);
  const actor = new Int32Array(pairs.start[n]);
  const weight = new Float32Array(pairs.start[n]);
  const fixed = new Float64Array(n);
  const capped = new Float64Array(n);
  const constantInfluence = 1 - params.damping;
  let m = 0;
  for (let i = 0, r = 0; i < n; i++) {
    if (receives[i]) receivers[r++] = i;
    start[i] = m;
    for (let k = pairs.start[i], end = pairs.start[i + 1]; k < end; k++) {
      const j = pairs.actor[k];
      const c = Math.min(pairs.count[k], params.repeatCap);
      const w = c / Math.max(given[j], pairs.count[k]);
      capped[i] += c;
      if (receives[j]) {
        actor[m] = j;
        weight[m++] = w;
      } else fixed[i] += constantInfluence * w;
    }
  }
  start[n] = m;
  return { receives, receivers, start, actor, weight, fixed, capped };
}

/**
 * Solves x = (1 − d) + d·W x by Gauss–Seidel sweeps in id order over the agents that receive reactions,
 * from `x` (yesterday's solution; updated in place), until a sweep changes x by less than `tolerance`
 * of its total (L1) or after `maxIterations` sweeps; `received[i]` gets Σ_j x_j·w(j→i) of the last
 * sweep. W is sub-stochastic (a reactor's weights sum to at most 1), so the sweeps converge.
 */
function solveInfluence(x: Float64Array, received: Float64Array, inputs: InfluenceInputs, n: number, p: Klout2011Params): number {
  const { receives, receivers, start, actor, weight, fixed } = inputs;
  const d = p.damping;
  let total = n * (1 - d);
  for (let i = 0; i < n; i++) if (!receives[i]) x[i] = 1 - d;
  for (let sweep = 0; sweep < p.maxIterations; sweep++) {
    let change = 0;
    total = (n - receivers.length) * (1 - d);
    for (let r = 0; r < receivers.length; r++) {
      const i = receivers[r];
      let sum = fixed[i];
      for (let k = start[i], end = start[i + 1]; k < end; k++) sum += x[actor[k]] * weight[k];
      const next = 1 - d + d * sum;
      change += Math.abs(next - x[i]);
      total += next;
      x[i] = next;
      received[i] = sum;
    }
    if (change < p.tolerance * total) break;
  }
  return total;
}

/**
 * Raw klout-2011 value of every agent into `raw`, updating the warm start in `state`.
 * Main network: each pair j→i weighs w(j→i) = min(R(j→i), repeatCap) / A(j) — the reactor's selectivity
 * with repeats capped — and reactor influence solves influence_i = (1 − d) + d·Σ_j influence_j·w(j→i),
 * normalised to mean 1 over all agents. Its value is the influence received, Σ_j influence_j·w(j→i),
 * times the yield (1 + C(i) / max(1, posts))^yieldExponent, C(i) = Σ_j min(R(j→i), repeatCap): 100
 * reactions on 10 posts beat 100 on 1,000. A linked secondary network enters through
 * `secondaryNetworkCounts` (posts, reactions, distinct reactors): C = min(reactions, repeatCap · reactors),
 * each capped reaction worth the main network's average (Σ received influence / Σ C; 1 without any),
 * times the same yield. raw = (Σ over networks value^p)^(1/p): quiet linked networks add up.
 */
export function klout2011Raw(context: ScoringContext, params: Klout2011Params, state: Klout2011State, raw: Float64Array): void {
  const n = context.agentCount;
  const days = params.windowDays;
  const cap = params.repeatCap;
  const { posts } = context.window(days);
  const inputs = influenceInputs(context, params);
  const capped = inputs.capped;
  if (state.influence.length < n) {
    const grown = new Float64Array(n).fill(1);
    grown.set(state.influence);
    state.influence = grown;
  }
  const x = state.influence;
  const received = new Float64Array(n);
  const influenceSum = solveInfluence(x, received, inputs, n, params);
  const scale = influenceSum > 0 ? n / influenceSum : 0;
  let receivedSum = 0;
  let cappedSum = 0;
  for (let i = 0; i < n; i++) {
    received[i] *= scale;
    receivedSum += received[i];
    cappedSum += capped[i];
  }
  const valuePerReaction = cappedSum > 0 ? receivedSum / cappedSum : 1;
  const { active, present, linked, secondaryCount: s, secondaryAudience, secondaryActivity } = context;
  const e = params.yieldExponent;
  const counts = new Float64Array(3);
  for (let i = 0; i < n; i++) {
    if (!active[i]) {
      raw[i] = 0;
      continue;
    }
    let norm = (received[i] * (1 + capped[i] / Math.max(1, posts[i])) ** e) ** params.p;
    const networks = linked[i] & present[i];
    for (let k = 0; k < s; k++) {
      if (!(networks & (1 << k))) continue;
      secondaryNetworkCounts(secondaryAudience[i * s + k], secondaryActivity[i * s + k], days, params.secondaryReactionRate, counts);
      const c = Math.min(counts[1], cap * counts[2]);
      norm += (valuePerReaction * c * (1 + c / Math.max(1, counts[0])) ** e) ** params.p;
    }
    raw[i] = norm ** (1 / params.p);
  }
}

/**
 * `klout-2011` ("PeopleRank"): reactions weighted by the reactor's selectivity and influence, repeats
 * capped, a yield term, linked networks combined by a p-norm; 90-day window; through the shared curve.
 */
export const klout2011Score: ScoringAlgorithm<Klout2011Params, Klout2011State> = {
  name: 'klout-2011',
  description: 'PeopleRank: reactions weighted by the reactor\'s selectivity and influence, repeats capped, a yield term, networks combined by a p-norm, graded on the shared 1–100 curve',
  params: klout2011Params,
  windowDays: (params) => params.windowDays,
  createState: (_params, agentCount) => ({ influence: new Float64Array(agentCount).fill(1) }),
  compute(context, params, state, out) {
    const raw = new Float64Array(context.agentCount);
    klout2011Raw(context, params, state, raw);
    curveMap(raw, context.active, context.agentCount, out);
  },
};
