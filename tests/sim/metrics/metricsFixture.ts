// Test fixture: small seeded runs with every analysis reporter at work (a switch, hiring, perks), and row lookups.
import { Simulation } from '../../../sim/engine/simulation.js';
import type { MetricRow } from '../../../sim/metrics/reporter.js';
import type { ResolvedScenario } from '../../../sim/scenario/resolved.js';
import { scenarioFrom } from '../../helpers/scenario.js';

/** Overrides of `analysisScenario`. */
export interface AnalysisOptions {
  /** Agents (default 300). */
  agents?: number;
  /** Ticks (default 45). */
  ticks?: number;
  /** Extra lines of the `metrics` block, e.g. `reporters: [validity]`. */
  metrics?: string;
  /** Extra top-level YAML (fields not set above). */
  extra?: string;
}

/**
 * 300 agents, 45 ticks, metrics every 5, cliques every 10 over 14 days; followers displayed with
 * klout-2011 and engagement-rate as shadows; perks live; bigco hires the top 5 on days 10 and 30; a
 * switch to klout-2011 on day 20 (measured 7 and 30 days later: the 30 lands past the end); acme hires
 * the top 8 chasers and engagers on day 25.
 */
export function analysisScenario(options: AnalysisOptions = {}): ResolvedScenario {
  return scenarioFrom(`
agents:
  count: ${options.agents ?? 300}
ticks: ${options.ticks ?? 45}
metrics:
  interval: 5
  cliqueInterval: 10
  cliqueWindow: 14
  ${options.metrics ?? ''}
scoring:
  displayed: followers
  shadow: [klout-2011, engagement-rate]
environment:
  perks: { active: true }
  hiring:
    - { employer: bigco, topK: 5, from: 10, every: 20 }
shocks:
  - { at: 20, switch: { to: klout-2011 } }
  - { at: 25, hire: { employer: acme, topK: 8, types: [chaser, engager] } }
${options.extra ?? ''}`).resolved;
}

/** Runs a scenario from tick 0 for `ticks` days (default its length) with `seed` (default 3). */
export function runAnalysis(scenario: ResolvedScenario = analysisScenario(), ticks = scenario.ticks, seed = 3): Simulation {
  return Simulation.create(scenario, { seed, ticks }).tick(ticks);
}

/** The rows of a metric (and group, when given), in order. */
export function rowsOf(rows: readonly MetricRow[], metric: string, group?: string): MetricRow[] {
  return rows.filter((r) => r.metric === metric && (group === undefined || r.group === group));
}
