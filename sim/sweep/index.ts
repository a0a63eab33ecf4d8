// Public API of sim/sweep: sweep files, their arms and runs, and the aggregation of their results.
export * from './schema.js';
export { loadSweep, type LoadedSweep } from './loadSweep.js';
export { expandGridValues, valueLabel, type GridEntry } from './gridValues.js';
export { BASE_ARM_LABEL, sweepArms, shortNames, type SweepArm } from './arms.js';
export { GridPathError, armWritten, loadArmScenarios, setScenarioPath } from './armScenario.js';
export { plannedRuns, runKeyText, shardRuns, type PlannedRun, type RunIdentity, type Shard } from './runPlan.js';
export { aggregateSweep, DIFFERENCE_COLUMNS, SUMMARY_COLUMNS, type AggregateInput, type AggregateResult, type SweepRunMetrics } from './aggregate.js';
export { bootstrapMeanInterval, drawResamples, INTERVAL_LEVEL, type BootstrapResamples } from './bootstrap.js';
export { pairedDifferences, summariseMean, type MeanSummary } from './meanSummary.js';
export { parseMetricsCsv } from './metricsRows.js';
export { selectorMatches } from './metricSelectors.js';
export {
  buildSweepPlan,
  missingRuns,
  parseSweepPlan,
  sweepPlanJson,
  sweepRecordJson,
  type MissingRun,
  type PlannedArm,
  type SweepPlan,
} from './sweepPlan.js';
