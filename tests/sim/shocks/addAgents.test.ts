// Tests of the addAgents shock: newcomers join with their traits and followers, every per-agent structure grows, the run goes on.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { simulationOutputs } from '../../../sim/run/runScenario.js';
import { timelineScenario } from './timelineScenario.js';

describe('addAgents shock', () => {
  it('a celebrity joining with 300 followers ends with many followers and a top score, and the run continues', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 5, addAgents: { type: celebrity, count: 1, followers: 300 } }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(4);
    expect(sim.state.agents.count).toBe(400);
    sim.tick(1);
    const { agents, graph } = sim.state;
    expect(agents.count).toBe(401);
    expect(graph.nodeCount).toBe(401);
    expect(graph.inLen[400]).toBeGreaterThan(290); // a day of unfollows has passed since the shock
    expect(sim.state.events[0].effect).toEqual({ type: 'celebrity', added: 1, firstId: 400, followers: 300, follows: 0 });
    sim.tick(15);
    expect(sim.done).toBe(true);
    const end = sim.state;
    expect(end.agents.type[400]).toBe(AgentType.celebrity);
    expect(end.agents.joinedTick[400]).toBe(5);
    expect(end.agents.active[400]).toBe(1);
    expect(end.graph.inLen[400]).toBeGreaterThan(250);
    const scores = end.agents.score.subarray(0, end.agents.count);
    expect(scores[400]).toBeGreaterThanOrEqual(Math.max(...scores) - 1e-6);
    expect(scores.every(Number.isFinite)).toBe(true);
    expect(end.agents.posts[400]).toBeGreaterThan(0);
  });

  it('grows every per-agent structure: the store, the graph, the day buffers, the scores, the response state', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 2, addAgents: { type: chaser, count: 150, followers: 20, follows: 10 } }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(2);
    const s = sim.state;
    expect(s.agents.count).toBe(550);
    expect(s.agents.capacity).toBeGreaterThanOrEqual(550);
    expect(s.graph.nodeCount).toBe(550);
    expect(s.day.readsLeft.length).toBeGreaterThanOrEqual(550);
    expect(s.day.postStart.length).toBeGreaterThanOrEqual(551);
    for (const [, scores] of s.scoring.scores) expect(scores.length).toBeGreaterThanOrEqual(550);
    expect(s.response.count).toBe(550);
    expect(s.events[0].effect).toMatchObject({ added: 150, firstId: 400, followers: 3000, follows: 1500 });
    for (let id = 400; id < 550; id++) {
      expect(s.agents.type[id]).toBe(AgentType.chaser);
      expect(s.agents.joinedTick[id]).toBe(2);
      expect(s.graph.outLen[id]).toBeGreaterThan(0);
    }
    sim.tick(18);
    const csv = simulationOutputs(sim).files.find((f) => f.name === 'agents.csv')!.content;
    expect(csv.trim().split('\n')).toHaveLength(551);
    expect(csv).not.toContain('NaN');
    expect(sim.recorder.rows.find((r) => r.tick === 20 && r.metric === 'agents' && r.group === 'chaser')!.value).toBeGreaterThan(150);
  });

  it('caps followers at the agents there are, without repeats', () => {
    const scenario = timelineScenario('shocks:', '  - { at: 1, addAgents: { followers: 100000 } }');
    const sim = Simulation.create(scenario, { seed: 5 }).tick(1);
    expect(sim.state.events[0].effect.followers).toBe(400);
  });
});
