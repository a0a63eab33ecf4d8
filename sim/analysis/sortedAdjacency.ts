// Sorted, deduplicated adjacency lists (CSR) built from edge arrays in linear time: the graph form every kernel reads.

/** Lists of node ids in compressed sparse rows: the list of u is `targets[offsets[u] .. offsets[u + 1])`, ascending, no repeats, no u itself. */
export interface Adjacency {
  nodeCount: number;
  offsets: Int32Array;
  targets: Int32Array;
}

/** Which lists to build from `src[i] → dst[i]`: followees (`out`), followers (`in`) or the undirected view (`both`). */
export type AdjacencyDirection = 'out' | 'in' | 'both';

/**
 * Adjacency lists of the edges `src[i] → dst[i]` over nodes 0 .. nodeCount − 1: for `out` the targets of
 * each source, for `in` the sources of each target, for `both` the undirected simple view (u and v are
 * neighbours if either edge exists). Self-loops and repeated edges are dropped; every list is ascending.
 * Two counting-sort passes (bucket by the far end, then scatter by the near end while reading the
 * buckets in order) sort every list without a comparator: O(nodes + edges), which keeps 10M edges
 * well under a second, where sorting a million small lists one by one costs several times that.
 * Throws a RangeError on an id outside [0, nodeCount) or arrays of different lengths.
 */
export function sortedAdjacency(
  nodeCount: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  direction: AdjacencyDirection,
): Adjacency {
  if (src.length !== dst.length) throw new RangeError(`src has ${src.length} entries but dst has ${dst.length}`);
  const m = src.length;
  for (let i = 0; i < m; i++) {
    const u = src[i];
    const v = dst[i];
    if (!(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount && Number.isInteger(u) && Number.isInteger(v))) {
      throw new RangeError(`edge ${i} (${u} → ${v}) has an id outside [0, ${nodeCount})`);
    }
  }
  // An arc is (near, far): the list of `near` gets `far`. `out`: (src, dst); `in`: (dst, src); `both`: both.
  const useOut = direction !== 'in';
  const useIn = direction !== 'out';
  const nearCount = new Int32Array(nodeCount + 1);
  const farStart = new Int32Array(nodeCount + 1);
  for (let i = 0; i < m; i++) {
    const u = src[i];
    const v = dst[i];
    if (u === v) continue;
    if (useOut) {
      nearCount[u + 1]++;
      farStart[v + 1]++;
    }
    if (useIn) {
      nearCount[v + 1]++;
      farStart[u + 1]++;
    }
  }
  for (let u = 0; u < nodeCount; u++) {
    nearCount[u + 1] += nearCount[u];
    farStart[u + 1] += farStart[u];
  }
  const arcs = farStart[nodeCount];
  // Pass 1: bucket the near ends by far end.
  const nearByFar = new Int32Array(arcs);
  const cursor = farStart.slice(0, nodeCount);
  for (let i = 0; i < m; i++) {
    const u = src[i];
    const v = dst[i];
    if (u === v) continue;
    if (useOut) nearByFar[cursor[v]++] = u;
    if (useIn) nearByFar[cursor[u]++] = v;
  }
  // Pass 2: read the buckets in ascending far end and append far to near's list, skipping repeats.
  const targets = new Int32Array(arcs);
  const fill = nearCount.subarray(0, nodeCount).slice();
  const last = cursor.fill(-1);
  for (let far = 0; far < nodeCount; far++) {
    for (let j = farStart[far]; j < farStart[far + 1]; j++) {
      const near = nearByFar[j];
      if (last[near] === far) continue;
      last[near] = far;
      targets[fill[near]++] = far;
    }
  }
  // Pack the lists down over the slack left by repeats.
  const offsets = new Int32Array(nodeCount + 1);
  let at = 0;
  for (let u = 0; u < nodeCount; u++) {
    const from = nearCount[u];
    const to = fill[u];
    offsets[u] = at;
    if (from !== at) targets.copyWithin(at, from, to);
    at += to - from;
  }
  offsets[nodeCount] = at;
  return { nodeCount, offsets, targets: at === arcs ? targets : targets.slice(0, at) };
}

/** Degree of every node (the length of its list). */
export function listLengths(adjacency: Adjacency): Int32Array {
  const { nodeCount, offsets } = adjacency;
  const lengths = new Int32Array(nodeCount);
  for (let u = 0; u < nodeCount; u++) lengths[u] = offsets[u + 1] - offsets[u];
  return lengths;
}
