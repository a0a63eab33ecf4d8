// Reciprocity of a directed simple graph: the share of edges whose reverse edge exists too.
import type { Adjacency } from './sortedAdjacency.js';

/**
 * The share of directed edges u → v whose reverse v → u also exists (networkx `overall_reciprocity`),
 * from the sorted out-lists and in-lists of the same graph: |out(u) ∩ in(u)| summed over u by merging.
 * 0 without edges.
 */
export function reciprocity(out: Adjacency, incoming: Adjacency): number {
  const n = out.nodeCount;
  const edges = out.offsets[n];
  if (edges === 0) return 0;
  let mutual = 0;
  for (let u = 0; u < n; u++) {
    let i = out.offsets[u];
    let j = incoming.offsets[u];
    const iEnd = out.offsets[u + 1];
    const jEnd = incoming.offsets[u + 1];
    while (i < iEnd && j < jEnd) {
      const a = out.targets[i];
      const b = incoming.targets[j];
      if (a === b) {
        mutual++;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
  }
  return mutual / edges;
}
