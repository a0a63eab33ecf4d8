// Tests of the graph kernels against networkx 3.6.1 on Zachary's karate club, Les Misérables and a clustered directed graph.
// The fixtures and reference values were made by tests/fixtures/graphs/make_fixtures.py (see its docstring):
// exact quantities must agree within 1e-9, PageRank within 1e-9 of networkx's iteration stopped at the same
// point and within 1e-6 per node of the exact fixed point.
import { describe, expect, it } from 'vitest';
import { degreeAssortativity, numericAssortativity } from '../../../sim/analysis/assortativity.js';
import { clustering } from '../../../sim/analysis/clustering.js';
import { density } from '../../../sim/analysis/density.js';
import { modularity } from '../../../sim/analysis/modularity.js';
import { pagerank } from '../../../sim/analysis/pagerank.js';
import { reciprocity } from '../../../sim/analysis/reciprocity.js';
import { richClub } from '../../../sim/analysis/richClub.js';
import { scoreRichClub } from '../../../sim/analysis/scoreRichClub.js';
import { listLengths, sortedAdjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { Rng } from '../../../sim/core/rng.js';
import { FIXTURE_NAMES, loadFixture } from './networkxFixtures.js';

const EXACT = 1e-9;
const PAGERANK = 1e-6;

describe.each(FIXTURE_NAMES.map((name) => [name]))('graph kernels against networkx: %s', (name) => {
  const { edges, reference: ref, scores } = loadFixture(name);
  const n = edges.nodeCount;
  const undirected = sortedAdjacency(n, edges.src, edges.dst, 'both');
  const out = sortedAdjacency(n, edges.src, edges.dst, 'out');
  const incoming = sortedAdjacency(n, edges.src, edges.dst, 'in');
  const edgeCount = ref.directed ? out.offsets[n] : undirected.offsets[n] / 2;

  it('counts nodes and edges and gives networkx density and reciprocity', () => {
    expect(n).toBe(ref.nodes);
    expect(edgeCount).toBe(ref.edges);
    expect(density(n, edgeCount, ref.directed)).toBeCloseTo(ref.density, 12);
    if (ref.reciprocity !== null) expect(Math.abs(reciprocity(out, incoming) - ref.reciprocity)).toBeLessThan(EXACT);
  });

  it('gives networkx average_clustering and transitivity on the undirected view', () => {
    const c = clustering(undirected);
    expect(Math.abs(c.averageClustering - ref.averageClustering)).toBeLessThan(EXACT);
    expect(Math.abs(c.transitivity - ref.transitivity)).toBeLessThan(EXACT);
  });

  it('gives networkx degree_assortativity_coefficient and numeric_assortativity_coefficient', () => {
    expect(Math.abs(degreeAssortativity(undirected) - ref.degreeAssortativity)).toBeLessThan(EXACT);
    if (scores) expect(Math.abs(numericAssortativity(undirected, scores) - ref.scoreAssortativity!)).toBeLessThan(EXACT);
  });

  it('gives networkx rich_club_coefficient(normalized=False) at every degree', () => {
    const points = richClub(undirected);
    expect(points.map((p) => p.degree)).toEqual(ref.richClub.map((p) => p.degree));
    points.forEach((p, k) => expect(Math.abs(p.coefficient - ref.richClub[k].coefficient), `k = ${p.degree}`).toBeLessThan(EXACT));
  });

  it('gives networkx pagerank (d 0.85, stopped at a total change of 1e-6) within 1e-9, and the fixed point within 1e-6', () => {
    const result = ref.directed ? pagerank(incoming, listLengths(out)) : pagerank(undirected, listLengths(undirected));
    expect(result.converged).toBe(true);
    let sameStop = 0;
    let fixedPoint = 0;
    edges.ids.forEach((id, k) => {
      sameStop = Math.max(sameStop, Math.abs(result.rank[k] - ref.pagerank[id]));
      fixedPoint = Math.max(fixedPoint, Math.abs(result.rank[k] - ref.pagerankExact[id]));
    });
    expect(sameStop).toBeLessThan(EXACT);
    expect(fixedPoint).toBeLessThan(PAGERANK);
    expect(result.rank.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('gives networkx modularity for networkx\'s own Louvain partition', () => {
    const community = Int32Array.from(edges.ids, (id) => ref.louvainPartition[id]);
    expect(Math.abs(modularity(undirected, community) - ref.louvainModularity)).toBeLessThan(EXACT);
  });

  it.runIf(scores !== undefined)('gives the density among nodes scored above each decile, as networkx subgraph density', () => {
    const points = scoreRichClub(undirected, scores!, Rng.fromSeed(1), { shuffles: 0 });
    expect(points.length).toBe(ref.scoreRichClub!.length);
    points.forEach((p, t) => {
      expect(Math.abs(p.threshold - ref.scoreRichClub![t].threshold)).toBeLessThan(EXACT);
      expect(Math.abs(p.coefficient - ref.scoreRichClub![t].coefficient!)).toBeLessThan(EXACT);
    });
  });
});
