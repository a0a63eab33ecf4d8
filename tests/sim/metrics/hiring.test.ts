// Tests of the hiring reporter: hires on the score against the true top k, by type, on every hiring day.
import { describe, expect, it } from 'vitest';
import { AgentStore } from '../../../sim/agents/agentStore.js';
import { AgentType } from '../../../sim/core/agentTypes.js';
import { hiringOutcome } from '../../../sim/metrics/reporters/hiring.js';
import { analysisScenario, rowsOf, runAnalysis } from './metricsFixture.js';

/** Ten agents, lurkers (even ids) and chasers (odd), truth 9, 8, … 1 and 100 for id 9 (hired on day 2); ids 1, 3, 5 hired on day 7. */
function handBuilt(): AgentStore {
  const agents = new AgentStore(10, 0);
  agents.add(10);
  for (let i = 0; i < 10; i++) {
    agents.type[i] = i % 2 === 0 ? AgentType.lurker : AgentType.chaser;
    agents.active[i] = 1;
    agents.trueInfluence[i] = i === 9 ? 100 : 9 - i;
  }
  agents.hiredTick.set([0, 7, 0, 7, 0, 7, 0, 0, 0, 2]);
  return agents;
}

describe('hiringOutcome', () => {
  it('counts the hired in the true top k among the day\'s candidates, and the missed by type', () => {
    const outcome = hiringOutcome(handBuilt(), 7, null);
    expect(outcome.hired).toBe(3);
    expect(outcome.precision).toBeCloseTo(1 / 3, 15); // true top 3 of candidates: 0, 1, 2 (9 was hired before)
    expect(outcome.hiredByType[AgentType.chaser]).toBe(3);
    expect(outcome.missedByType[AgentType.lurker]).toBe(2);
  });

  it('takes candidates of the round\'s types only, and active ones (or hired that day)', () => {
    expect(hiringOutcome(handBuilt(), 7, ['chaser']).precision).toBe(1);
    const agents = handBuilt();
    agents.active[0] = 0;
    agents.active[1] = 0; // quit the day it was hired: still counted as hired
    const outcome = hiringOutcome(agents, 7, null);
    expect(outcome.precision).toBeCloseTo(2 / 3, 15); // true top 3: 1, 2, 3
    expect(outcome.missedByType[AgentType.lurker]).toBe(1);
  });

  it('gives NaN precision on a day nobody was hired', () => {
    expect(hiringOutcome(handBuilt(), 8, null)).toMatchObject({ hired: 0, precision: NaN });
  });
});

describe('hiringReporter', () => {
  const sim = runAnalysis(analysisScenario({ metrics: 'reporters: [hiring]' }));
  const rows = sim.recorder.rows;

  it('reports on each day of a standing policy or a hire shock, by employer and type', () => {
    expect(rowsOf(rows, 'hiring.hired').filter((r) => !r.group.includes(':')).map((r) => [r.tick, r.group, r.value])).toEqual([
      [10, 'bigco', 5],
      [25, 'acme', 8],
      [30, 'bigco', 5],
    ]);
    const acmeTypes = rowsOf(rows, 'hiring.hired').filter((r) => r.group.startsWith('acme:') && r.value > 0).map((r) => r.group);
    expect(acmeTypes.every((g) => g === 'acme:chaser' || g === 'acme:engager')).toBe(true);
    for (const r of rowsOf(rows, 'hiring.precision')) expect(r.value).toBeGreaterThanOrEqual(0);
  });

  it('lists every hiring day in summary.json, with the counts by type', () => {
    const rounds = sim.recorder.summary(sim.state).hiring as { tick: number; employers: string[]; hired: number; precision: number; missedByType: Record<string, number> }[];
    expect(rounds.map((r) => [r.tick, r.employers, r.hired])).toEqual([[10, ['bigco'], 5], [25, ['acme'], 8], [30, ['bigco'], 5]]);
    const missed = (r: (typeof rounds)[number]) => Object.values(r.missedByType).reduce((s, v) => s + v, 0);
    for (const r of rounds) expect(missed(r)).toBeCloseTo(r.hired * (1 - r.precision), 4);
  });
});
