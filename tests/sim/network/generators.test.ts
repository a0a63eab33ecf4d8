// Tests of the generator registry and of the generator defaults against the scenario schema.
import { describe, expect, it } from 'vitest';
import { networkGenerators } from '../../../sim/network/generators/index.js';
import { DEFAULT_GENERATOR_OPTIONS } from '../../../sim/network/types.js';
import { scenarioSchema } from '../../../sim/scenario/schema.js';

describe('networkGenerators', () => {
  it('registers the built-in generators under their scenario names', () => {
    expect(networkGenerators.names()).toEqual(['preferential-attachment', 'topic-blocks']);
    expect(() => networkGenerators.get('edge-list')).toThrow(/valid: preferential-attachment, topic-blocks/);
  });

  it('DEFAULT_GENERATOR_OPTIONS mirrors the scenario schema defaults', () => {
    const scenario = scenarioSchema.parse({});
    const { meanOutDegree, reciprocity, triadicClosure, attachmentOffset, withinBlock } = scenario.network;
    expect(DEFAULT_GENERATOR_OPTIONS).toEqual({
      meanOutDegree, reciprocity, triadicClosure, attachmentOffset, withinBlock, blocks: scenario.topics,
    });
  });
});
