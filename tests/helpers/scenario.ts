// Test helpers: resolved scenarios from YAML text or the scenario library, and the median of seeds' results.
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../sim/scenario/load.js';
import type { LoadedScenario, ResolvedScenario } from '../../sim/scenario/resolved.js';

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

/** Loads a file of the scenario library, `scenarios/<name>.yaml`, resolved. */
export function libraryScenario(name: string): ResolvedScenario {
  const file = `scenarios/${name}.yaml`;
  return loadScenario(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file).resolved;
}

/** Median of a list (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
