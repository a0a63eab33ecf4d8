// The rich-club coefficient by degree: the density among the nodes of degree above k, for every k (networkx, unnormalised).
import type { Adjacency } from './sortedAdjacency.js';

/** The rich-club coefficient at one degree. */
export interface RichClubPoint {
  /** The club is every node of degree strictly above this. */
  degree: number;
  /** 2·E / (N·(N − 1)) for the N club members and the E edges among them. */
  coefficient: number;
}

/**
 * The unnormalised rich-club coefficient of the undirected simple graph `graph` (symmetric lists) for
 * k = 0, 1, … while more than one node has degree above k — exactly the keys and values of networkx's
 * `rich_club_coefficient(G, normalized=False)`. An edge is in the club above k when both ends have
 * degree above k, i.e. when its smaller end degree is: one histogram of nodes by degree and one of
 * edges by smaller end degree, then suffix sums. O(nodes + edges).
 */
export function richClub(graph: Adjacency): RichClubPoint[] {
  const { nodeCount: n, offsets, targets } = graph;
  let maxDegree = 0;
  for (let u = 0; u < n; u++) maxDegree = Math.max(maxDegree, offsets[u + 1] - offsets[u]);
  const nodesOfDegree = new Float64Array(maxDegree + 2);
  const edgesOfMinDegree = new Float64Array(maxDegree + 2);
  for (let u = 0; u < n; u++) {
    const du = offsets[u + 1] - offsets[u];
    nodesOfDegree[du]++;
    for (let j = offsets[u], to = offsets[u + 1]; j < to; j++) {
      const v = targets[j];
      if (v > u) edgesOfMinDegree[Math.min(du, offsets[v + 1] - offsets[v])]++;
    }
  }
  if (offsets[n] === 0) return [];
  const points: RichClubPoint[] = [];
  let nodesAbove = n;
  let edgesAbove = offsets[n] / 2;
  for (let k = 0; k <= maxDegree; k++) {
    nodesAbove -= nodesOfDegree[k];
    edgesAbove -= edgesOfMinDegree[k];
    if (nodesAbove <= 1) break;
    points.push({ degree: k, coefficient: (2 * edgesAbove) / (nodesAbove * (nodesAbove - 1)) });
  }
  return points;
}
