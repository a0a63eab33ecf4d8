// Tests of updatePerks and perkHolderCounts: perks granted at or above each threshold while launched, revoked below.
import { describe, expect, it } from 'vitest';
import { AgentStore } from '../../../sim/agents/agentStore.js';
import { createEnvironment, livePerkThresholds } from '../../../sim/environment/environmentState.js';
import { perkHolderCounts, updatePerks } from '../../../sim/environment/perks.js';

/** Five active agents with the given displayed scores. */
function storeWithScores(scores: number[]): AgentStore {
  const store = new AgentStore(scores.length, 0);
  store.add(scores.length);
  store.active.fill(1);
  store.score.set(scores);
  return store;
}

const environment = (active: boolean) =>
  createEnvironment({ environment: { perks: { thresholds: [35, 40, 50, 55], active }, hiring: [] }, shocks: [] });

describe('updatePerks', () => {
  it('sets bit k for every active agent whose score is at or above threshold k', () => {
    const agents = storeWithScores([10, 35, 45, 55, 99]);
    expect(updatePerks(agents, environment(true))).toBe(4);
    expect([...agents.perks]).toEqual([0b0000, 0b0001, 0b0011, 0b1111, 0b1111]);
    expect(perkHolderCounts(agents, [35, 40, 50, 55])).toEqual([4, 3, 2, 2]);
  });

  it('revokes a perk the day the score falls below its threshold, and every perk of an inactive agent', () => {
    const agents = storeWithScores([10, 35, 45, 55, 99]);
    const env = environment(true);
    updatePerks(agents, env);
    agents.score[3] = 41;
    agents.active[4] = 0;
    updatePerks(agents, env);
    expect([...agents.perks]).toEqual([0b0000, 0b0001, 0b0011, 0b0011, 0]);
  });

  it('grants nothing before perks launch and clears everything when they end', () => {
    const agents = storeWithScores([60, 60]);
    const env = environment(false);
    expect(updatePerks(agents, env)).toBe(0);
    expect(livePerkThresholds(env)).toEqual([]);
    env.perks.active = true;
    updatePerks(agents, env);
    expect([...agents.perks]).toEqual([15, 15]);
    expect(livePerkThresholds(env)).toEqual([35, 40, 50, 55]);
    env.perks.active = false;
    updatePerks(agents, env);
    expect([...agents.perks]).toEqual([0, 0]);
  });
});
