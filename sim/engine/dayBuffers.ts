// Scratch buffers of one simulated day: today's posts grouped by author, the reaction log, the share queue.
import { GrowableInt32 } from '../core/growable.js';
import { PostTable } from './postTable.js';

/**
 * Per-day working memory, cleared at the start of every day and reused. Posts are created in author-id
 * order, so the posts of author a are `postStart[a] .. postStart[a+1]` (a compressed index by author).
 */
export class DayBuffers {
  /** Today's posts, one record each (see `PostTable`). */
  readonly posts = new PostTable();
  /** Start of each author's posts in the post columns; length agents + 1. */
  postStart: Int32Array;
  /**
   * Bit a of word a >>> 5 is set when agent a posted today. Most followees post nothing on a given day;
   * this bitset is small enough to stay in cache, so feeds skip the much larger postStart for them.
   */
  postedToday: Uint32Array;

  /** Today's reactions: actor, target (the author reacted to) and kind (see REACTION_KINDS). */
  readonly reactionActor = new GrowableInt32();
  readonly reactionTarget = new GrowableInt32();
  readonly reactionKind = new GrowableInt32();

  /** Share queue: the post shared, the sharer, the share it came through (-1: the feed), and its depth. */
  readonly sharePost = new GrowableInt32();
  readonly shareSharer = new GrowableInt32();
  readonly shareParent = new GrowableInt32();
  readonly shareDepth = new GrowableInt32();

  /** Authors discovered today through a share: reader and author pairs, for the follow phase. */
  readonly discoveryReader = new GrowableInt32();
  readonly discoveryAuthor = new GrowableInt32();

  /** Per-agent budgets for today: posts still readable, minutes left, and the feed's reading probability. */
  readsLeft: Int32Array;
  minutesLeft: Float32Array;
  readProbability: Float32Array;
  /** Today's reading order: a seeded permutation of blocks of agent ids (see `readPhase`). */
  order: Int32Array;

  constructor(agentCapacity: number) {
    this.postStart = new Int32Array(agentCapacity + 1);
    this.postedToday = new Uint32Array((agentCapacity >>> 5) + 1);
    this.readsLeft = new Int32Array(agentCapacity);
    this.minutesLeft = new Float32Array(agentCapacity);
    this.readProbability = new Float32Array(agentCapacity);
    this.order = new Int32Array(agentCapacity);
  }

  /** Makes sure the per-agent arrays hold `agents` entries (after agents join). */
  ensureAgents(agents: number): void {
    if (this.readsLeft.length >= agents) return;
    const capacity = Math.max(agents, Math.ceil(this.readsLeft.length * 1.5));
    this.postStart = new Int32Array(capacity + 1);
    this.postedToday = new Uint32Array((capacity >>> 5) + 1);
    this.readsLeft = new Int32Array(capacity);
    this.minutesLeft = new Float32Array(capacity);
    this.readProbability = new Float32Array(capacity);
    this.order = new Int32Array(capacity);
  }

  /** Empties every per-day column. */
  clear(): void {
    this.postedToday.fill(0);
    for (const column of [
      this.posts,
      this.reactionActor, this.reactionTarget, this.reactionKind,
      this.sharePost, this.shareSharer, this.shareParent, this.shareDepth,
      this.discoveryReader, this.discoveryAuthor,
    ]) column.clear();
  }

  /** Records one reaction in today's log. */
  logReaction(actor: number, target: number, kind: number): void {
    this.reactionActor.push(actor);
    this.reactionTarget.push(target);
    this.reactionKind.push(kind);
  }
}
