// The Kred score: Influence (reactions received, more from large accounts, 1–1000 against the top) and Outreach levels that never fall.
import { z } from 'zod';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm } from './types.js';

const points = z.number().min(0);

/** Constants of kred (defaults: 90 days, follower weight 1, Outreach like 1 / mention 2 / reply 3 / share 3, levels at 100 and 270, Kred's own scale). */
export const kredParams = z.strictObject({
  windowDays: z.int().min(1).max(365).default(90).describe('Days of reactions received that count towards Influence.'),
  followerWeight: z
    .number()
    .min(0)
    .default(1)
    .describe('A reaction from j is worth 1 + followerWeight · log10(1 + followers of j) Influence points: a reaction from a 10,000-follower account is worth 5, from a 0-follower one 1.'),
  outreachPoints: z
    .strictObject({
      like: points.default(1).describe('Outreach points for each like given.'),
      reply: points.default(3).describe('Outreach points for each reply given.'),
      share: points.default(3).describe('Outreach points for each share given.'),
      mention: points.default(2).describe('Outreach points for each mention given.'),
    })
    .prefault({})
    .describe('Outreach points earned for each reaction given to someone else, by kind; replies and shares are worth more.'),
  outreachLevels: z
    .array(z.number().min(0))
    .default([100, 270])
    .refine((levels) => levels.every((v, k) => k === 0 || v > levels[k - 1]), 'thresholds must increase')
    .describe('Cumulative Outreach points at which level 2, 3, … begin (level 1 below the first).'),
  grading: z
    .enum(['scale', 'curve'])
    .default('scale')
    .describe('Displayed 0–100 score: `scale` is Kred\'s own Influence scale divided by ten (1 + 99 · (influence − 1) / 999, not graded on a curve); `curve` grades Influence on the shared curve.'),
});

/** Parsed constants of kred. */
export type KredParams = z.output<typeof kredParams>;

/** What `kred` keeps between days: cumulative Outreach, and the last Influence and levels for reports. */
export interface KredState {
  /** Last tick whose reactions were added to Outreach (−1: none yet). */
  lastTick: number;
  /** Cumulative Outreach points; never decreases. */
  outreach: Float64Array;
  /** Outreach level (1, 2, 3, …) from the thresholds `outreachLevels`. */
  outreachLevel: Uint8Array;
  /** The last Influence on Kred's 1–1000 scale (0 for inactive agents). */
  influence: Float32Array;
}

/** Kred's two published numbers per agent: Influence (1–1000) and the Outreach level, with its points. */
export function kredComponents(state: KredState): { influence: Float32Array; outreachLevel: Uint8Array; outreachPoints: Float64Array } {
  return { influence: state.influence, outreachLevel: state.outreachLevel, outreachPoints: state.outreach };
}

/** Makes room for `n` agents (new agents start with no Outreach). */
function ensureCapacity(state: KredState, n: number): void {
  if (state.outreach.length >= n) return;
  const size = Math.max(n, Math.ceil(state.outreach.length * 1.5));
  const outreach = new Float64Array(size);
  outreach.set(state.outreach);
  state.outreach = outreach;
  state.outreachLevel = new Uint8Array(size);
  state.influence = new Float32Array(size);
}

/**
 * `kred`. Influence: the reactions received in the window, each worth 1 + followerWeight · log10(1 +
 * the reactor's followers), put on Kred's 1–1000 scale as 1 + 999 · log(1 + points) / log(1 + top
 * points) — the top account has 1000, an account with no reactions 1. Outreach: points for every
 * reaction given (like 1, mention 2, reply and share 3), summed since the start and kept in the state,
 * so it never decreases; levels start at 100 and 270 points. The displayed score is Influence / 10
 * (see `grading`).
 */
export const kredScore: ScoringAlgorithm<KredParams, KredState> = {
  name: 'kred',
  description: 'Influence from reactions received (more from large accounts, 1–1000 against the top) shown as 1–100, with Outreach levels that never fall',
  params: kredParams,
  windowDays: (params) => params.windowDays,
  createState: (_params, agentCount) => ({
    lastTick: -1,
    outreach: new Float64Array(agentCount),
    outreachLevel: new Uint8Array(agentCount),
    influence: new Float32Array(agentCount),
  }),
  compute(context, params, state, out) {
    const { agentCount: n, active, graph, tick } = context;
    ensureCapacity(state, n);
    const { outreach, outreachLevel, influence } = state;
    const { like, reply, share, mention } = params.outreachPoints;
    const kindPoints = [like, reply, share, mention];
    for (const day of context.logs(tick - state.lastTick)) {
      const { reactionActors, reactionTargets, reactionKinds } = day;
      for (let k = 0; k < reactionActors.length; k++) {
        if (reactionActors[k] !== reactionTargets[k]) outreach[reactionActors[k]] += kindPoints[reactionKinds[k]];
      }
    }
    state.lastTick = tick;
    const thresholds = params.outreachLevels;
    for (let i = 0; i < n; i++) {
      let level = 1;
      while (level <= thresholds.length && outreach[i] >= thresholds[level - 1]) level++;
      outreachLevel[i] = level;
    }

    const weight = new Float64Array(n);
    const followers = graph.inLen;
    for (let j = 0; j < n; j++) weight[j] = 1 + params.followerWeight * Math.log10(1 + followers[j]);
    const { start, actor, count } = context.pairs(params.windowDays);
    const raw = new Float64Array(n);
    let top = 0;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      let sum = 0;
      for (let p = start[i]; p < start[i + 1]; p++) if (actor[p] !== i) sum += count[p] * weight[actor[p]];
      raw[i] = sum;
      if (sum > top) top = sum;
    }
    const scale = top > 0 ? 999 / Math.log1p(top) : 0;
    for (let i = 0; i < n; i++) influence[i] = active[i] ? 1 + scale * Math.log1p(raw[i]) : 0;
    if (params.grading === 'curve') curveMap(raw, active, n, out);
    else for (let i = 0; i < n; i++) out[i] = active[i] ? 1 + (99 * (influence[i] - 1)) / 999 : 0;
  },
};
