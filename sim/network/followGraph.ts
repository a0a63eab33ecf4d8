// FollowGraph: the engine's dynamic directed follow graph ("u follows v" is the edge u → v) in typed arrays.
import { AdjacencyLists } from './adjacencyLists.js';
import { csrFromEdges } from './csrFromEdges.js';

/**
 * A compacted, structured-clone-safe copy of a FollowGraph. Followees of u are
 * `outTargets[outOffsets[u] .. outOffsets[u + 1])`, followers of v are `inSources[inOffsets[v] .. inOffsets[v + 1])`,
 * both in the graph's list order, so a restored graph continues exactly like the original.
 */
export interface FollowGraphSnapshot {
  nodeCount: number;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
}

/**
 * A directed follow graph for up to tens of millions of edges. Each node has an out-list (followees) and an
 * in-list (followers) in shared Int32Array pools with slack (see AdjacencyLists). Lists keep the order in
 * which follows were made; `unfollow` removes without reordering. Every operation is deterministic.
 *
 * Hot loops read the lists in place, without allocating:
 * `for (let i = g.outStart[u], end = i + g.outLen[u]; i < end; i++) visit(g.outPool[i])`.
 * The six arrays are replaced when they grow: re-read the fields after any `follow` or `addNodes`
 * (and any `unfollow`, which shifts entries), never cache them across mutations. They may be longer than
 * `nodeCount` and the pools hold slack; only the ranges described are meaningful. Treat them as read-only.
 */
export class FollowGraph {
  private readonly out: AdjacencyLists;
  private readonly in: AdjacencyLists;
  private edgeTotal: number;

  private constructor(out: AdjacencyLists, inLists: AdjacencyLists, edgeCount: number) {
    this.out = out;
    this.in = inLists;
    this.edgeTotal = edgeCount;
  }

  /** A graph with `nodeCount` nodes and the edges `src[i] → dst[i]`; self-loops and repeats are ignored, lists keep input order. */
  static fromEdges(nodeCount: number, src: Int32Array, dst: Int32Array): FollowGraph {
    const csr = csrFromEdges(nodeCount, src, dst);
    return new FollowGraph(
      AdjacencyLists.fromCsr(nodeCount, csr.out),
      AdjacencyLists.fromCsr(nodeCount, csr.in),
      csr.edgeCount,
    );
  }

  /** Restores a graph from `snapshot()`; it behaves exactly like the graph the snapshot was taken from. */
  static fromSnapshot(s: FollowGraphSnapshot): FollowGraph {
    const n = s.nodeCount;
    const edgeCount = s.outOffsets[n];
    if (s.outOffsets.length !== n + 1 || s.inOffsets.length !== n + 1 || s.inOffsets[n] !== edgeCount
      || s.outTargets.length !== edgeCount || s.inSources.length !== edgeCount) {
      throw new RangeError('FollowGraph snapshot is inconsistent: offsets and lists do not match');
    }
    const out = AdjacencyLists.fromCsr(n, { offsets: s.outOffsets, values: s.outTargets.slice() });
    const inLists = AdjacencyLists.fromCsr(n, { offsets: s.inOffsets, values: s.inSources.slice() });
    return new FollowGraph(out, inLists, edgeCount);
  }

  /** Number of nodes (ids 0 .. nodeCount - 1). */
  get nodeCount(): number {
    return this.out.nodeCount;
  }

  /** Number of edges (follows). */
  get edgeCount(): number {
    return this.edgeTotal;
  }

  /** Pool of all out-lists; followees of u are `outPool[outStart[u] .. outStart[u] + outLen[u])`. Replaced on growth. */
  get outPool(): Int32Array {
    return this.out.pool;
  }
  /** Where each node's out-list starts in `outPool`. Replaced on growth. */
  get outStart(): Int32Array {
    return this.out.start;
  }
  /** Each node's out-degree (followees). Replaced on growth. */
  get outLen(): Int32Array {
    return this.out.len;
  }
  /** Pool of all in-lists; followers of v are `inPool[inStart[v] .. inStart[v] + inLen[v])`. Replaced on growth. */
  get inPool(): Int32Array {
    return this.in.pool;
  }
  /** Where each node's in-list starts in `inPool`. Replaced on growth. */
  get inStart(): Int32Array {
    return this.in.start;
  }
  /** Each node's in-degree (followers). Replaced on growth. */
  get inLen(): Int32Array {
    return this.in.len;
  }

