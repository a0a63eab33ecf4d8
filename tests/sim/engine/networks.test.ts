// Tests that every network source drives a run: the topic-block generator and an edge list from a file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../sim/engine/simulation.js';
import { parseEdgeList } from '../../../sim/network/edgeList.js';
import { scenarioFrom } from '../../helpers/scenario.js';

describe('Simulation.create with other networks', () => {
  it('topic-blocks: agents take their block as primary topic, and the run goes on', () => {
    const scenario = scenarioFrom('agents: { count: 400 }\nnetwork: { generator: topic-blocks }\ntopics: 4\nticks: 5').resolved;
    const sim = Simulation.create(scenario).tick(5);
    const topics = new Set(Array.from(sim.state.agents.primaryTopic.subarray(0, 400)));
    expect([...topics].sort()).toEqual([0, 1, 2, 3]);
    expect(sim.state.graph.edgeCount).toBeGreaterThan(1000);
  });

  it('edge-list: the file fixes the agents, and the mix is rescaled to its size', () => {
    const text = readFileSync(new URL('../../fixtures/ring-edges.csv', import.meta.url), 'utf8');
    const edgeList = parseEdgeList(text, 'ring-edges.csv');
    const scenario = scenarioFrom('agents: { count: 1000 }\nnetwork: { generator: edge-list, file: ring-edges.csv }\nticks: 5').resolved;
    const sim = Simulation.create(scenario, { edgeList }).tick(5);
    expect(sim.state.agents.count).toBe(60);
    expect(sim.state.graph.nodeCount).toBe(60);
  });

  it('edge-list without the parsed file is a clear error', () => {
    const scenario = scenarioFrom('network: { generator: edge-list, file: x.csv }').resolved;
    expect(() => Simulation.create(scenario)).toThrow(/edge list/);
  });
});
