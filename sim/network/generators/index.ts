// The network generator registry, with the built-in generators under their scenario names.
import { Registry } from '../../core/registry.js';
import type { NetworkGenerator } from '../types.js';
import { preferentialAttachment } from './preferentialAttachment.js';
import { topicBlocks } from './topicBlocks.js';

export { preferentialAttachment } from './preferentialAttachment.js';
export { topicBlocks } from './topicBlocks.js';
export { followCountSampler, FOLLOW_COUNT_SPREAD } from './followCount.js';

/**
 * Network generators by scenario name: "preferential-attachment" and "topic-blocks". ("edge-list" is not
 * a generator: the engine reads the file with parseEdgeList.) Register a new one with `register(name, fn)`.
 */
export const networkGenerators: Registry<NetworkGenerator> = new Registry<NetworkGenerator>('network generator')
  .register('preferential-attachment', preferentialAttachment)
  .register('topic-blocks', topicBlocks);
