// Tests of hireByScore: hiring by threshold, by top k with ties broken by id, by type, and never twice.
import { describe, expect, it } from 'vitest';
import { AgentStore } from '../../../sim/agents/agentStore.js';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { hireByScore } from '../../../sim/environment/hiringRule.js';

function storeWithScores(scores: number[]): AgentStore {
  const store = new AgentStore(scores.length, 0);
  store.add(scores.length);
  store.active.fill(1);
  store.score.set(scores);
  return store;
}

describe('hireByScore', () => {
  it('hires everyone at or above the threshold and records the tick', () => {
    const agents = storeWithScores([10, 50, 49.9, 70, 50]);
    expect([...hireByScore(agents, { employer: 'acme', threshold: 50 }, 12)]).toEqual([1, 3, 4]);
    expect([...agents.hiredTick]).toEqual([0, 12, 0, 12, 12]);
  });

  it('hires the top k by score, ties broken by the lower id', () => {
    const agents = storeWithScores([30, 60, 40, 60, 60, 90]);
    expect([...hireByScore(agents, { employer: 'acme', topK: 3 }, 5)]).toEqual([1, 3, 5]);
  });

  it('with both, hires the top k of those at or above the threshold', () => {
    const agents = storeWithScores([30, 60, 40, 61, 55]);
    expect([...hireByScore(agents, { employer: 'acme', threshold: 50, topK: 5 }, 5)]).toEqual([1, 3, 4]);
    const fresh = storeWithScores([30, 60, 40, 61, 55]);
    expect([...hireByScore(fresh, { employer: 'acme', threshold: 50, topK: 1 }, 5)]).toEqual([3]);
  });

  it('considers only active agents of the given types who were never hired', () => {
    const agents = storeWithScores([80, 80, 80, 80]);
    agents.type.set([AgentType.chaser, AgentType.lurker, AgentType.chaser, AgentType.chaser]);
    agents.active[2] = 0;
    agents.hiredTick[3] = 4;
    expect([...hireByScore(agents, { employer: 'b', threshold: 0, types: ['chaser'] }, 9)]).toEqual([0]);
    expect([...hireByScore(agents, { employer: 'c', topK: 10 }, 10)]).toEqual([1]);
  });
});
