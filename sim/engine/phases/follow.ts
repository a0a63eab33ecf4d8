// Day phase 6, follows and unfollows: discovery through shares, deliberate follows, follow-backs, unfollows.
import { AgentType } from '../../core/agentTypes.js';
import type { Rng } from '../../core/rng.js';
import type { SimState } from '../state.js';

/** Where a deliberate follow goes: by displayed score (score seekers), anyone (farmers, bots), or a friend of a friend. */
function scoreCdf(s: SimState, alpha: number): Float64Array {
  const A = s.agents;
  const cdf = new Float64Array(A.count);
  let acc = 0;
  for (let i = 0; i < A.count; i++) {
    acc += A.active[i] ? Math.pow(A.score[i] + 1, alpha) : 0;
    cdf[i] = acc;
  }
  return cdf;
}

/** Binary search of a cumulative weight table for a uniform draw. */
function sampleCdf(cdf: Float64Array, rng: Rng): number {
  const x = rng.next() * cdf[cdf.length - 1];
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A followee of a random followee of `a` (triadic closure), or -1 when `a` follows nobody who follows anyone. */
function friendOfFriend(s: SimState, a: number, rng: Rng): number {
  const G = s.graph;
  const len = G.outLen[a];
  if (len === 0) return -1;
  const f = G.outPool[G.outStart[a] + rng.int(len)];
  const len2 = G.outLen[f];
  if (len2 === 0) return -1;
  return G.outPool[G.outStart[f] + rng.int(len2)];
}

/** `u` follows `v`; `v` may follow back with its type's followBack probability. */
function follow(s: SimState, u: number, v: number, rng: Rng): void {
  const { agents: A, graph: G, counters: C, tables: T } = s;
  if (A.active[v] === 0 || !G.follow(u, v)) return;
  A.follows[u]++;
  C.follows++;
  if (rng.next() < T.followBack[A.type[v]] && G.follow(v, u)) {
    A.follows[v]++;
    C.follows++;
  }
}

/**
 * 1. Readers follow authors met through a share and reacted to, with probability discoveryFollow.
 * 2. Every active agent makes Poisson(followPerDay) deliberate follows: score seekers sample targets by
 *    (score + 1)^α, farmers and bots uniformly, everyone else a friend of a friend.
 * 3. Every active agent drops a random followee with probability unfollowPerDay.
 */
export function followPhase(s: SimState): void {
  const { agents: A, graph: G, tables: T, day: D, counters: C } = s;
  const rng = s.streams.follow;
  const n = A.count;
  const discovery = s.scenario.behaviour.discoveryFollow;
  for (let i = 0; i < D.discoveryReader.length; i++) {
    if (rng.next() < discovery) follow(s, D.discoveryReader.data[i], D.discoveryAuthor.data[i], rng);
  }
  const cdfs = new Map<number, Float64Array>();
  for (let a = 0; a < n; a++) {
    if (A.active[a] === 0) continue;
    const t = A.type[a];
    const rate = T.followPerDay[t];
    const k = rate > 0 ? rng.poisson(rate) : 0;
    const alpha = T.scoreSeeking[t];
    const uniform = t === AgentType.farmer || t === AgentType.bot;
    for (let j = 0; j < k; j++) {
      let target: number;
      if (uniform) target = rng.int(n);
      else if (alpha > 0) {
        let cdf = cdfs.get(alpha);
        if (!cdf) cdfs.set(alpha, (cdf = scoreCdf(s, alpha)));
        target = sampleCdf(cdf, rng);
      } else target = friendOfFriend(s, a, rng);
      if (target >= 0 && target !== a) follow(s, a, target, rng);
    }
    const p = T.unfollowPerDay[t];
    if (p > 0 && rng.next() < p && G.outLen[a] > 0) {
      const v = G.outPool[G.outStart[a] + rng.int(G.outLen[a])];
      if (G.unfollow(a, v)) C.unfollows++;
    }
  }
}
