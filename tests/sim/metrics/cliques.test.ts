// Tests of the cliques reporter: the window's interaction graph, persistent community identities, the E-I index, rows of a run.
import { describe, expect, it } from 'vitest';
import { clustering } from '../../../sim/analysis/clustering.js';
import { modularity } from '../../../sim/analysis/modularity.js';
import { reciprocity } from '../../../sim/analysis/reciprocity.js';
import { sortedAdjacency } from '../../../sim/analysis/sortedAdjacency.js';
import { eiIndex } from '../../../sim/metrics/cliqueMeasures.js';
import { matchCommunities } from '../../../sim/metrics/communityIdentity.js';
import { interactionGraph, interactionReciprocity } from '../../../sim/metrics/interactionGraph.js';
import type { DayLog } from '../../../sim/scoring/activityLog.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

/** A day log of the given reactions `[actor, target]`. */
function dayOf(tick: number, reactions: [number, number][]): DayLog {
  return {
    tick,
    postAuthors: new Int32Array(0),
    reactionActors: Int32Array.from(reactions, (r) => r[0]),
    reactionTargets: Int32Array.from(reactions, (r) => r[1]),
    reactionKinds: new Uint8Array(reactions.length),
  };
}

describe('interactionGraph', () => {
  it('keeps the agents who interacted, in id order, with the undirected view and the directed lists', () => {
    const g = interactionGraph([dayOf(1, [[5, 2], [2, 5], [7, 2]]), dayOf(2, [[7, 2], [3, 3]])], 10);
    expect(Array.from(g.agent)).toEqual([2, 5, 7]);
    expect(Array.from(g.undirected.offsets)).toEqual([0, 2, 3, 4]);
    expect(Array.from(g.undirected.targets)).toEqual([1, 2, 0, 0]);
    expect(g.directedEdges).toBe(3);
  });

  it('gives the directed graph\'s reciprocity from its edge count and undirected view, as `reciprocity` does', () => {
    const days = [dayOf(1, [[0, 1], [1, 0], [2, 1], [3, 2], [2, 3], [4, 4], [0, 1]])];
    const g = interactionGraph(days, 5);
    const [src, dst] = [[0, 1, 2, 3, 2], [1, 0, 1, 2, 3]];
    expect(interactionReciprocity(g)).toBe(reciprocity(sortedAdjacency(4, src, dst, 'out'), sortedAdjacency(4, src, dst, 'in')));
    expect(interactionReciprocity(g)).toBe(0.8);
    expect(interactionReciprocity(interactionGraph([], 3))).toBe(0);
  });
});

describe('matchCommunities', () => {
  it('gives every community of the first snapshot a fresh identity in order: all births', () => {
    const step = matchCommunities(new Int32Array(0), Int32Array.of(1, 0, 0, -1, 1, 0), 2, 0);
    expect(Array.from(step.label)).toEqual([1, 0, 0, -1, 1, 0]);
    expect([step.births, step.deaths, step.merges, step.splits, step.nextId]).toEqual([2, 0, 0, 0, 2]);
  });

  it('continues, splits, merges, kills and gives birth by largest overlap, ties to the lower id', () => {
    // Before: A = 5 {0–3}, B = 6 {4–9}, C = 7 {10, 11}, D = 8 {12–14}; agents 15–17 are new.
    const previous = Int32Array.of(5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 8, 8, 8);
    // Now: c0 {0–3, 10}, c1 {4–6}, c2 {7–9, 11}, c3 {15–17}; D's agents are in no tracked community.
    const raw = Int32Array.of(0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 0, 2, -1, -1, -1, 3, 3, 3);
    const step = matchCommunities(previous, raw, 4, 9);
    expect(Array.from(step.identity)).toEqual([5, 6, 9, 10]); // c1 and c2 tie for B: c1 keeps it
    expect([step.births, step.deaths, step.merges, step.splits, step.nextId]).toEqual([1, 1, 1, 1, 11]);
    expect(step.events).toEqual([
      { kind: 'split', from: [6], into: [6, 9] },
      { kind: 'merge', from: [5, 7], into: [5] }, // C ties between c0 and c2: the lower index absorbs it
    ]);
    expect([step.born, step.died]).toEqual([[10], [8]]);
    expect(Array.from(step.label)).toEqual([5, 5, 5, 5, 6, 6, 6, 9, 9, 9, 5, 9, -1, -1, -1, 10, 10, 10]);
  });

  it('matches a community to the lower old identity when two overlap it equally', () => {
    const step = matchCommunities(Int32Array.of(4, 4, 2, 2), Int32Array.of(0, 0, 0, 0), 1, 5);
    expect(Array.from(step.identity)).toEqual([2]);
    expect(step.events).toEqual([{ kind: 'merge', from: [2, 4], into: [2] }]);
  });
});

describe('eiIndex', () => {
  it('is (external − internal) / (external + internal) over the members\' ties', () => {
    const g = sortedAdjacency(5, [0, 0, 1, 2], [1, 2, 2, 3], 'both');
    expect(eiIndex(g, [1, 1, 0, 0, 0])).toBeCloseTo(1 / 3, 15);
    expect(eiIndex(g, [1, 1, 1, 0, 0])).toBe(-0.5);
    expect(eiIndex(g, [0, 0, 0, 0, 1])).toBeNaN();
  });
});

describe('cliquesReporter', () => {
  const scenario = analysisScenario({ metrics: 'reporters: [cliques]' });
  const sim = runAnalysis(scenario);
  const rows = sim.recorder.rows;

  it('measures every cliqueInterval ticks and on the last tick, every measure once', () => {
    expect(rowsOf(rows, 'clique.modularity').map((r) => r.tick)).toEqual([10, 20, 30, 40, 45]);
    expect(rowsOf(rows, 'clique.score-rich-club').filter((r) => r.tick === 45).map((r) => r.group)).toEqual(
      ['q10', 'q20', 'q30', 'q40', 'q50', 'q60', 'q70', 'q80', 'q90'],
    );
    const first = rowsOf(rows, 'clique.births')[0].value;
    expect(first).toBe(rowsOf(rows, 'clique.communities')[0].value);
    expect(first).toBeGreaterThan(1);
    for (const metric of ['clique.modularity', 'clique.average-clustering', 'clique.transitivity', 'clique.reciprocity']) {
      for (const r of rowsOf(rows, metric)) expect(r.value, metric).toBeGreaterThan(0);
    }
  });

  it('agrees with the analysis kernels on the window\'s graph', () => {
    const graph = interactionGraph(sim.state.scoring.recentLogs(14), sim.state.agents.count);
    const last = (metric: string) => rowsOf(rows, metric).at(-1)!.value;
    expect(last('clique.nodes')).toBe(graph.agent.length);
    expect(last('clique.average-clustering')).toBe(clustering(graph.undirected).averageClustering);
    const summary = sim.recorder.summary(sim.state).cliques as { history: { tick: number }[]; last: { modularity: number } };
    expect(summary.history.map((h) => h.tick)).toEqual([10, 20, 30, 40, 45]);
    expect(summary.last.modularity).toBeLessThanOrEqual(1);
    expect(modularity(graph.undirected, new Int32Array(graph.agent.length))).toBe(0);
  });

  it('is deterministic: the same seed gives the same rows and history', () => {
    const again = runAnalysis(scenario);
    expect(again.recorder.rows).toEqual(rows);
    expect(again.recorder.summary(again.state)).toEqual(sim.recorder.summary(sim.state));
  });
});
