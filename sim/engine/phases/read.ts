// Day phases 2–3, reading: each agent reads a sample of its followees' posts within its attention budget.
import type { SimState } from '../state.js';
import { chargeReading, readPost } from './exposure.js';

/**
 * Agents read in a seeded random order of blocks of this many consecutive ids. Shuffling blocks rather
 * than single agents keeps each reader's own arrays in cache (a full shuffle made reading several
 * times slower at 100k agents) while the order stays seeded and explicit.
 */
export const READ_BLOCK = 64;

/** Posts skipped before the next one read, for a uniform draw u and log(1 − p): a Geometric(p) count. */
function geometricSkip(u: number, logMiss: number): number {
  return Math.floor(Math.log(1 - u) / logMiss);
}

/** Fills `order[0..n)` with agent ids: blocks of READ_BLOCK ids in a seeded random order. */
function readingOrder(order: Int32Array, n: number, rng: SimState['streams']['read']): void {
  const blocks = rng.shuffle(Int32Array.from({ length: Math.ceil(n / READ_BLOCK) }, (_, b) => b));
  let k = 0;
  for (const b of blocks) {
    const end = Math.min(n, (b + 1) * READ_BLOCK);
    for (let id = b * READ_BLOCK; id < end; id++) order[k++] = id;
  }
}

/**
 * Agents read in a seeded random order of id blocks (`READ_BLOCK`). An agent's feed is today's posts by everyone it follows; it can
 * read at most min(readsPerDay, minutes left / minutesPerRead) of them, so each post in a feed of C posts
 * is read with probability min(1, budget / C). That probability is kept for the share cascade.
 */
export function readPhase(s: SimState): void {
  const { agents: A, graph: G, tables: T, day: D } = s;
  const rng = s.streams.read;
  const n = A.count;
  const minutesPerRead = s.scenario.behaviour.minutesPerRead;
  const { order, postStart, postedToday, readsLeft, readProbability, minutesLeft } = D;
  readingOrder(order, n, rng);
  for (let i = 0; i < n; i++) {
    const r = order[i];
    if (A.active[r] === 0) {
      readsLeft[r] = 0;
      readProbability[r] = 0;
      continue;
    }
    const byMinutes = minutesPerRead > 0 ? Math.floor(Math.max(0, minutesLeft[r]) / minutesPerRead) : Infinity;
    const budget = Math.min(T.readsPerDay[A.type[r]], byMinutes);
    readsLeft[r] = budget;
    // The pool may be replaced by follows in later phases, never during reading: read it per agent.
    const pool = G.outPool;
    const start = G.outStart[r];
    const end = start + G.outLen[r];
    let feed = 0;
    for (let e = start; e < end; e++) {
      const f = pool[e];
      if ((postedToday[f >>> 5] >>> (f & 31)) & 1) feed += postStart[f + 1] - postStart[f];
    }
    const p = feed === 0 ? 1 : Math.min(1, budget / feed);
    readProbability[r] = p;
    if (feed === 0 || budget <= 0) continue;
    // Bernoulli(p) thinning of the feed by geometric skips: one draw per post read, not per post.
    const logMiss = p < 1 ? Math.log(1 - p) : 0;
    let skip = p < 1 ? geometricSkip(rng.next(), logMiss) : 0;
    for (let e = start; e < end && readsLeft[r] > 0; e++) {
      const f = pool[e];
      if (((postedToday[f >>> 5] >>> (f & 31)) & 1) === 0) continue;
      for (let q = postStart[f]; q < postStart[f + 1]; q++) {
        if (skip > 0) {
          skip--;
          continue;
        }
        readPost(s, r, q, -1, 0);
        if (readsLeft[r] <= 0) break;
        if (p < 1) skip = geometricSkip(rng.next(), logMiss);
      }
    }
    chargeReading(s, r, budget - readsLeft[r], false);
  }
}
