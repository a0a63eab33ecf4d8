// Types shared by the network generators: their options, their output and the generator signature.
import type { Rng } from '../core/rng.js';

/** Options every generator receives; each ignores those it does not use. Defaults: `DEFAULT_GENERATOR_OPTIONS`. */
export interface GeneratorOptions {
  /** Mean accounts followed per node in the finished network, follow-backs included (default 10). */
  meanOutDegree: number;
  /** Probability that a newly followed account follows back while the network is generated (default 0.125). */
  reciprocity: number;
  /** Probability that a follow goes to a followee of an account already chosen (preferential-attachment; default 0.4). */
  triadicClosure: number;
  /** Offset a of preferential attachment, P(target) ∝ in-degree + a (default 4). */
  attachmentOffset: number;
  /** Share of follows inside a node's own topic block (topic-blocks; default 0.8). */
  withinBlock: number;
  /** Number of topic blocks, 1–256 (topic-blocks; default 8, the scenario's topic count). */
  blocks: number;
}

/** A generated network: edges `src[i] → dst[i]` in the order they were made, ids 0 .. nodeCount - 1. */
export interface GeneratedNetwork {
  nodeCount: number;
  src: Int32Array;
  dst: Int32Array;
  /** Each node's topic block (topic-blocks only). */
  block?: Uint8Array;
}

/** A seeded network generator; the same arguments and Rng state give the same edges in the same order. */
export type NetworkGenerator = (nodeCount: number, options: GeneratorOptions, rng: Rng) => GeneratedNetwork;

/** Defaults of the generator options; they mirror the scenario schema's network defaults (blocks = its default topics). */
export const DEFAULT_GENERATOR_OPTIONS: Readonly<GeneratorOptions> = Object.freeze({
  meanOutDegree: 10,
  reciprocity: 0.125,
  triadicClosure: 0.4,
  attachmentOffset: 4,
  withinBlock: 0.8,
  blocks: 8,
});
