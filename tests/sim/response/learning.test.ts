// Tests of tactic learning: softmax choice, the value update, copying the successful, and linkNetworks.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Rng } from '../../../sim/core/rng.js';
import { learnTactics, softmaxTactic } from '../../../sim/response/learning.js';
import { Tactic, TACTIC_COUNT } from '../../../sim/response/tactics.js';
import { agentsOfType, smallSimulation } from './responseFixture.js';

/** Frequencies of each tactic over `draws` softmax samples of one row of estimates. */
function frequencies(row: number[], temperature: number, draws = 20_000): number[] {
  const q = Float32Array.from(row);
  const rng = Rng.fromSeed(1);
  const counts = new Array(TACTIC_COUNT).fill(0);
  for (let i = 0; i < draws; i++) counts[softmaxTactic(q, 0, temperature, rng.next())]++;
  return counts.map((c) => c / draws);
}

describe('softmaxTactic', () => {
  it('picks the tactic with the best estimate more often than any other', () => {
    const f = frequencies([0, 0.5, 0, 0, 0, 0, 0], 0.25);
    for (let k = 0; k < TACTIC_COUNT; k++) if (k !== 1) expect(f[1]).toBeGreaterThan(2 * f[k]);
    // exp(0.5 / 0.25) = e² against 1 for each of the six others
    expect(f[1]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 6), 1);
  });

  it('is near uniform for equal estimates and near greedy at a low temperature', () => {
    for (const p of frequencies([0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3], 0.25)) expect(p).toBeCloseTo(1 / 7, 1);
    expect(frequencies([0, 0, 0, 1, 0, 0, 0], 0.01)[3]).toBeGreaterThan(0.999);
  });

  it('does not overflow for large estimates', () => {
    expect(frequencies([1e6, 0, 0, 0, 0, 0, 0], 0.001, 100)[0]).toBe(1);
  });
});

describe('learnTactics', () => {
  it('moves the estimate of today\'s tactic by learningRate × (today\'s score change − estimate)', () => {
    const sim = smallSimulation('response: { learningRate: 0.2 }');
    const { agents: A, response: R } = sim.state;
    const [a, b] = agentsOfType(sim);
    A.tactic[a] = Tactic.postMore;
    R.q[a * TACTIC_COUNT + Tactic.postMore] = 1;
    A.score[a] = R.pastScore(a, 0) + 3;
    A.tactic[b] = Tactic.none;
    A.score[b] = R.pastScore(b, 0) - 2;
    learnTactics(sim.state, 1);
    expect(R.q[a * TACTIC_COUNT + Tactic.postMore]).toBeCloseTo(1 + 0.2 * (3 - 1), 5);
    expect(R.q[b * TACTIC_COUNT + Tactic.none]).toBeCloseTo(0.2 * -2, 5);
    expect(R.q[a * TACTIC_COUNT + Tactic.none]).toBe(0);
  });

  it('leaves agents who do not seek a score, and every agent when learning is off, on tactic none', () => {
    const sim = smallSimulation();
    learnTactics(sim.state, 1);
    const A = sim.state.agents;
    for (const i of agentsOfType(sim, AgentType.lurker)) expect(A.tactic[i]).toBe(Tactic.none);
    const off = smallSimulation('response: { learning: false }');
    off.tick(5);
    expect(Array.from(off.state.agents.tactic.subarray(0, off.state.agents.count)).every((t) => t === 0)).toBe(true);
  });

  it('copies the tactic of score seekers whose score rose more, with probability copyRate', () => {
    const setUp = (copyRate: number) => {
      const sim = smallSimulation(`response: { copyRate: ${copyRate}, temperature: 0.01 }`);
      const { agents: A, response: R } = sim.state;
      const chasers = agentsOfType(sim);
      const leaders = chasers.filter((_, k) => k % 2 === 0);
      const followers = chasers.filter((_, k) => k % 2 === 1);
      for (const i of chasers) {
        R.q[i * TACTIC_COUNT + Tactic.none] = 100; // softmax alone would always pick none
        for (let tick = 0; tick < R.ringLength; tick++) R.scoreRing[R.historyOffset(tick) + i] = 20;
        A.score[i] = 20;
      }
      for (const i of leaders) {
        A.tactic[i] = Tactic.focusTopic;
        A.score[i] = 30;
      }
      learnTactics(sim.state, 1);
      return { A, leaders, followers };
    };
    const copying = setUp(1);
    const copied = copying.followers.filter((i) => copying.A.tactic[i] === Tactic.focusTopic).length;
    expect(copied).toBeGreaterThanOrEqual(0.8 * copying.followers.length);
    // the leaders see nobody who did better: they fall back on their own estimates
    for (const i of copying.leaders) expect(copying.A.tactic[i]).toBe(Tactic.none);
    const never = setUp(0);
    for (const i of never.followers) expect(never.A.tactic[i]).toBe(Tactic.none);
  });

  it('choosing linkNetworks links every secondary network the agent is present on', () => {
    const sim = smallSimulation('response: { temperature: 0.01, copyRate: 0 }');
    const { agents: A, response: R } = sim.state;
    const chasers = agentsOfType(sim);
    const lurkers = agentsOfType(sim, AgentType.lurker);
    const lurkerLinks = lurkers.map((i) => A.linked[i]);
    for (const i of chasers) {
      R.q[i * TACTIC_COUNT + Tactic.linkNetworks] = 100;
      A.linked[i] = 0;
    }
    learnTactics(sim.state, 1);
    for (const i of chasers) {
      expect(A.tactic[i]).toBe(Tactic.linkNetworks);
      expect(A.linked[i]).toBe(A.present[i]);
    }
    expect(lurkers.map((i) => A.linked[i])).toEqual(lurkerLinks);
    expect(chasers.some((i) => A.present[i] !== 0)).toBe(true);
  });
});
