// Tests of graphMetrics (the whole pass) and metricsReport (its JSON and tables) on the networkx fixtures.
import { describe, expect, it } from 'vitest';
import { graphMetrics } from '../../../sim/analysis/graphMetrics.js';
import { formatMetric, metricsJson, metricsTables } from '../../../sim/analysis/metricsReport.js';
import { Rng } from '../../../sim/core/rng.js';
import { loadFixture } from './networkxFixtures.js';

describe('graphMetrics', () => {
  const { edges, reference: ref, scores } = loadFixture('clustered');
  const metrics = graphMetrics({ ...edges, directed: true }, Rng.fromSeed(1), { scores });

  it('measures a directed graph with scores like networkx, every field filled', () => {
    expect(metrics).toMatchObject({ nodes: ref.nodes, edges: ref.edges, directed: true });
    expect(metrics.density).toBeCloseTo(ref.density, 12);
    expect(metrics.reciprocity).toBeCloseTo(ref.reciprocity!, 12);
    expect(metrics.averageClustering).toBeCloseTo(ref.averageClustering, 12);
    expect(metrics.transitivity).toBeCloseTo(ref.transitivity, 12);
    expect(metrics.degreeAssortativity).toBeCloseTo(ref.degreeAssortativity, 12);
    expect(metrics.scoreAssortativity).toBeCloseTo(ref.scoreAssortativity!, 12);
    expect(metrics.richClub.length).toBe(ref.richClub.length);
    expect(metrics.communities.modularity).toBeGreaterThan(ref.louvainModularity - 0.01);
    expect(metrics.pagerankConverged).toBe(true);
    expect(metrics.scoreRichClub!.length).toBe(9);
  });

  it('lists the PageRank top 10 highest first, matching networkx', () => {
    const expected = Object.entries(ref.pagerank).sort((a, b) => b[1] - a[1]).slice(0, 10);
    expect(metrics.pagerankTop.map((p) => edges.ids[p.node])).toEqual(expected.map(([id]) => id));
    metrics.pagerankTop.forEach((p, k) => expect(Math.abs(p.pagerank - expected[k][1])).toBeLessThan(1e-6));
  });

  it('gives the same numbers for the same seed and other communities or shuffles for another', () => {
    expect(graphMetrics({ ...edges, directed: true }, Rng.fromSeed(1), { scores })).toEqual(metrics);
    const other = graphMetrics({ ...edges, directed: true }, Rng.fromSeed(2), { scores });
    expect(other.scoreRichClub).not.toEqual(metrics.scoreRichClub);
    expect(other.averageClustering).toBe(metrics.averageClustering);
  });

  it('reads the same edges as undirected: no reciprocity, undirected edge count and PageRank', () => {
    const karate = loadFixture('karate');
    const m = graphMetrics({ ...karate.edges, directed: false }, Rng.fromSeed(1), { louvain: 'none' });
    expect(m).toMatchObject({ nodes: 34, edges: 78, directed: false, reciprocity: null });
    expect('scoreAssortativity' in m).toBe(false);
    expect(m.communities.count).toBe(0);
    expect(m.pagerankTop[0]).toMatchObject({ node: karate.edges.ids.indexOf('33') });
    expect(Math.abs(m.pagerankTop[0].pagerank - karate.reference.pagerank['33'])).toBeLessThan(1e-6);
  });
});

describe('metricsJson and metricsTables', () => {
  const karate = loadFixture('karate');
  const metrics = graphMetrics({ ...karate.edges, directed: false }, Rng.fromSeed(1));

  it('names nodes by their ids, turns NaN into null and leaves out the score fields without scores', () => {
    const json = metricsJson({ ...metrics, degreeAssortativity: NaN }, karate.edges.ids);
    expect(Object.keys(json)).toEqual([
      'nodes', 'edges', 'directed', 'density', 'reciprocity', 'averageClustering', 'transitivity',
      'degreeAssortativity', 'communities', 'modularity', 'richClub', 'pagerankTop',
    ]);
    expect(json.degreeAssortativity).toBeNull();
    expect(json.pagerankTop[0].id).toBe('33');
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('makes a summary, a PageRank table and a rich-club table at degrees 0, 1, 2, 4, 8, … and the last', () => {
    const [summary, top, club] = metricsTables(metrics, karate.edges.ids, 'karate.csv');
    expect(summary.title).toBe('karate.csv: graph metrics');
    expect(summary.rows).toContainEqual(['nodes', '34']);
    expect(summary.rows.map((r) => r[0])).not.toContain('reciprocity');
    expect(top.rows[0]).toEqual(['1', '33', formatMetric(metrics.pagerankTop[0].pagerank)]);
    expect(club.rows.map((r) => r[0])).toEqual(['0', '1', '2', '4', '8', '15']);
  });

  it('formatMetric keeps 6 significant digits and writes n/a for undefined values', () => {
    expect(formatMetric(0.13903743315508021)).toBe('0.139037');
    expect(formatMetric(78)).toBe('78');
    expect(formatMetric(NaN)).toBe('n/a');
    expect(formatMetric(null)).toBe('n/a');
  });
});
