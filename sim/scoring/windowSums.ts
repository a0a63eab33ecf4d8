// Per-agent sums of the observable events over a rolling window, kept up to date a day at a time.
import type { DayLog } from './activityLog.js';

/** Per-agent totals over the last `days` days. Read-only for algorithms. */
export interface WindowTotals {
  readonly days: number;
  /** Posts written. */
  readonly posts: Float64Array;
  /** Reactions received, all kinds. */
  readonly received: Float64Array;
  /** Reactions received by kind: like, reply, share, mention. */
  readonly likes: Float64Array;
  readonly replies: Float64Array;
  readonly shares: Float64Array;
  readonly mentions: Float64Array;
  /** Reactions given to others, A(j) in DESIGN.md's notation. */
  readonly given: Float64Array;
}

/**
 * Rolling window sums: `add(day)` when a day enters the window, `remove(day)` when it leaves; each is
 * O(events of that day), so keeping a 90-day window costs the same as a 1-day one.
 */
export class WindowSums implements WindowTotals {
  posts: Float64Array;
  received: Float64Array;
  likes: Float64Array;
  replies: Float64Array;
  shares: Float64Array;
  mentions: Float64Array;
  given: Float64Array;

  constructor(
    readonly days: number,
    capacity: number,
  ) {
    this.posts = new Float64Array(capacity);
    this.received = new Float64Array(capacity);
    this.likes = new Float64Array(capacity);
    this.replies = new Float64Array(capacity);
    this.shares = new Float64Array(capacity);
    this.mentions = new Float64Array(capacity);
    this.given = new Float64Array(capacity);
  }

  /** Makes room for `agents` agents (new agents start at zero). */
  ensureCapacity(agents: number): void {
    if (this.posts.length >= agents) return;
    const grow = (a: Float64Array) => {
      const next = new Float64Array(Math.max(agents, Math.ceil(a.length * 1.5)));
      next.set(a);
      return next;
    };
    this.posts = grow(this.posts);
    this.received = grow(this.received);
    this.likes = grow(this.likes);
    this.replies = grow(this.replies);
    this.shares = grow(this.shares);
    this.mentions = grow(this.mentions);
    this.given = grow(this.given);
  }

  /** Adds a day entering the window. */
  add(day: DayLog): void {
    this.apply(day, 1);
  }

  /** Removes a day leaving the window. */
  remove(day: DayLog): void {
    this.apply(day, -1);
  }

  private apply(day: DayLog, sign: number): void {
    const { postAuthors, reactionActors, reactionTargets, reactionKinds } = day;
    for (let k = 0; k < postAuthors.length; k++) this.posts[postAuthors[k]] += sign;
    const byKind = [this.likes, this.replies, this.shares, this.mentions];
    for (let k = 0; k < reactionActors.length; k++) {
      const target = reactionTargets[k];
      this.received[target] += sign;
      byKind[reactionKinds[k]][target] += sign;
      this.given[reactionActors[k]] += sign;
    }
  }
}
