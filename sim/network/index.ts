// Public API of sim/network: the follow graph, the generators and their registry, edge lists, tail exponents.
export * from './followGraph.js';
export * from './types.js';
export * from './edgeList.js';
export * from './tailExponent.js';
export * from './generators/index.js';
