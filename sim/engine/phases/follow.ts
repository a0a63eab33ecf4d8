// Day phase 6, follows and unfollows: discovery through shares, deliberate follows, follow-backs, unfollows.
import { AgentType } from '../../core/agentTypes.js';
import type { Rng } from '../../core/rng.js';
import { Tactic } from '../../response/tactics.js';
import { ScoreSampler } from '../scoreSampler.js';
import type { SimState } from '../state.js';

/** Score seekers' unfollows look at this many of their most recent follows. */
const RECENT_FOLLOWS = 30;
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

/** `u` follows `v`; `v` may follow back with its type's followBack probability (always under the followBack tactic). */
function follow(s: SimState, u: number, v: number, rng: Rng): void {
  const { agents: A, graph: G, counters: C, tables: T } = s;
  if (A.active[v] === 0 || !G.follow(u, v)) return;
  A.follows[u]++;
  C.follows++;
  const followBack = A.tactic[v] === Tactic.followBack ? 1 : T.followBack[A.type[v]];
  if (rng.next() < followBack && G.follow(v, u)) {
    A.follows[v]++;
    C.follows++;
  }
}

/**
 * 1. Readers follow authors met through a share and reacted to, with probability discoveryFollow.
 * 2. Every active agent makes Poisson(followPerDay) deliberate follows: score seekers sample targets by
 *    (score + 1)^α, farmers and bots uniformly, everyone else a friend of a friend.
 * 3. With probability unfollowPerDay an active agent drops a random followee; score seekers instead
 *    undo one of their RECENT_FOLLOWS most recent follows, unless it was returned.
 */
export function followPhase(s: SimState): void {
  const { agents: A, graph: G, tables: T, day: D, counters: C } = s;
  const rng = s.streams.follow;
  const n = A.count;
  const discovery = s.scenario.behaviour.discoveryFollow;
  for (let i = 0; i < D.discoveryReader.length; i++) {
    if (rng.next() < discovery) follow(s, D.discoveryReader.data[i], D.discoveryAuthor.data[i], rng);
  }
  let sampler: ScoreSampler | undefined;
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
      else if (alpha > 0) target = (sampler ??= new ScoreSampler(A.score, A.active, n)).sample(alpha, rng);
      else target = friendOfFriend(s, a, rng);
      if (target >= 0 && target !== a) follow(s, a, target, rng);
    }
    const p = T.unfollowPerDay[t];
    const len = G.outLen[a];
    if (p > 0 && len > 0 && rng.next() < p) {
      // Score seekers undo one of their recent follows that was not returned; others drop any followee.
      const window = alpha > 0 ? Math.min(len, RECENT_FOLLOWS) : len;
      const v = G.outPool[G.outStart[a] + len - 1 - rng.int(window)];
      if (!(alpha > 0 && G.isFollowing(v, a)) && G.unfollow(a, v)) C.unfollows++;
    }
  }
}
