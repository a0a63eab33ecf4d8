// Test helper: the graph fixtures of tests/fixtures/graphs (made by make_fixtures.py there) with their networkx reference values.
import { readFileSync } from 'node:fs';
import { parseScores } from '../../../sim/analysis/scoresCsv.js';
import { type EdgeListGraph, parseEdgeList } from '../../../sim/network/edgeList.js';

/** The reference values make_fixtures.py writes for one graph (networkx 3.6.1). */
export interface NetworkxReference {
  directed: boolean;
  nodes: number;
  edges: number;
  density: number;
  reciprocity: number | null;
  averageClustering: number;
  transitivity: number;
  degreeAssortativity: number;
  richClub: { degree: number; coefficient: number }[];
  /** nx.pagerank(G, tol=1e-6 / N): stopped, like ours, when an iteration changes the ranks by less than 1e-6 in total. */
  pagerank: Record<string, number>;
  /** nx.pagerank(G, tol=1e-15): the fixed point. */
  pagerankExact: Record<string, number>;
  louvainSeed: number;
  louvainCommunities: number;
  louvainModularity: number;
  louvainPartition: Record<string, number>;
  scoreAssortativity?: number;
  scoreRichClub?: { threshold: number; coefficient: number | null }[];
}

/** One fixture: its edge list as scorechase reads it, the reference, and the scores when it has them. */
export interface GraphFixture {
  name: string;
  edgeFile: string;
  edges: EdgeListGraph;
  reference: NetworkxReference;
  scores?: Float64Array;
}

/** Folder of the graph fixtures. */
export const FIXTURE_DIR = 'tests/fixtures/graphs';

/** Names of the fixtures: Zachary's karate club, Les Misérables, a clustered directed graph of 3,005 nodes. */
export const FIXTURE_NAMES = ['karate', 'lesmis', 'clustered'] as const;

/** Reads fixture `name` (and `name_scores.csv` when the reference has score values). */
export function loadFixture(name: string): GraphFixture {
  const edgeFile = `${FIXTURE_DIR}/${name}.csv`;
  const edges = parseEdgeList(readFileSync(edgeFile, 'utf8'), edgeFile);
  const reference: NetworkxReference = JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}.json`, 'utf8'));
  const fixture: GraphFixture = { name, edgeFile, edges, reference };
  if (reference.scoreAssortativity !== undefined) {
    const scoreFile = `${FIXTURE_DIR}/${name}_scores.csv`;
    fixture.scores = parseScores(readFileSync(scoreFile, 'utf8'), scoreFile, edges.ids);
  }
  return fixture;
}
