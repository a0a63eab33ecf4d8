// scenarios/million-follower-fallacy.yaml: followers and shares agree over all users, much less in the top 10 %.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../sim/engine/simulation.js';
import { loadScenario } from '../../sim/scenario/load.js';

const file = new URL('../../scenarios/million-follower-fallacy.yaml', import.meta.url);
const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 1000;
const TICKS = 120;

/** The last tick's mff.spearman of followers against shares received: over all active agents and in the top 10 % by followers. */
function lastMff(seed: number): { all: number; top10: number } {
  const resolved = loadScenario(readFileSync(file, 'utf8'), 'scenarios/million-follower-fallacy.yaml').resolved;
  resolved.agents.count = AGENTS;
  const sim = Simulation.create(resolved, { seed, ticks: TICKS }).tick(TICKS);
  const rows = sim.recorder.rows.filter((row) => row.tick === TICKS && row.metric === 'mff.spearman');
  const value = (group: string) => rows.find((row) => row.group === group)!.value;
  return { all: value('followers-shares'), top10: value('followers-shares:top10') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('scenarios/million-follower-fallacy.yaml', () => {
  it('followers and shares correlate moderately over all users and weakly in the top 10 % (median of seeds)', () => {
    const runs = SEEDS.map(lastMff);
    const all = median(runs.map((r) => r.all));
    const top10 = median(runs.map((r) => r.top10));
    expect(all).toBeGreaterThan(0.4);
    expect(all).toBeLessThan(0.8);
    expect(top10).toBeLessThan(0.3);
    expect(all - top10).toBeGreaterThan(0.2);
    expect(runs.filter((r) => r.all > r.top10).length).toBeGreaterThanOrEqual(3);
  });
});
