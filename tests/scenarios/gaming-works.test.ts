// scenarios/gaming-works.yaml: chasers who link their networks and engage high scorers climb from the
// high 20s to about 50 within 60 days; the same chasers without the shock stay put.
import { describe, expect, it } from 'vitest';
import { AgentType } from '../../sim/core/agentTypes.js';
import { Simulation } from '../../sim/engine/simulation.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import { libraryScenario, median } from '../helpers/scenario.js';

const SEEDS = [1, 2, 3, 4, 5];
const AGENTS = 1000;
const DAYS_AFTER = 60;

function scenario(): ResolvedScenario {
  const resolved = libraryScenario('gaming-works');
  resolved.agents.count = AGENTS;
  return resolved;
}


/** Chasers scored 20–35 the day before the shock: their median score then and 60 days later. */
function climb(seed: number, withShock: boolean): { picked: number; before: number; after: number } {
  const resolved = scenario();
  const at = Math.min(...resolved.shocks.map((shock) => shock.at));
  // The control keeps the timeline but replaces the shocks by a no-op (a behaviour constant set to its value).
  if (!withShock) {
    resolved.shocks = resolved.shocks.map((shock) => ({ at: shock.at, set: { path: 'behaviour.offTopicReact', value: resolved.behaviour.offTopicReact } })) as ResolvedScenario['shocks'];
  }
  const ticks = at - 1 + DAYS_AFTER;
  const sim = Simulation.create(resolved, { seed, ticks }).tick(at - 1);
  const agents = sim.state.agents;
  const picked: number[] = [];
  for (let id = 0; id < agents.count; id++) {
    if (agents.type[id] === AgentType.chaser && agents.score[id] >= 20 && agents.score[id] <= 35) picked.push(id);
  }
  const before = median(picked.map((id) => agents.score[id]));
  sim.tick(DAYS_AFTER);
  const after = median(picked.map((id) => agents.score[id]));
  return { picked: picked.length, before, after };
}

describe('scenario gaming-works', () => {
  it('chasers scored 20–35 reach about 50 within 60 days of linking and engaging; without the shock they do not', () => {
    const gamed = SEEDS.map((seed) => climb(seed, true));
    const control = SEEDS.map((seed) => climb(seed, false));
    for (const run of gamed) expect(run.picked).toBeGreaterThanOrEqual(5);
    // Measured (1,000 agents, seeds 1–5): median before 30.6, after 51.9 (climb +22, ≥ 17 in every seed); control −2.
    expect(median(gamed.map((run) => run.before))).toBeGreaterThan(24);
    expect(median(gamed.map((run) => run.before))).toBeLessThan(32);
    expect(median(gamed.map((run) => run.after))).toBeGreaterThanOrEqual(48);
    expect(gamed.filter((run) => run.after - run.before >= 15).length).toBeGreaterThanOrEqual(4);
    expect(median(control.map((run) => run.after - run.before))).toBeLessThan(5);
  }, 25_000);
});
