// Per-node growable lists of node ids in one shared Int32Array pool with slack: one side (out or in) of FollowGraph.

/** A compressed sparse row layout: list u is `values[offsets[u] .. offsets[u + 1])`; `values` may be longer. */
export interface CsrLists {
  offsets: Int32Array;
  values: Int32Array;
}

/** Capacity a list gets the first time it grows from nothing. */
const FIRST_CAPACITY = 4;

/**
 * Per-node lists with slack. List u is `pool[start[u] .. start[u] + len[u])`, with room for `cap[u]`
 * entries. A full list moves to the end of the pool with doubled capacity, leaving garbage behind; the
 * pool grows by half when it runs out, or is repacked when at least half of it is garbage. Every
 * operation is deterministic, and lists keep their insertion order (removal shifts, it does not swap).
 *
 * `pool`, `start`, `len` and `cap` are replaced when they grow: re-read them after any mutation.
 * `start`, `len` and `cap` may be longer than `nodeCount`; entries past it are unused.
 */
export class AdjacencyLists {
  pool: Int32Array;
  start: Int32Array;
  len: Int32Array;
  cap: Int32Array;
  private count: number;
  /** End of the used part of the pool. */
  private used: number;
  /** Pool entries below `used` that belong to no list (left behind by moves). */
  private garbage = 0;

  private constructor(count: number, pool: Int32Array, start: Int32Array, len: Int32Array, cap: Int32Array, used: number) {
    this.count = count;
    this.pool = pool;
    this.start = start;
    this.len = len;
    this.cap = cap;
    this.used = used;
  }

  /** Tight lists (capacity = length) adopting `csr.values` as the pool; `offsets` (nodeCount + 1 entries) is only read. */
  static fromCsr(nodeCount: number, csr: CsrLists): AdjacencyLists {
    const start = new Int32Array(nodeCount);
    const len = new Int32Array(nodeCount);
    for (let u = 0; u < nodeCount; u++) {
      start[u] = csr.offsets[u];
      len[u] = csr.offsets[u + 1] - csr.offsets[u];
    }
    return new AdjacencyLists(nodeCount, csr.values, start, len, len.slice(), csr.offsets[nodeCount]);
  }

  /** `nodeCount` empty lists in a pool with room for `poolCapacity` entries before it first grows. */
  static empty(nodeCount: number, poolCapacity = 0): AdjacencyLists {
    return AdjacencyLists.fromCsr(nodeCount, { offsets: new Int32Array(nodeCount + 1), values: new Int32Array(poolCapacity) });
  }

  /** Number of lists. */
  get nodeCount(): number {
    return this.count;
  }

  /** Total entries over all lists. */
  get size(): number {
    let total = 0;
    for (let u = 0; u < this.count; u++) total += this.len[u];
    return total;
  }

  /** Appends k empty lists. */
  addNodes(k: number): void {
    const needed = this.count + k;
    if (needed > this.start.length) {
      const capacity = Math.max(needed, Math.ceil(this.start.length * 1.5), 16);
      this.start = grown(this.start, capacity);
      this.len = grown(this.len, capacity);
      this.cap = grown(this.cap, capacity);
    }
    this.count = needed;
  }

  /** Appends x to list u. */
  push(u: number, x: number): void {
    if (this.len[u] === this.cap[u]) this.relocate(u, Math.max(FIRST_CAPACITY, this.cap[u] * 2));
    this.pool[this.start[u] + this.len[u]++] = x;
  }

  /**
   * Position of x in list u, or -1. Scans from the end: entries are unique, and the entries looked up
   * most (recent follows being undone) sit at the end of long follower lists.
   */
  indexOf(u: number, x: number): number {
    const pool = this.pool;
    const from = this.start[u];
    for (let i = from + this.len[u] - 1; i >= from; i--) if (pool[i] === x) return i - from;
    return -1;
  }

  /** Removes the entry at position i of list u, shifting the later entries down (order is kept). */
  removeAt(u: number, i: number): void {
    const from = this.start[u];
    const end = from + this.len[u];
    this.pool.copyWithin(from + i, from + i + 1, end);
    this.len[u]--;
  }

  /** A copy of list u. */
  copyOf(u: number): Int32Array {
    return this.pool.slice(this.start[u], this.start[u] + this.len[u]);
  }

  /** The lists as fresh CSR arrays (the structure is not changed). */
  toCsr(): CsrLists {
    const offsets = new Int32Array(this.count + 1);
    for (let u = 0; u < this.count; u++) offsets[u + 1] = offsets[u] + this.len[u];
    const values = new Int32Array(offsets[this.count]);
    for (let u = 0; u < this.count; u++) {
      values.set(this.pool.subarray(this.start[u], this.start[u] + this.len[u]), offsets[u]);
    }
    return { offsets, values };
  }

  /**
   * Repacks every list into a fresh pool with `headroom` free entries at its end. Tight by default
   * (capacity = length); with `slack`, each list keeps a quarter of its length (at least one entry)
   * free, so the next pushes after a repack do not relocate every list again.
   */
  compact(headroom = 0, slack = false): void {
    const room = (n: number) => (slack ? n + (n >> 2) + 1 : n);
    let total = 0;
    for (let u = 0; u < this.count; u++) total += room(this.len[u]);
    const pool = new Int32Array(total + headroom);
    let at = 0;
    for (let u = 0; u < this.count; u++) {
      const n = this.len[u];
      pool.set(this.pool.subarray(this.start[u], this.start[u] + n), at);
      this.start[u] = at;
      this.cap[u] = room(n);
      at += room(n);
    }
    this.pool = pool;
    this.used = at;
    this.garbage = 0;
  }

  /** Moves list u to the end of the pool with room for `capacity` entries (in place if it already ends the pool). */
  private relocate(u: number, capacity: number): void {
    if (this.used + capacity > this.pool.length) this.makeRoom(capacity);
    const from = this.start[u];
    if (from + this.cap[u] === this.used) {
      this.used = from + capacity;
    } else {
      this.pool.copyWithin(this.used, from, from + this.len[u]);
      this.garbage += this.cap[u];
      this.start[u] = this.used;
      this.used += capacity;
    }
    this.cap[u] = capacity;
  }

  /** Ensures `extra` free entries at the end of the pool: repacks if half is garbage, else grows by half. */
  private makeRoom(extra: number): void {
    if (this.garbage * 2 >= this.used) {
      const live = this.used - this.garbage;
      this.compact(extra + Math.max(live >> 2, FIRST_CAPACITY), true);
      return;
    }
    const capacity = Math.max(this.used + extra, Math.ceil(this.pool.length * 1.5), 64);
    this.pool = grown(this.pool, capacity);
  }
}

/** A copy of `a` with a larger length, zero-filled past the old end. */
function grown(a: Int32Array, length: number): Int32Array {
  const next = new Int32Array(length);
  next.set(a);
  return next;
}
