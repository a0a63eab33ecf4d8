// Tests of churn: only a large enough fall of the displayed score makes a score watcher quit, decided once per fall.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import type { Simulation } from '../../../sim/engine/simulation.js';
import { churnAfterDrops } from '../../../sim/response/churn.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

/** Gives agent i a score history of `before` on every kept day and a displayed score of `now`. */
function fall(sim: Simulation, i: number, before: number, now: number): void {
  const R = sim.state.response;
  for (let tick = 0; tick < R.ringLength; tick++) R.scoreRing[R.historyOffset(tick) + i] = before;
  sim.state.agents.score[i] = now;
}

describe('churnAfterDrops', () => {
  it('makes score watchers whose score fell by churnDrop or more quit, and nobody else', () => {
    const sim = smallSimulation('response: { churnDrop: 10, churnProbability: 1 }');
    const A = sim.state.agents;
    const [big, exact, small] = agentsOfType(sim);
    const [lurker] = agentsOfType(sim, AgentType.lurker);
    const [manager] = agentsOfType(sim, AgentType.communityManager);
    fall(sim, big, 60, 45);
    fall(sim, exact, 50, 40);
    fall(sim, small, 50, 41);
    fall(sim, lurker, 60, 20); // lurkers do not watch their score (churnTypes)
    fall(sim, manager, 70, 55);
    churnAfterDrops(sim.state, 1);
    expect([big, exact, small, lurker, manager].map((i) => A.active[i])).toEqual([0, 0, 1, 1, 0]);
    expect(sim.state.response.churned).toBe(3);
  });

  it('compares with the score churnWindow days ago, not with older or newer days', () => {
    const sim = smallSimulation('response: { churnDrop: 10, churnWindow: 14, churnProbability: 1 }');
    const R = sim.state.response;
    const [a, b] = agentsOfType(sim);
    fall(sim, a, 30, 30);
    fall(sim, b, 30, 30);
    R.scoreRing[R.historyOffset(20 - 14) + a] = 45; // a fell 15 points in the last 14 days
    R.scoreRing[R.historyOffset(20 - 13) + b] = 45; // b fell as much, but over 13 days only
    churnAfterDrops(sim.state, 20);
    expect(sim.state.agents.active[a]).toBe(0);
    expect(sim.state.agents.active[b]).toBe(1);
  });

  it('decides once per fall: an agent who stayed does not roll again until its fall shrinks and grows back', () => {
    const sim = smallSimulation('response: { churnProbability: 0 }');
    const [a] = agentsOfType(sim);
    fall(sim, a, 60, 40);
    churnAfterDrops(sim.state, 1);
    sim.state.scenario.response.churnProbability = 1;
    churnAfterDrops(sim.state, 2);
    expect(sim.state.agents.active[a]).toBe(1);
    fall(sim, a, 60, 55);
    churnAfterDrops(sim.state, 3);
    fall(sim, a, 60, 40);
    churnAfterDrops(sim.state, 4);
    expect(sim.state.agents.active[a]).toBe(0);
  });

  it('an agent who quit no longer posts, reacts, follows or gains followers, and scores 0', () => {
    const sim = smallSimulation().tick(2);
    const A = sim.state.agents;
    const G = sim.state.graph;
    const quitters = [...agentsOfType(sim), ...agentsOfType(sim, AgentType.communityManager)];
    for (const i of quitters) A.active[i] = 0;
    const before = quitters.map((i) => [A.posts[i], A.reactionsGiven[i], A.follows[i], G.inLen[i], A.minutesSpent[i]]);
    sim.tick(5);
    quitters.forEach((i, k) => {
      expect(A.posts[i]).toBe(before[k][0]);
      expect(A.reactionsGiven[i]).toBe(before[k][1]);
      expect(A.follows[i]).toBe(before[k][2]);
      expect(G.inLen[i]).toBeLessThanOrEqual(before[k][3]);
      expect(A.minutesSpent[i]).toBe(before[k][4]);
      expect(A.score[i]).toBe(0);
    });
  });
});
