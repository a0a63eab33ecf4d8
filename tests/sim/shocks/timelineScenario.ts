// Test helper: small fast scenarios with a shock timeline (two cheap algorithms, 400 agents, 20 ticks).
import { Simulation } from '../../../sim/engine/simulation.js';
import type { ResolvedScenario } from '../../../sim/scenario/resolved.js';
import { scenarioFrom } from '../../helpers/scenario.js';

/** The base of every timeline test: 400 agents, 20 ticks, metrics every 5, log-proxy displayed, followers as shadow. */
export const TIMELINE_BASE = `
agents:
  count: 400
ticks: 20
metrics:
  interval: 5
scoring:
  displayed: log-proxy
  shadow: [followers]
`;

/** A resolved scenario: TIMELINE_BASE plus the given YAML lines (e.g. a `shocks:` block). */
export function timelineScenario(...lines: string[]): ResolvedScenario {
  return scenarioFrom(`${TIMELINE_BASE}${lines.join('\n')}\n`).resolved;
}

/** Runs a scenario for `ticks` days (default its own length) with seed 5. */
export function runTimeline(scenario: ResolvedScenario, ticks = scenario.ticks): Simulation {
  return Simulation.create(scenario, { seed: 5, ticks }).tick(ticks);
}
