// Public API of sim/core: the seeded generator, the plug-in registry and agent type codes.
export * from './rng.js';
export * from './registry.js';
export * from './agentTypes.js';
