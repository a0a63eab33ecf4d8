// Tests of pagerank: raw PageRank against networkx on a small fixed graph, warm starts, and the 1–100 score.
import { describe, expect, it } from 'vitest';
import { FollowGraph } from '../../../sim/network/followGraph.js';
import { pageRank, pageRankParams, pageRankScore } from '../../../sim/scoring/pagerank.js';
import { FixtureContext } from './fixtureContext.js';

/** Follows u → v; node 7 follows nobody (dangling), nodes 3 and 6 have no followers. */
const FOLLOWS = [[0, 1], [0, 2], [1, 2], [2, 0], [3, 2], [4, 2], [4, 5], [5, 4], [6, 2], [6, 0], [1, 7], [5, 7]] as const;

/**
 * Produced with networkx 3.6.1:
 *   import networkx as nx
 *   G = nx.DiGraph(); G.add_nodes_from(range(8))
 *   G.add_edges_from([(0,1),(0,2),(1,2),(2,0),(3,2),(4,2),(4,5),(5,4),(6,2),(6,0),(1,7),(5,7)])
 *   pr = nx.pagerank(G, alpha=0.85, tol=1e-12, max_iter=1000)
 *   print([round(pr[i], 10) for i in range(8)])
 */
const NETWORKX = [0.2809449021, 0.1507519872, 0.2779653842, 0.0313504038, 0.0545224414, 0.0545224414, 0.0313504038, 0.118592036];

const graph = () => FollowGraph.fromEdges(8, Int32Array.from(FOLLOWS, (e) => e[0]), Int32Array.from(FOLLOWS, (e) => e[1]));
const defaults = pageRankParams.parse({});

describe('pageRank', () => {
  it('matches networkx on a small graph with a dangling node', () => {
    const rank = pageRank(graph(), defaults);
    for (let v = 0; v < 8; v++) expect(rank[v]).toBeCloseTo(NETWORKX[v], 6);
    expect(rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('reaches the same ranks from a warm start, padding new nodes', () => {
    const warm = pageRank(graph(), defaults, Float64Array.from(NETWORKX.slice(0, 6)));
    for (let v = 0; v < 8; v++) expect(warm[v]).toBeCloseTo(NETWORKX[v], 6);
  });

  it('stops after maxIterations sweeps', () => {
    const oneSweep = pageRank(graph(), { ...defaults, maxIterations: 1 });
    // one sweep from uniform ranks: no followers, so only the jump and dangling node 7's share of 1/8
    expect(oneSweep[3]).toBeCloseTo((0.15 + 0.85 / 8) / 8, 12);
    expect(oneSweep[2]).not.toBeCloseTo(NETWORKX[2], 3);
  });
});

describe('pageRankScore.compute', () => {
  it('ranks the most followed-by-followed account first and keeps its ranks as tomorrow\'s warm start', () => {
    const context = new FixtureContext({ agents: 8, follows: FOLLOWS, inactive: [6] });
    const state = pageRankScore.createState!(defaults, 8);
    const out = new Float32Array(8);
    pageRankScore.compute(context, defaults, state, out);
    expect(Math.max(...out)).toBe(out[0]);
    expect(out[6]).toBe(0);
    expect(state.rank[0]).toBeCloseTo(NETWORKX[0], 6);
  });
});
