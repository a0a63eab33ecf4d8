// A partition of the nodes into communities, and renumbering one so equal partitions read the same.

/** A partition into communities. */
export interface Communities {
  /** Community of each node, numbered 0 .. count − 1 in order of each community's lowest node id. */
  community: Int32Array;
  count: number;
  /** Modularity of the partition (`modularity`, equal to networkx's `community.modularity`). */
  modularity: number;
}

/**
 * Community labels renumbered 0, 1, … in order of first appearance by node id, so two labellings of
 * the same partition come out identical. `raw` holds non-negative integer labels.
 */
export function renumberCommunities(raw: ArrayLike<number>): { community: Int32Array; count: number } {
  let maxLabel = -1;
  for (let u = 0; u < raw.length; u++) maxLabel = Math.max(maxLabel, raw[u]);
  const index = new Int32Array(maxLabel + 1).fill(-1);
  const community = new Int32Array(raw.length);
  let count = 0;
  for (let u = 0; u < raw.length; u++) {
    let c = index[raw[u]];
    if (c < 0) c = index[raw[u]] = count++;
    community[u] = c;
  }
  return { community, count };
}
