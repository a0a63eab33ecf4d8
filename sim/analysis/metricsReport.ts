// Graph metrics as the command line shows them: a JSON-safe object with ids, and small tables for the terminal.
import type { GraphMetrics } from './graphMetrics.js';

/** `graphMetrics` as JSON-safe data: node ids instead of indices, null for every undefined (NaN) value. */
export interface MetricsJson {
  nodes: number;
  edges: number;
  directed: boolean;
  density: number | null;
  reciprocity: number | null;
  averageClustering: number | null;
  transitivity: number | null;
  degreeAssortativity: number | null;
  communities: number;
  modularity: number | null;
  richClub: { degree: number; coefficient: number | null }[];
  pagerankTop: { id: string; pagerank: number | null }[];
  scoreAssortativity?: number | null;
  scoreRichClub?: { threshold: number; coefficient: number | null; normalised: number | null }[];
}

/** A titled table of text cells (the shape the command line's `formatTable` prints). */
export interface MetricsTable {
  title: string;
  columns: string[];
  rows: string[][];
}

/** A number, or null when it is NaN or infinite (JSON has neither). */
const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** `metrics` with node k named `ids[k]` (an edge list's ids), ready for `JSON.stringify`. */
export function metricsJson(metrics: GraphMetrics, ids: readonly string[]): MetricsJson {
  const json: MetricsJson = {
    nodes: metrics.nodes,
    edges: metrics.edges,
    directed: metrics.directed,
    density: finite(metrics.density),
    reciprocity: finite(metrics.reciprocity),
    averageClustering: finite(metrics.averageClustering),
    transitivity: finite(metrics.transitivity),
    degreeAssortativity: finite(metrics.degreeAssortativity),
    communities: metrics.communities.count,
    modularity: finite(metrics.communities.modularity),
    richClub: metrics.richClub.map(({ degree, coefficient }) => ({ degree, coefficient: finite(coefficient) })),
    pagerankTop: metrics.pagerankTop.map(({ node, pagerank }) => ({ id: ids[node], pagerank: finite(pagerank) })),
  };
  if (metrics.scoreAssortativity !== undefined) json.scoreAssortativity = finite(metrics.scoreAssortativity);
  if (metrics.scoreRichClub) {
    json.scoreRichClub = metrics.scoreRichClub.map(({ threshold, coefficient, normalised }) => ({
      threshold,
      coefficient: finite(coefficient),
      normalised: finite(normalised),
    }));
  }
  return json;
}

/** A number with at most 6 significant digits (`0.139037`, `78`, `1.2e-7`), or `n/a` when undefined. */
export function formatMetric(x: number | null): string {
  if (x === null || !Number.isFinite(x)) return 'n/a';
  return String(Number(x.toPrecision(6)));
}

/** Degrees 0, 1, 2, 4, 8, … and the last, for a short rich-club table. */
function doublingDegrees(points: GraphMetrics['richClub']): GraphMetrics['richClub'] {
  return points.filter((p, i) => p.degree === 0 || (p.degree & (p.degree - 1)) === 0 || i === points.length - 1);
}

/**
 * Tables for the terminal: the summary, the PageRank top, the rich club at degrees 0, 1, 2, 4, 8, … (the
 * JSON has every degree) and, with scores, the score rich club.
 */
export function metricsTables(metrics: GraphMetrics, ids: readonly string[], graphName: string): MetricsTable[] {
  const json = metricsJson(metrics, ids);
  const summary: [string, string][] = [
    ['nodes', String(json.nodes)],
    ['edges', String(json.edges)],
    ['directed', json.directed ? 'yes' : 'no'],
    ['density', formatMetric(json.density)],
    ...(json.directed ? [['reciprocity', formatMetric(json.reciprocity)] as [string, string]] : []),
    ['average clustering', formatMetric(json.averageClustering)],
    ['transitivity', formatMetric(json.transitivity)],
    ['degree assortativity', formatMetric(json.degreeAssortativity)],
    ['communities (Louvain)', String(json.communities)],
    ['modularity', formatMetric(json.modularity)],
    ...(json.scoreAssortativity !== undefined ? [['score assortativity', formatMetric(json.scoreAssortativity)] as [string, string]] : []),
  ];
  const tables: MetricsTable[] = [
    { title: `${graphName}: graph metrics`, columns: ['metric', 'value'], rows: summary },
    {
      title: `PageRank top ${json.pagerankTop.length} (d = 0.85)`,
      columns: ['rank', 'id', 'pagerank'],
      rows: json.pagerankTop.map((p, i) => [String(i + 1), p.id, formatMetric(p.pagerank)]),
    },
    {
      title: 'rich club by degree (density among nodes of degree > k; --json lists every k)',
      columns: ['k', 'coefficient'],
      rows: doublingDegrees(metrics.richClub).map((p) => [String(p.degree), formatMetric(p.coefficient)]),
    },
  ];
  if (json.scoreRichClub) {
    tables.push({
      title: 'score rich club (density among nodes scored above the threshold; normalised by shuffled scores)',
      columns: ['threshold', 'coefficient', 'normalised'],
      rows: json.scoreRichClub.map((p) => [formatMetric(p.threshold), formatMetric(p.coefficient), formatMetric(p.normalised)]),
    });
  }
  return tables;
}