  /** Appends k isolated nodes and returns the first new id. */
  addNodes(k: number): number {
    const first = this.nodeCount;
    this.out.addNodes(k);
    this.in.addNodes(k);
    return first;
  }

  /** Adds u → v. Returns false, changing nothing, if it already exists or u === v. */
  follow(u: number, v: number): boolean {
    this.check(u, v);
    if (u === v || this.has(u, v)) return false;
    this.out.push(u, v);
    this.in.push(v, u);
    this.edgeTotal++;
    return true;
  }

  /** Removes u → v, keeping the order of the remaining entries. Returns false if there is no such edge. */
  unfollow(u: number, v: number): boolean {
    this.check(u, v);
    const i = this.out.indexOf(u, v);
    if (i < 0) return false;
    this.out.removeAt(u, i);
    this.in.removeAt(v, this.in.indexOf(v, u));
    this.edgeTotal--;
    return true;
  }

  /** True if u follows v; scans the shorter of u's out-list and v's in-list. */
  isFollowing(u: number, v: number): boolean {
    this.check(u, v);
    return this.has(u, v);
  }

  /** Number of accounts u follows. */
  outDegree(u: number): number {
    return this.out.len[u];
  }

  /** Number of followers of v. */
  inDegree(v: number): number {
    return this.in.len[v];
  }

  /** A copy of the accounts u follows, in list order. For non-hot code; hot loops read `outPool`. */
  followees(u: number): Int32Array {
    return this.out.copyOf(u);
  }

  /** A copy of the followers of v, in list order. For non-hot code; hot loops read `inPool`. */
  followers(v: number): Int32Array {
    return this.in.copyOf(v);
  }

  /** Repacks both pools tightly, freeing the slack; behaviour is unchanged. */
  compact(): void {
    this.out.compact();
    this.in.compact();
  }

  /** A compacted copy as plain typed arrays (structured-clone safe); the graph itself is not changed. */
  snapshot(): FollowGraphSnapshot {
    const out = this.out.toCsr();
    const inLists = this.in.toCsr();
    return {
      nodeCount: this.nodeCount,
      outOffsets: out.offsets,
      outTargets: out.values,
      inOffsets: inLists.offsets,
      inSources: inLists.values,
    };
  }

  /** All edges in node order, then list order. */
  edges(): { src: Int32Array; dst: Int32Array } {
    const { offsets, values } = this.out.toCsr();
    const src = new Int32Array(values.length);
    for (let u = 0; u < this.nodeCount; u++) src.fill(u, offsets[u], offsets[u + 1]);
    return { src, dst: values };
  }

  /** Share of edges u → v whose reverse v → u also exists (networkx's overall reciprocity); 0 without edges. O(nodes + edges). */
  reciprocity(): number {
    if (this.edgeTotal === 0) return 0;
    const { pool: outPool, start: outStart, len: outLen } = this.out;
    const { pool: inPool, start: inStart, len: inLen } = this.in;
    const followsMe = new Int32Array(this.nodeCount).fill(-1); // followsMe[w] === u: w follows u
    let mutual = 0;
    for (let u = 0; u < this.nodeCount; u++) {
      for (let i = inStart[u], end = i + inLen[u]; i < end; i++) followsMe[inPool[i]] = u;
      for (let i = outStart[u], end = i + outLen[u]; i < end; i++) if (followsMe[outPool[i]] === u) mutual++;
    }
    return mutual / this.edgeTotal;
  }

  private has(u: number, v: number): boolean {
    return this.out.len[u] <= this.in.len[v] ? this.out.indexOf(u, v) >= 0 : this.in.indexOf(v, u) >= 0;
  }

  private check(u: number, v: number): void {
    const n = this.nodeCount;
    if (!(u >= 0 && u < n && v >= 0 && v < n && Number.isInteger(u) && Number.isInteger(v))) {
      throw new RangeError(`node id out of range: ${u} → ${v} (nodeCount ${n})`);
    }
  }
}
