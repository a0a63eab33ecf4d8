// Public API of sim/run: single headless runs.
export * from './types.js';
export { runScenario, simulationOutputs, summaryJson } from './runScenario.js';
export { SCORING_ALGORITHMS } from '../scoring/registry.js';
