// The PeerIndex score: Authority (PageRank on the share graph), Audience (followers) and burst-damped Activity, graded on the curve.
import { z } from 'zod';
import type { DayLog } from './activityLog.js';
import { curveMap } from './curve.js';
import type { ScoringAlgorithm } from './types.js';

/** Reaction kind code of a share (REACTION_KINDS: like 0, reply 1, share 2, mention 3). */
const SHARE = 2;
const weight = z.number().min(0);

/** Constants of peerindex (defaults: 120 days, weights 0.5 / 0.3 / 0.2, d 0.85, tolerance 1e-4, burst cap 3 × own mean, floor 1, 10 % of the excess). */
export const peerIndexParams = z.strictObject({
  windowDays: z.int().min(1).max(365).default(120).describe('Days of shares, posts and reactions the score reads.'),
  weights: z
    .strictObject({
      authority: weight.default(0.5).describe('Weight of Authority: PageRank on the share graph of the window.'),
      audience: weight.default(0.3).describe('Weight of Audience: log(1 + followers).'),
      activity: weight.default(0.2).describe('Weight of Activity: posts and reactions given, burst-damped.'),
    })
    .prefault({})
    .refine((w) => w.authority + w.audience + w.activity > 0, 'at least one weight must be positive')
    .describe('Weights of the three components, each first graded on the shared curve; they need not sum to 1.'),
  damping: z.number().gt(0).lt(1).default(0.85).describe('PageRank damping factor d of Authority.'),
  tolerance: z.number().positive().default(1e-4).describe('Authority\'s PageRank stops when a sweep moves less than this much rank in total (ranks sum to 1); 1e-4 keeps the ranks accurate to about 0.01 %, plenty for a score graded by rank.'),
  maxIterations: z.int().min(1).max(200).default(50).describe('At most this many PageRank sweeps for Authority.'),
  burstCap: z.number().min(1).default(3).describe('A day\'s activity above burstCap × the agent\'s own mean per day over the window counts only partially.'),
  burstFloor: z.number().min(1).default(1).describe('The daily cap is never below this many actions, so an occasional single post or reaction always counts fully.'),
  burstPartial: z.number().min(0).max(1).default(0.1).describe('Share of the activity above the daily cap that still counts.'),
});

/** Parsed constants of peerindex. */
export type PeerIndexParams = z.output<typeof peerIndexParams>;

/** Each day's shares (sharer, author), extracted once per immutable day log. */
const sharesOfDay = new WeakMap<DayLog, { sharers: Int32Array; authors: Int32Array }>();

function daySharers(day: DayLog): { sharers: Int32Array; authors: Int32Array } {
  let shares = sharesOfDay.get(day);
  if (!shares) {
    const { reactionActors, reactionTargets, reactionKinds } = day;
    let m = 0;
    for (let k = 0; k < reactionKinds.length; k++) if (reactionKinds[k] === SHARE && reactionActors[k] !== reactionTargets[k]) m++;
    shares = { sharers: new Int32Array(m), authors: new Int32Array(m) };
    m = 0;
    for (let k = 0; k < reactionKinds.length; k++) {
      if (reactionKinds[k] !== SHARE || reactionActors[k] === reactionTargets[k]) continue;
      shares.sharers[m] = reactionActors[k];
      shares.authors[m++] = reactionTargets[k];
    }
    sharesOfDay.set(day, shares);
  }
  return shares;
}

/** What `peerindex` keeps between days: yesterday's Authority PageRank, to start today's sweeps from. */
export interface PeerIndexState {
  authority: Float64Array;
}

/**
 * Authority: PageRank on the share graph of the days (j shares i's content: edge j → i, one per share),
 * teleporting uniformly, rank of those who shared nothing spread uniformly; sweeps stop when the total
 * rank moved is below `tolerance` (default 1e-4) or after `maxIterations` (50). Starts from `start`
 * (yesterday's ranks, rescaled to sum 1; new agents 1/n) when given, else uniform — the window changes
 * by a day at a time, so a warm start needs a few sweeps, not dozens. O(sweeps · (n + shares)).
 */
