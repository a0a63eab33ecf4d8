// Public API of sim/scoring: the algorithm interface, the registry, the curve mapper and the scoring service.
export * from './types.js';
export * from './registry.js';
export * from './curve.js';
export * from './service.js';
export type { DayLog } from './activityLog.js';
export type { ReactionPairs } from './reactionPairs.js';
export type { WindowTotals } from './windowSums.js';
