// The whole metric pass over one graph given as edge arrays: size, density, reciprocity, clustering, assortativity, rich clubs, PageRank, communities.
import type { Rng } from '../core/rng.js';
import { degreeAssortativity, numericAssortativity } from './assortativity.js';
import { clustering } from './clustering.js';
import type { Communities } from './communities.js';
import { density } from './density.js';
import { louvainCommunities } from './louvain.js';
import { louvainGraphology } from './louvainGraphology.js';
import { pagerank } from './pagerank.js';
import { reciprocity } from './reciprocity.js';
import { richClub, type RichClubPoint } from './richClub.js';
import { scoreRichClub, type ScoreRichClubOptions, type ScoreRichClubPoint } from './scoreRichClub.js';
import { listLengths, sortedAdjacency } from './sortedAdjacency.js';
import { topIndices } from './topIndices.js';

/** A graph as edge arrays `src[i] → dst[i]` over nodes 0 .. nodeCount − 1 (an `EdgeListGraph` plus a direction); repeats and self-loops are ignored. */
export interface EdgeGraph {
  nodeCount: number;
  src: ArrayLike<number>;
  dst: ArrayLike<number>;
  directed: boolean;
}

/** Options of `graphMetrics`. Defaults: `GRAPH_METRICS_DEFAULTS`. */
export interface GraphMetricsOptions {
  /** One score per node; adds `scoreAssortativity` and `scoreRichClub` (default none). */
  scores?: ArrayLike<number>;
  /** Louvain implementation: our typed-array one (default) or graphology's (slow to build beyond ~100k nodes); `none` skips communities. */
  louvain: 'typed-arrays' | 'graphology' | 'none';
  /** How many nodes `pagerankTop` lists (default 10). */
  pagerankTop: number;
  /** Thresholds and shuffles of the score rich club (default deciles, 20 shuffles). */
  scoreRichClub: Partial<ScoreRichClubOptions>;
}

/** Defaults of `graphMetrics`: typed-array Louvain, the PageRank top 10, decile score thresholds with 20 shuffles. */
export const GRAPH_METRICS_DEFAULTS: Readonly<GraphMetricsOptions> = Object.freeze({
  louvain: 'typed-arrays',
  pagerankTop: 10,
  scoreRichClub: {},
});

/** Everything `graphMetrics` measures. NaN marks an undefined value (e.g. assortativity without edges). */
export interface GraphMetrics {
  nodes: number;
  /** Distinct edges without self-loops (directed edges for a directed graph). */
  edges: number;
  directed: boolean;
  density: number;
  /** Share of directed edges reciprocated; null for an undirected graph. */
  reciprocity: number | null;
  averageClustering: number;
  transitivity: number;
  degreeAssortativity: number;
  /** Louvain partition (count 0 and modularity NaN with `louvain: 'none'`). */
  communities: Communities;
  richClub: RichClubPoint[];
  /** The `pagerankTop` highest PageRanks, highest first, ties to the lower node. */
  pagerankTop: { node: number; pagerank: number }[];
  pagerankIterations: number;
  pagerankConverged: boolean;
  scoreAssortativity?: number;
  scoreRichClub?: ScoreRichClubPoint[];
}

/**
 * Measures `graph`. Undirected measures (clustering, transitivity, assortativity, rich clubs, Louvain)
 * use the undirected simple view — u and v are neighbours if either edge exists — like networkx on
 * `nx.Graph(G)`; density, reciprocity and PageRank use the directed graph when `graph.directed`.
 * Randomness (Louvain's node order, the score rich club's shuffles) comes from `rng.fork("louvain")` and
 * `rng.fork("score-rich-club")`, so the same graph and seed give the same numbers.
 */
export function graphMetrics(graph: EdgeGraph, rng: Rng, options: Partial<GraphMetricsOptions> = {}): GraphMetrics {
  const settings = { ...GRAPH_METRICS_DEFAULTS, ...options };
  const { nodeCount: n, src, dst, directed } = graph;
  const undirected = sortedAdjacency(n, src, dst, 'both');
  let edges = undirected.offsets[n] / 2;
  let recip: number | null = null;
  let incoming = undirected;
  let outDegree = listLengths(undirected);
  if (directed) {
    const out = sortedAdjacency(n, src, dst, 'out');
    incoming = sortedAdjacency(n, src, dst, 'in');
    edges = out.offsets[n];
    recip = reciprocity(out, incoming);
    outDegree = listLengths(out);
  }
  const ranks = pagerank(incoming, outDegree);
  const top = topIndices(ranks.rank, settings.pagerankTop);
  const communities =
    settings.louvain === 'none'
      ? { community: new Int32Array(n), count: 0, modularity: NaN }
      : (settings.louvain === 'graphology' ? louvainGraphology : louvainCommunities)(undirected, rng.fork('louvain'));
  const metrics: GraphMetrics = {
    nodes: n,
    edges,
    directed,
    density: density(n, edges, directed),
    reciprocity: recip,
    ...clustering(undirected),
    degreeAssortativity: degreeAssortativity(undirected),
    communities,
    richClub: richClub(undirected),
    pagerankTop: Array.from(top, (node) => ({ node, pagerank: ranks.rank[node] })),
    pagerankIterations: ranks.iterations,
    pagerankConverged: ranks.converged,
  };
  if (settings.scores) {
    metrics.scoreAssortativity = numericAssortativity(undirected, settings.scores);
    metrics.scoreRichClub = scoreRichClub(undirected, settings.scores, rng.fork('score-rich-club'), settings.scoreRichClub);
  }
  return metrics;
}
