// Public API of sim/scenario: the scenario file's schema, loading with located errors, normalising, and its reference.
export * from './schema.js';
export { environmentSchema, hiringPolicySchema, shockSchema, shocksSchema } from './timelineSchema.js';
export { TYPE_DEFAULTS, type TypeParams } from './typeDefaults.js';
export type { LoadedScenario, ResolvedScenario } from './resolved.js';
export { ScenarioError, formatIssue, type ScenarioIssue } from './errors.js';
export { loadScenario } from './load.js';
export { DEFAULT_ALGORITHMS, normaliseScenario, nameFromFile, type ScenarioOptions } from './normalise.js';
export { largestRemainder } from './population.js';
export { scenarioReferenceMarkdown } from './docs.js';
