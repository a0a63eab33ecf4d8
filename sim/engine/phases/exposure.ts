// One agent reading one post: exposure, conversion (the ground truth of influence), reaction and conversation.
import { Reaction } from '../../agents/typeTables.js';
import { AgentType } from '../../core/agentTypes.js';
import { Tactic } from '../../response/tactics.js';
import { POST_STRIDE } from '../postTable.js';
import type { SimState } from '../state.js';

/**
 * Agent `r` reads post `q`, reached through share `via` (-1: straight from the feed) at cascade `depth`.
 *
 * 1. Exposure: the post gains a read (added to the author's exposures at the end of the day) and `r`
 *    spends one of its reads; the caller charges the reading minutes (`chargeReading`). A read of bait
 *    counts in `counters.baitReads`.
 * 2. Conversion: unless the post is bait, with probability conversion × quality × topic match × trust,
 *    where trust = 1 + γ·score/100 of the author's displayed score; credited 1 to the author and
 *    `shareChainCredit` to every sharer on the chain.
 * 3. Reaction: probability react(type) × topic match × (score/50)^α for score seekers, else × 2·quality;
 *    for score seekers also × their perk effort (`response.reactEffort`); × mutualTieBoost when the
 *    author follows `r` back. Score seekers' tactics: under engageHighScorers the weight is
 *    (score/50)^(α·engageBoost), computed as the post's cached (score/50)^α raised to engageBoost; under
 *    reciprocityRings × ringBoost when the author is the reader's last reactor. The kind follows the
 *    reader type's mix; shares join the cascade queue; replies may grow into a conversation. A
 *    reaction to an author running reciprocityRings makes the reader that author's last reactor.
 */
export function readPost(s: SimState, r: number, q: number, via: number, depth: number): void {
  const { agents: A, tables: T, day: D, counters: C, scenario } = s;
  const b = scenario.behaviour;
  const rng = s.streams.read;
  const P = D.posts;
  const o = q * POST_STRIDE;
  const author = P.ints[o];
  const topicAndBait = P.ints[o + 1];
  const t = A.type[r];

  D.readsLeft[r]--;
  P.reads[q]++;

  const topicMatch = (A.interests[r] >>> (topicAndBait & 255)) & 1 ? 1 : b.offTopicReact;
  const quality = P.floats[o + 2];
  const authorScore = P.floats[o + 3];
  if (topicAndBait < 256) {
    const p = b.conversion * quality * topicMatch * (1 + (b.credibilityGamma * authorScore) / 100);
    if (rng.next() < p) creditConversion(s, author, via);
  } else C.baitReads++;

  const alpha = T.scoreSeeking[t];
  let p = T.react[t] * topicMatch;
  if (alpha > 0) {
    // Only score seekers have tactics and perk efforts: everyone else skips these lookups.
    const tactic = A.tactic[r];
    let seekWeight = alpha === T.scoreSeeking[AgentType.chaser] ? P.floats[o + 4] : Math.pow(authorScore / 50, alpha);
    if (tactic === Tactic.engageHighScorers) seekWeight = Math.pow(seekWeight, scenario.response.engageBoost);
    p *= seekWeight * s.response.reactEffort[r];
    if (tactic === Tactic.reciprocityRings && s.response.lastReactor[r] === author) p *= scenario.response.ringBoost;
  } else {
    p *= 2 * quality;
  }
  if (p <= 0) return;
  const u = rng.next();
  if (u >= p) {
    // Only a mutual tie can still make this a reaction; look the tie up only then.
    if (u >= p * b.mutualTieBoost || !s.graph.isFollowing(author, r)) return;
  }
  const k = rng.next();
  const cdf = T.reactionCdf;
  const kind = k < cdf[t * 4] ? Reaction.like : k < cdf[t * 4 + 1] ? Reaction.reply : k < cdf[t * 4 + 2] ? Reaction.share : Reaction.mention;
  const cost = kind === Reaction.reply ? 3 * b.minutesPerReaction : b.minutesPerReaction;
  D.minutesLeft[r] -= cost;
  A.minutesSpent[r] += cost;
  C.minutesByType[t] += cost;
  A.reactionsGiven[r]++;
  C.reactionsByKind[kind]++;
  D.logReaction(r, author, kind);
  if (A.tactic[author] === Tactic.reciprocityRings) s.response.lastReactor[author] = r;
  if (kind === Reaction.like) A.likesReceived[author]++;
  else if (kind === Reaction.mention) A.mentionsReceived[author]++;
  else if (kind === Reaction.share) {
    A.sharesReceived[author]++;
    if (depth < b.maxCascadeDepth) {
      D.sharePost.push(q);
      D.shareSharer.push(r);
      D.shareParent.push(via);
      D.shareDepth.push(depth + 1);
    }
  } else {
    A.repliesReceived[author]++;
    converse(s, r, author);
  }
  if (via >= 0) {
    D.discoveryReader.push(r);
    D.discoveryAuthor.push(author);
  }
}

/** Charges `reads` reads to agent `r`: minutes spent and left, and the interval totals. */
export function chargeReading(s: SimState, r: number, reads: number, cascade: boolean): void {
  const minutes = reads * s.scenario.behaviour.minutesPerRead;
  s.day.minutesLeft[r] -= minutes;
  s.agents.minutesSpent[r] += minutes;
  s.counters.minutesByType[s.agents.type[r]] += minutes;
  s.counters.reads += reads;
  if (cascade) s.counters.cascadeReads += reads;
}

/** Credits one conversion to the author and a share of it to every sharer on the chain. */
function creditConversion(s: SimState, author: number, via: number): void {
  const A = s.agents;
  const D = s.day;
  const credit = s.scenario.behaviour.shareChainCredit;
  A.trueInfluence[author] += 1;
  A.onlineConversions[author] += 1;
  s.counters.conversionsOnline++;
  for (let item = via; item >= 0; item = D.shareParent.data[item]) {
    const sharer = D.shareSharer.data[item];
    A.trueInfluence[sharer] += credit;
    A.shareConversions[sharer] += credit;
  }
}

/**
 * After `replier` replies to `author`, the two may go back and forth: each answer is likely with the
 * answerer type's replyBack, times conversationDecay per turn already taken. Two turns or more count
 * as a conversation for both.
 */
function converse(s: SimState, replier: number, author: number): void {
  const { agents: A, tables: T, day: D, counters: C } = s;
  const b = s.scenario.behaviour;
  const rng = s.streams.read;
  const cost = 3 * b.minutesPerReaction;
  let speaker = author;
  let listener = replier;
  let turns = 1;
  let decay = 1;
  while (turns < b.maxConversationTurns) {
    if (rng.next() >= T.replyBack[A.type[speaker]] * decay) break;
    A.repliesReceived[listener]++;
    A.reactionsGiven[speaker]++;
    A.minutesSpent[speaker] += cost;
    C.minutesByType[A.type[speaker]] += cost;
    D.minutesLeft[speaker] -= cost;
    C.reactionsByKind[Reaction.reply]++;
    D.logReaction(speaker, listener, Reaction.reply);
    const next = listener;
    listener = speaker;
    speaker = next;
    turns++;
    decay *= b.conversationDecay;
  }
  if (turns >= 2) {
    A.conversations[replier]++;
    A.conversations[author]++;
    C.conversations++;
  }
}
