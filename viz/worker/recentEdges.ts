// Picks the follow edges the network view draws: each agent's most recent follows, capped in total.
import type { FollowGraph } from '../../sim/network/followGraph.js';

/** Most edges drawn: enough to show structure at 10k agents and still draw at 60 frames a second. */
export const MAX_DRAWN_EDGES = 20_000;

/**
 * Up to `perNode` most recent follows of each agent (out-lists keep follow order, so the last entries are
 * the newest), `perNode = clamp(floor(maxEdges / n), 1, 3)`. With more agents than `maxEdges`, only
 * every `ceil(n / maxEdges)`-th agent contributes. Deterministic; ids in increasing order.
 */
export function recentEdges(graph: FollowGraph, n: number, maxEdges = MAX_DRAWN_EDGES): { src: Int32Array; dst: Int32Array } {
  const perNode = Math.max(1, Math.min(3, Math.floor(maxEdges / Math.max(1, n))));
  const stride = Math.max(1, Math.ceil(n / maxEdges));
  const src = new Int32Array(Math.min(maxEdges, n * perNode));
  const dst = new Int32Array(src.length);
  const { outStart, outLen, outPool } = graph;
  let m = 0;
  for (let u = 0; u < n && m < src.length; u += stride) {
    const end = outStart[u] + outLen[u];
    for (let i = Math.max(outStart[u], end - perNode); i < end && m < src.length; i++) {
      src[m] = u;
      dst[m] = outPool[i];
      m++;
    }
  }
  return { src: src.slice(0, m), dst: dst.slice(0, m) };
}
