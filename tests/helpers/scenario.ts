// Test helper: a resolved scenario from YAML text, for small fast runs.
import { loadScenario } from '../../sim/scenario/load.js';
import type { LoadedScenario } from '../../sim/scenario/resolved.js';

/** Loads scenario YAML given inline (as if from `test.yaml`). */
export function scenarioFrom(yaml: string): LoadedScenario {
  return loadScenario(yaml, 'test.yaml');
}

/** A small population for fast engine tests. */
export const SMALL = `
agents:
  count: 400
ticks: 40
metrics:
  interval: 5
`;