export function shareGraphPageRank(
  days: readonly DayLog[],
  n: number,
  options: Pick<PeerIndexParams, 'damping' | 'tolerance' | 'maxIterations'> = peerIndexParams.parse({}),
  start?: Float64Array,
): Float64Array {
  const { damping, tolerance, maxIterations } = options;
  const inStart = new Int32Array(n + 1);
  const outCount = new Float64Array(n);
  for (const day of days) {
    const { sharers, authors } = daySharers(day);
    for (let k = 0; k < authors.length; k++) {
      inStart[authors[k] + 1]++;
      outCount[sharers[k]]++;
    }
  }
  for (let i = 0; i < n; i++) inStart[i + 1] += inStart[i];
  const fill = inStart.slice(0, n);
  const inSharer = new Int32Array(inStart[n]);
  for (const day of days) {
    const { sharers, authors } = daySharers(day);
    for (let k = 0; k < authors.length; k++) inSharer[fill[authors[k]]++] = sharers[k];
  }
  let rank = new Float64Array(n).fill(1 / n);
  if (start) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += i < start.length && start[i] > 0 ? start[i] : 1 / n;
    for (let i = 0; i < n; i++) rank[i] = (i < start.length && start[i] > 0 ? start[i] : 1 / n) / sum;
  }
  let next = new Float64Array(n);
  const contribution = new Float64Array(n);
  for (let sweep = 0; sweep < maxIterations; sweep++) {
    let dangling = 0;
    for (let j = 0; j < n; j++) {
      if (outCount[j] > 0) contribution[j] = rank[j] / outCount[j];
      else dangling += rank[j];
    }
    const base = (1 - damping + damping * dangling) / n;
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let e = inStart[i]; e < inStart[i + 1]; e++) sum += contribution[inSharer[e]];
      next[i] = base + damping * sum;
      moved += Math.abs(next[i] - rank[i]);
    }
    [rank, next] = [next, rank];
    if (moved < tolerance) break;
  }
  return rank;
}

/** Each day's busy agents — two or more actions (posts + reactions given) — with their counts, extracted once per day log. */
const busyOfDay = new WeakMap<DayLog, { agents: Int32Array; counts: Int32Array }>();

function dayBusy(day: DayLog, scratch: Int32Array): { agents: Int32Array; counts: Int32Array } {
  let busy = busyOfDay.get(day);
  if (busy) return busy;
  const { postAuthors, reactionActors } = day;
  for (let k = 0; k < postAuthors.length; k++) scratch[postAuthors[k]]++;
  for (let k = 0; k < reactionActors.length; k++) scratch[reactionActors[k]]++;
  const agents = new Int32Array(postAuthors.length + reactionActors.length);
  const counts = new Int32Array(agents.length);
  let m = 0;
  const collect = (ids: Int32Array) => {
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k];
      if (scratch[i] >= 2) {
        agents[m] = i;
        counts[m++] = scratch[i];
      }
      scratch[i] = 0;
    }
  };
  collect(postAuthors);
  collect(reactionActors);
  busy = { agents: agents.slice(0, m), counts: counts.slice(0, m) };
  busyOfDay.set(day, busy);
  return busy;
}

/**
 * Activity with the burst damper: each day's actions (posts + reactions given) count fully up to a cap
 * of max(burstCap × the agent's mean per day over the window, burstFloor), and only `burstPartial` of
 * the excess counts. A steady agent is never damped; ten days' worth on one day mostly is. Since the cap
 * is at least one action, only days with two or more actions are looked at again: O(n + busy agent-days).
 */
export function dampedActivity(days: readonly DayLog[], totals: ArrayLike<number>, n: number, windowDays: number, params: PeerIndexParams): Float64Array {
  const activity = new Float64Array(n);
  for (let i = 0; i < n; i++) activity[i] = totals[i];
  const scratch = new Int32Array(n);
  const cut = 1 - params.burstPartial;
  for (const day of days) {
    const { agents, counts } = dayBusy(day, scratch);
    for (let k = 0; k < agents.length; k++) {
      const i = agents[k];
      const cap = Math.max((params.burstCap * totals[i]) / windowDays, params.burstFloor);
      if (counts[k] > cap) activity[i] -= cut * (counts[k] - cap);
    }
  }
  return activity;
}

/**
 * `peerindex`: Authority (share-graph PageRank), Audience (log followers) and Activity (posts and
 * reactions given with the burst damper) over a 120-day window, each graded on the shared curve, mixed
 * 0.5 / 0.3 / 0.2 and graded on the curve again. Authority's PageRank starts from yesterday's, kept in
 * the state.
 */
export const peerIndexScore: ScoringAlgorithm<PeerIndexParams, PeerIndexState> = {
  name: 'peerindex',
  description: 'Authority (PageRank on the share graph), Audience (followers) and burst-damped Activity, mixed and graded on the curve',
  params: peerIndexParams,
  windowDays: (params) => params.windowDays,
  createState: () => ({ authority: new Float64Array(0) }),
  compute(context, params, state, out) {
    const { agentCount: n, active, graph } = context;
    const days = context.logs(params.windowDays);
    const window = context.window(params.windowDays);
    const totals = new Float64Array(n);
    for (let i = 0; i < n; i++) totals[i] = window.posts[i] + window.given[i];
    const audience = new Float64Array(n);
    for (let i = 0; i < n; i++) audience[i] = Math.log1p(graph.inLen[i]);
    state.authority = shareGraphPageRank(days, n, params, state.authority);
    const components: Array<[number, ArrayLike<number>]> = [
      [params.weights.authority, state.authority],
      [params.weights.audience, audience],
      [params.weights.activity, dampedActivity(days, totals, n, params.windowDays, params)],
    ];
    const mixed = new Float64Array(n);
    const graded = new Float32Array(n);
    for (const [w, raw] of components) {
      if (w === 0) continue;
      curveMap(raw, active, n, graded);
      for (let i = 0; i < n; i++) mixed[i] += w * graded[i];
    }
    curveMap(mixed, active, n, out);
  },
};
