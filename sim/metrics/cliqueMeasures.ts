// The shape of an interaction graph: communities, modularity, score assortativity and rich club, clustering, reciprocity, chasers' E-I index.
import { degreeAssortativity, numericAssortativity } from '../analysis/assortativity.js';
import { clustering } from '../analysis/clustering.js';
import type { Communities } from '../analysis/communities.js';
import { louvainCommunities } from '../analysis/louvain.js';
import { SCORE_RICH_CLUB_DEFAULTS, scoreRichClub } from '../analysis/scoreRichClub.js';
import type { Adjacency } from '../analysis/sortedAdjacency.js';
import type { Rng } from '../core/rng.js';
import { interactionReciprocity, type InteractionGraph } from './interactionGraph.js';
import { quantileSorted } from './quantiles.js';

/** The score rich club at one quantile of the nodes' scores. */
export interface RichClubAtQuantile {
  quantile: number;
  threshold: number;
  coefficient: number;
  normalised: number;
}

/** Everything `cliqueMeasures` finds. NaN marks an undefined value (no edges, no chaser ties, a constant score). */
export interface CliqueMeasures {
  nodes: number;
  edges: number;
  communities: Communities;
  scoreAssortativity: number;
  /** At each decile of the nodes' displayed scores (scoreRichClub with its default 20 shuffles). */
  scoreRichClub: RichClubAtQuantile[];
  degreeAssortativity: number;
  averageClustering: number;
  transitivity: number;
  reciprocity: number;
  chaserEI: number;
}

/**
 * Krackhardt's E-I index of a group in an undirected simple graph: (external − internal) / (external +
 * internal) over the edges with at least one member end — internal when both ends are members. −1: the
 * group only talks to itself; +1: only to others. NaN when no member has an edge.
 */
export function eiIndex(graph: Adjacency, member: ArrayLike<number>): number {
  const { nodeCount: n, offsets, targets } = graph;
  let internal = 0;
  let external = 0;
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]; j < offsets[u + 1]; j++) {
      const v = targets[j];
      if (v <= u) continue;
      if (member[u] && member[v]) internal++;
      else if (member[u] || member[v]) external++;
    }
  }
  return internal + external === 0 ? NaN : (external - internal) / (external + internal);
}

/**
 * Measures the interaction graph `graph` with each node's displayed `score` and chaser flag: Louvain
 * communities (`louvainCommunities`, from `rng.fork('louvain')`) and their modularity, score and degree
 * assortativity, the score rich club normalised against shuffled scores (`scoreRichClub`, from
 * `rng.fork('score-rich-club')`), average clustering and transitivity on the undirected view, reciprocity
 * of the directed graph (`interactionReciprocity`), and the E-I index of chasers against everyone else.
 */
export function cliqueMeasures(graph: InteractionGraph, score: Float64Array, chaser: Uint8Array, rng: Rng): CliqueMeasures {
  const g = graph.undirected;
  const n = g.nodeCount;
  const quantiles = SCORE_RICH_CLUB_DEFAULTS.quantiles;
  const points = scoreRichClub(g, score, rng.fork('score-rich-club'));
  const sorted = score.slice().sort();
  const richClub = quantiles.map((quantile) => {
    const threshold = quantileSorted(sorted, quantile);
    const point = points.find((p) => p.threshold === threshold);
    return { quantile, threshold, coefficient: point?.coefficient ?? NaN, normalised: point?.normalised ?? NaN };
  });
  return {
    nodes: n,
    edges: g.offsets[n] / 2,
    communities: louvainCommunities(g, rng.fork('louvain')),
    scoreAssortativity: numericAssortativity(g, score),
    scoreRichClub: richClub,
    degreeAssortativity: degreeAssortativity(g),
    ...clustering(g),
    reciprocity: interactionReciprocity(graph),
    chaserEI: eiIndex(g, chaser),
  };
}
