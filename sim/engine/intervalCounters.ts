// Totals of the day's activity since the last metrics record (posts, reactions, reads, conversions, follows).
import { AGENT_TYPE_COUNT } from '../core/agentTypes.js';

/** A plain copy of the counters, for checkpoints. */
export type IntervalCountersSnapshot = Record<string, number | number[]>;

/** Activity totals accumulated by the day's phases and reset each time metrics are recorded. */
export class IntervalCounters {
  /** Days since the last reset. */
  days = 0;
  readonly postsByType = new Float64Array(AGENT_TYPE_COUNT);
  readonly reactionsByKind = new Float64Array(4);
  readonly minutesByType = new Float64Array(AGENT_TYPE_COUNT);
  baitPosts = 0;
  reads = 0;
  /** Reads of bait posts (part of `reads`): the share of feeds bait takes. */
  baitReads = 0;
  cascadeReads = 0;
  conversionsOnline = 0;
  conversionsOffline = 0;
  conversations = 0;
  follows = 0;
  unfollows = 0;

  /** Zeroes every total. */
  reset(): void {
    this.postsByType.fill(0);
    this.reactionsByKind.fill(0);
    this.minutesByType.fill(0);
    this.days = 0;
    this.baitPosts = this.reads = this.baitReads = this.cascadeReads = 0;
    this.conversionsOnline = this.conversionsOffline = this.conversations = 0;
    this.follows = this.unfollows = 0;
  }

  /** A JSON-safe copy. */
  snapshot(): IntervalCountersSnapshot {
    const out: IntervalCountersSnapshot = {};
    for (const [key, value] of Object.entries(this)) {
      out[key] = value instanceof Float64Array ? [...value] : (value as number);
    }
    return out;
  }

  /** Restores from `snapshot()`. */
  restore(snapshot: IntervalCountersSnapshot): void {
    const self = this as unknown as Record<string, number | Float64Array>;
    for (const [key, value] of Object.entries(snapshot)) {
      if (Array.isArray(value)) (self[key] as Float64Array).set(value);
      else self[key] = value;
    }
  }
}
