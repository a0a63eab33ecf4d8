// Louvain communities by graphology-communities-louvain, seeded through our Rng, returned as typed arrays.
import { UndirectedGraph } from 'graphology';
import louvainExports from 'graphology-communities-louvain';
import type { Rng } from '../core/rng.js';
import { type Communities, renumberCommunities } from './communities.js';
import { modularity } from './modularity.js';
import type { Adjacency } from './sortedAdjacency.js';

/**
 * The package is CommonJS and its `.d.ts` says `export default`, which NodeNext types as
 * `module.exports.default`; at run time Node (and Vite) hand over `module.exports`, the function itself.
 */
const louvain = louvainExports as unknown as typeof louvainExports.default;

/**
 * Louvain communities (resolution 1, unweighted) of the undirected simple graph `graph` (symmetric lists)
 * by graphology's implementation, with its random node order drawn from `rng` instead of Math.random, so
 * the same graph and seed give the same partition. Builds a graphology graph (node keys "0" … "n−1",
 * edges by ascending ids), which is the slow part: about 8 s of the 10 s this takes at 100k nodes and
 * 1M edges, against 1.4 s for `louvainCommunities`; at a million nodes the graph object alone takes a
 * minute and gigabytes (/work/shared/ANCHORS.md). Kept to cross-check our Louvain and for callers who
 * want the library's.
 */
export function louvainGraphology(graph: Adjacency, rng: Rng): Communities {
  const { nodeCount: n, offsets, targets } = graph;
  const g = new UndirectedGraph();
  for (let u = 0; u < n; u++) g.addNode(String(u));
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]; j < offsets[u + 1]; j++) if (targets[j] > u) g.addEdge(String(u), String(targets[j]));
  }
  const mapping = louvain(g, { rng: () => rng.next(), getEdgeWeight: null });
  const raw = new Int32Array(n);
  for (let u = 0; u < n; u++) raw[u] = mapping[String(u)];
  const { community, count } = renumberCommunities(raw);
  return { community, count, modularity: modularity(graph, community) };
}
