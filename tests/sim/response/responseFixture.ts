// Test fixture: a small seeded simulation for the response tests, with scenario overrides given as YAML.
import { AgentType } from '../../../sim/core/agentTypes.js';
import { Simulation } from '../../../sim/engine/simulation.js';
import { scenarioFrom } from '../../helpers/scenario.js';

/**
 * A simulation at tick 0 of 400 agents (unless `yaml` has its own `agents`) scored by `followers` alone
 * (unless it has its own `scoring`); `yaml` adds top-level scenario fields.
 */
export function smallSimulation(yaml = '', options: { seed?: number; ticks?: number } = {}): Simulation {
  const agents = /^agents:/m.test(yaml) ? '' : 'agents:\n  count: 400\n';
  const scoring = /^scoring:/m.test(yaml) ? '' : 'scoring:\n  shadow: []\n';
  const scenario = scenarioFrom(`${agents}${scoring}ticks: 60\nmetrics:\n  interval: 5\n${yaml}`).resolved;
  return Simulation.create(scenario, { seed: options.seed ?? 5, ticks: options.ticks ?? 60 });
}

/** Ids of the active agents of a type, in id order. */
export function agentsOfType(sim: Simulation, type: number = AgentType.chaser): number[] {
  const A = sim.state.agents;
  const ids: number[] = [];
  for (let i = 0; i < A.count; i++) if (A.active[i] && A.type[i] === type) ids.push(i);
  return ids;
}
