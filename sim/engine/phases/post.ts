// Day phase 1, posting: every active agent writes its posts for the day, within its time budget.
import { AgentType } from '../../core/agentTypes.js';
import { Tactic } from '../../response/tactics.js';
import type { SimState } from '../state.js';

/** Quality of bait relative to its author's usual quality. */
export const BAIT_QUALITY = 0.3;
/** Share of a post's topics drawn from the author's primary topic. */
const PRIMARY_TOPIC_SHARE = 0.6;

/** Picks a topic from an interest bitmask: the primary topic most of the time, else a random interest. */
function pickTopic(interests: number, primary: number, u: number, v: number): number {
  if (u < PRIMARY_TOPIC_SHARE) return primary;
  let count = 0;
  for (let m = interests; m !== 0; m &= m - 1) count++;
  let k = Math.floor(v * count);
  for (let bit = 0; bit < 32; bit++) {
    if ((interests >>> bit) & 1 && k-- === 0) return bit;
  }
  return primary;
}

/**
 * Resets each agent's daily budgets and creates today's posts in author-id order, so the posts of
 * author a are `day.postStart[a] .. day.postStart[a + 1]`. Bait costs a sixth of a post's minutes.
 * An agent's mean posts a day is its rate × its perk effort (`response.postEffort`), × postMoreFactor
 * under the postMore tactic; under focusTopic every post is on its primary topic.
 */
export function postPhase(s: SimState): void {
  const { agents: A, tables: T, day: D, counters: C } = s;
  const rng = s.streams.post;
  const n = A.count;
  const minutesPerPost = s.scenario.behaviour.minutesPerPost;
  const minutesPerBait = minutesPerPost / 6;
  const seekAlpha = T.scoreSeeking[AgentType.chaser];
  const postMoreFactor = s.scenario.response.postMoreFactor;
  D.ensureAgents(n);
  D.clear();
  s.response.ensureAgents(n, A.score);
  const { postStart, minutesLeft } = D;
  const { type, active, postRate, quality, interests, primaryTopic, minutesSpent, posts, baitPosts, tactic } = A;
  const postEffort = s.response.postEffort;
  for (let a = 0; a < n; a++) {
    postStart[a] = D.posts.length;
    if (active[a] === 0) {
      minutesLeft[a] = 0;
      continue;
    }
    const t = type[a];
    let minutes = T.minutesPerDay[t];
    const tacticCode = tactic[a];
    const k = rng.poisson(postRate[a] * postEffort[a] * (tacticCode === Tactic.postMore ? postMoreFactor : 1));
    const seekWeight = k > 0 && seekAlpha > 0 ? Math.pow(A.score[a] / 50, seekAlpha) : 1;
    let made = 0;
    let bait = 0;
    for (let j = 0; j < k; j++) {
      const isBait = rng.next() < T.baitShare[t];
      const cost = isBait ? minutesPerBait : minutesPerPost;
      if (minutes < cost) break;
      minutes -= cost;
      const q = quality[a] * (0.75 + 0.5 * rng.next());
      const topic = tacticCode === Tactic.focusTopic ? primaryTopic[a] : pickTopic(interests[a], primaryTopic[a], rng.next(), rng.next());
      D.posts.push(a, topic, isBait, isBait ? q * BAIT_QUALITY : Math.min(1, q), A.score[a], seekWeight);
      made++;
      if (isBait) bait++;
    }
    minutesLeft[a] = minutes;
    const spent = T.minutesPerDay[t] - minutes;
    minutesSpent[a] += spent;
    C.minutesByType[t] += spent;
    if (made > 0) D.postedToday[a >>> 5] |= 1 << (a & 31);
    posts[a] += made;
    baitPosts[a] += bait;
    C.postsByType[t] += made;
    C.baitPosts += bait;
  }
  postStart[n] = D.posts.length;
}
