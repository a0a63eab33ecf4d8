// Builds out- and in-adjacency (CSR) from edge arrays in linear time, dropping self-loops and duplicates.
import type { CsrLists } from './adjacencyLists.js';

/** Both directions of a deduplicated edge set; every list in input order of first appearance. */
export interface FollowCsr {
  /** Followees of each node. */
  out: CsrLists;
  /** Followers of each node. */
  in: CsrLists;
  /** Edges kept. */
  edgeCount: number;
}

/**
 * Counting-sorts the edges `src[i] → dst[i]` by source and by target (both stable, so lists keep input
 * order), then drops from each list every repeat of an id already in it, which is exactly every repeat of
 * an edge. Self-loops are skipped. O(nodes + edges) time; besides the result it needs one Int32Array per
 * node. `values` keep their original length, with slack at the end when edges were dropped. Throws a
 * RangeError on an id outside [0, nodeCount) or on arrays of different lengths.
 */
export function csrFromEdges(nodeCount: number, src: Int32Array, dst: Int32Array): FollowCsr {
  if (src.length !== dst.length) throw new RangeError(`src has ${src.length} entries but dst has ${dst.length}`);
  const m = src.length;
  const outOffsets = new Int32Array(nodeCount + 1);
  const inOffsets = new Int32Array(nodeCount + 1);
  let loops = 0;
  for (let i = 0; i < m; i++) {
    const u = src[i];
    const v = dst[i];
    if (!(u >= 0 && u < nodeCount && v >= 0 && v < nodeCount)) {
      throw new RangeError(`edge ${i} (${u} → ${v}) has an id outside [0, ${nodeCount})`);
    }
    if (u === v) loops++;
    else {
      outOffsets[u + 1]++;
      inOffsets[v + 1]++;
    }
  }
  for (let u = 0; u < nodeCount; u++) {
    outOffsets[u + 1] += outOffsets[u];
    inOffsets[u + 1] += inOffsets[u];
  }
  const out = new Int32Array(m - loops);
  const inn = new Int32Array(m - loops);
  const cursor = outOffsets.slice(0, nodeCount);
  for (let i = 0; i < m; i++) if (src[i] !== dst[i]) out[cursor[src[i]]++] = dst[i];
  cursor.set(inOffsets.subarray(0, nodeCount));
  for (let i = 0; i < m; i++) if (src[i] !== dst[i]) inn[cursor[dst[i]]++] = src[i];
  const seenIn = cursor.fill(-1);
  const edgeCount = dropRepeats(nodeCount, outOffsets, out, seenIn);
  dropRepeats(nodeCount, inOffsets, inn, seenIn.fill(-1));
  return { out: { offsets: outOffsets, values: out }, in: { offsets: inOffsets, values: inn }, edgeCount };
}

/** Removes later repeats of an id within each list, packing the lists down in place; returns the new total. */
function dropRepeats(nodeCount: number, offsets: Int32Array, values: Int32Array, seenIn: Int32Array): number {
  let at = 0;
  for (let u = 0; u < nodeCount; u++) {
    const from = offsets[u];
    const to = offsets[u + 1];
    offsets[u] = at;
    for (let j = from; j < to; j++) {
      const x = values[j];
      if (seenIn[x] !== u) {
        seenIn[x] = u;
        values[at++] = x;
      }
    }
  }
  offsets[nodeCount] = at;
  return at;
}
