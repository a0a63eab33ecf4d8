// Tests of shockChange: before/after medians by type and prior cohort, changes, winners and losers.
import { describe, expect, it } from 'vitest';
import { cohortOf, shockChange } from '../../../viz/analysis/shockChange.js';
import { AgentType } from '../../../sim/core/agentTypes.js';

describe('cohortOf', () => {
  it('names the prior-score band', () => {
    expect([0, 19.9, 20, 45, 60, 100].map(cohortOf)).toEqual(['0–19', '0–19', '20–39', '40–59', '60+', '60+']);
  });
});

describe('shockChange', () => {
  const types = Uint8Array.of(AgentType.communityManager, AgentType.communityManager, AgentType.lurker, AgentType.lurker, AgentType.lurker);
  const before = Float32Array.of(72, 87, 10, 12, 30);
  const after = Float32Array.of(60, 74, 15, 16, 30);

  it('shows active high scorers falling while low scorers rise (Klout, October 2011)', () => {
    const c = shockChange(before, after, types);
    expect([...c.change]).toEqual([-12, -13, 5, 4, 0]);
    expect(c.byType).toEqual([
      { group: 'lurker', before: 12, after: 16, count: 3 },
      { group: 'communityManager', before: 79.5, after: 67, count: 2 },
    ]);
    expect(c.byCohort.map((r) => r.group)).toEqual(['0–19', '20–39', '60+']);
    expect(c.winners.map((m) => m.id)).toEqual([2, 3]);
    expect(c.losers.map((m) => m.id)).toEqual([1, 0]);
    expect(c.overall).toEqual({ group: 'all', before: 30, after: 30, count: 5 });
  });

  it('compares only active agents and caps the movers lists', () => {
    const c = shockChange(before, after, types, { active: [1, 0, 1, 1, 1], movers: 1 });
    expect(c.change).toHaveLength(4);
    expect(c.losers.map((m) => m.id)).toEqual([0]);
    expect(c.winners.map((m) => m.id)).toEqual([2]);
  });
});
