// Public API of sim/scoring: the algorithm interface and the registry.
export * from './types.js';
export * from './registry.js';
export { followersScore } from './followers.js';
