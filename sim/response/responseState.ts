// The agents' response state: tactic value estimates, last reactors, past displayed scores, effort multipliers.
import { TACTIC_COUNT } from './tactics.js';

/** A structured-clone-safe copy of a `ResponseState`, trimmed to its agents. */
export interface ResponseStateSnapshot {
  count: number;
  ringLength: number;
  q: Float32Array;
  lastReactor: Int32Array;
  scoreRing: Float32Array;
  dropNoticed: Uint8Array;
  postEffort: Float32Array;
  reactEffort: Float32Array;
  churned: number;
  converted: number;
}

/**
 * Per-agent memory of the response to scores, in typed arrays indexed by agent id:
 * - `q`: value estimates, `TACTIC_COUNT` per agent (agent-major): the mean daily score change seen with each tactic;
 * - `lastReactor`: who last reacted to the agent while it ran reciprocityRings (-1: nobody);
 * - `scoreRing`: the displayed score of the last `ringLength` days, one slot of `capacity` agents per day
 *   (slot `tick % ringLength`), so the score `w ≤ ringLength` days ago is one lookup;
 * - `dropNoticed`: 1 while the agent's fall is at least churnDrop and it has already decided whether to quit;
 * - `postEffort`, `reactEffort`: tomorrow's posting and reacting multipliers from perks (default 1);
 * - `churned`, `converted`: totals since the last metrics record.
 * Checkpoints are taken between days, when every agent's history has started, so `unscoredFrom` is not kept.
 */
export class ResponseState {
  count = 0;
  capacity = 0;
  q = new Float32Array(0);
  lastReactor = new Int32Array(0);
  scoreRing = new Float32Array(0);
  dropNoticed = new Uint8Array(0);
  postEffort = new Float32Array(0);
  reactEffort = new Float32Array(0);
  churned = 0;
  converted = 0;
  /** First agent whose score history still waits for its first published score (agents who joined today). */
  unscoredFrom = 0;

  /** @param ringLength days of displayed scores kept: max(churnWindow, copyWindow), at least 1. */
  constructor(readonly ringLength: number) {}

  /** A state for `count` agents whose score history so far is their current displayed score. */
  static create(ringLength: number, score: Float32Array, count: number): ResponseState {
    const state = new ResponseState(Math.max(1, ringLength));
    state.ensureAgents(count, score);
    state.unscoredFrom = count;
    return state;
  }

  /**
   * Covers agents up to `count` (after agents join): new agents start with no estimates and a flat score
   * history at `score`, replaced by their first published score (`startHistories`).
   */
  ensureAgents(count: number, score: Float32Array): void {
    if (count <= this.count) return;
    this.unscoredFrom = Math.min(this.unscoredFrom, this.count);
    if (count > this.capacity) this.reallocate(Math.max(count, Math.ceil(this.capacity * 1.5)));
    const first = this.count;
    this.lastReactor.fill(-1, first, count);
    this.postEffort.fill(1, first, count);
    this.reactEffort.fill(1, first, count);
    for (let slot = 0; slot < this.ringLength; slot++) {
      this.scoreRing.set(score.subarray(first, count), slot * this.capacity + first);
    }
    this.count = count;
  }

  /**
   * Agent i's displayed score at `tick`, for a tick within the last ringLength days before today's
   * scores are recorded; ticks before the start (negative) give the score the agent started with.
   */
  pastScore(i: number, tick: number): number {
    return this.scoreRing[this.historyOffset(tick) + i];
  }

  /** Where the scores of `tick` start in `scoreRing` (agent i at offset + i), for loops over every agent; see `pastScore`. */
  historyOffset(tick: number): number {
    const L = this.ringLength;
    return (((tick % L) + L) % L) * this.capacity;
  }

  /** Gives agents who joined since the last call a flat score history at today's published score. */
  startHistories(score: Float32Array): void {
    for (let slot = 0; slot < this.ringLength; slot++) {
      this.scoreRing.set(score.subarray(this.unscoredFrom, this.count), slot * this.capacity + this.unscoredFrom);
    }
    this.unscoredFrom = this.count;
  }

  /** Stores today's displayed scores in slot `tick % ringLength`. */
  recordScores(score: Float32Array, tick: number): void {
    this.scoreRing.set(score.subarray(0, this.count), (tick % this.ringLength) * this.capacity);
  }

  private reallocate(capacity: number): void {
    const grow = <T extends Float32Array | Int32Array | Uint8Array>(old: T, make: (n: number) => T, width = 1): T => {
      const next = make(capacity * width);
      next.set(old.subarray(0, this.count * width));
      return next;
    };
    this.q = grow(this.q, (n) => new Float32Array(n), TACTIC_COUNT);
    this.lastReactor = grow(this.lastReactor, (n) => new Int32Array(n));
    this.dropNoticed = grow(this.dropNoticed, (n) => new Uint8Array(n));
    this.postEffort = grow(this.postEffort, (n) => new Float32Array(n));
    this.reactEffort = grow(this.reactEffort, (n) => new Float32Array(n));
    const ring = new Float32Array(capacity * this.ringLength);
    for (let slot = 0; slot < this.ringLength; slot++) {
      const from = slot * this.capacity;
      ring.set(this.scoreRing.subarray(from, from + this.count), slot * capacity);
    }
    this.scoreRing = ring;
    this.capacity = capacity;
  }

  /** A trimmed copy of everything, safe to structured-clone or keep as a checkpoint. */
  snapshot(): ResponseStateSnapshot {
    const n = this.count;
    const ring = new Float32Array(n * this.ringLength);
    for (let slot = 0; slot < this.ringLength; slot++) {
      const from = slot * this.capacity;
      ring.set(this.scoreRing.subarray(from, from + n), slot * n);
    }
    return {
      count: n,
      ringLength: this.ringLength,
      q: this.q.slice(0, n * TACTIC_COUNT),
      lastReactor: this.lastReactor.slice(0, n),
      scoreRing: ring,
      dropNoticed: this.dropNoticed.slice(0, n),
      postEffort: this.postEffort.slice(0, n),
      reactEffort: this.reactEffort.slice(0, n),
      churned: this.churned,
      converted: this.converted,
    };
  }

  /** Rebuilds a state from `snapshot()`. */
  static fromSnapshot(snapshot: ResponseStateSnapshot): ResponseState {
    const n = snapshot.count;
    const state = new ResponseState(snapshot.ringLength);
    state.reallocate(n);
    state.count = n;
    state.q.set(snapshot.q);
    state.lastReactor.set(snapshot.lastReactor);
    state.scoreRing.set(snapshot.scoreRing);
    state.dropNoticed.set(snapshot.dropNoticed);
    state.postEffort.set(snapshot.postEffort);
    state.reactEffort.set(snapshot.reactEffort);
    state.churned = snapshot.churned;
    state.converted = snapshot.converted;
    state.unscoredFrom = n;
    return state;
  }
}
