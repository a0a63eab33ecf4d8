// Tests of the preferential-attachment generator at its default options: a Twitter-like, reproducible network.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { FollowGraph } from '../../../sim/network/followGraph.js';
import { preferentialAttachment } from '../../../sim/network/generators/preferentialAttachment.js';
import { powerLawTailExponent } from '../../../sim/network/tailExponent.js';
import { DEFAULT_GENERATOR_OPTIONS } from '../../../sim/network/types.js';

const N = 20_000;
/** Fast equality of typed arrays (toEqual on 200,000 entries is slow). */
const sameInts = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (x, i) => x === b[i]);
const generate = (seed: number, n = N) => preferentialAttachment(n, DEFAULT_GENERATOR_OPTIONS, Rng.fromSeed(seed).fork('network'));
const network = generate(1);
const graph = FollowGraph.fromEdges(N, network.src, network.dst);

describe('preferentialAttachment', () => {
  it('makes no self-loops and no repeated edges', () => {
    expect(network.nodeCount).toBe(N);
    expect(network.src.length).toBe(network.dst.length);
    expect(graph.edgeCount).toBe(network.src.length);
  });

  it('at the default options gives an in-degree tail exponent between 2.0 and 2.6 at 20,000 nodes', () => {
    const fit = powerLawTailExponent(graph.inLen.subarray(0, N));
    expect(fit.alpha).toBeGreaterThan(2.0);
    expect(fit.alpha).toBeLessThan(2.6);
    expect(fit.tailSize).toBeGreaterThan(500);
  });

  it('at the default options gives a reciprocity between 0.15 and 0.30 and a mean out-degree near 10', () => {
    expect(graph.reciprocity()).toBeGreaterThan(0.15);
    expect(graph.reciprocity()).toBeLessThan(0.3);
    expect(graph.edgeCount / N).toBeGreaterThan(9.5);
    expect(graph.edgeCount / N).toBeLessThan(10.5);
  });

  it('stays Twitter-like at 3,000 nodes', () => {
    const small = generate(2, 3000);
    const g = FollowGraph.fromEdges(3000, small.src, small.dst);
    const alpha = powerLawTailExponent(g.inLen.subarray(0, 3000)).alpha;
    expect(alpha).toBeGreaterThan(2.0);
    expect(alpha).toBeLessThan(2.6);
    expect(g.reciprocity()).toBeGreaterThan(0.15);
    expect(g.reciprocity()).toBeLessThan(0.3);
  });

  it('gives identical edges for the same seed and different edges for another seed', () => {
    const again = generate(1);
    expect(sameInts(again.src, network.src) && sameInts(again.dst, network.dst)).toBe(true);
    const other = generate(2);
    expect(sameInts(other.src, network.src) && sameInts(other.dst, network.dst)).toBe(false);
  });

  it('follows the options: no follow-backs without reciprocity, and a heavier tail with a smaller offset', () => {
    const options = { ...DEFAULT_GENERATOR_OPTIONS, reciprocity: 0 };
    const none = preferentialAttachment(5000, options, Rng.fromSeed(3));
    expect(FollowGraph.fromEdges(5000, none.src, none.dst).reciprocity()).toBe(0);
    const alphaOf = (attachmentOffset: number) => {
      const net = preferentialAttachment(20_000, { ...DEFAULT_GENERATOR_OPTIONS, attachmentOffset }, Rng.fromSeed(4));
      const g = FollowGraph.fromEdges(20_000, net.src, net.dst);
      return powerLawTailExponent(g.inLen.subarray(0, 20_000)).alpha;
    };
    expect(alphaOf(0)).toBeLessThan(alphaOf(20));
  });

  it('handles tiny networks, where early nodes follow everyone present', () => {
    const tiny = preferentialAttachment(5, DEFAULT_GENERATOR_OPTIONS, Rng.fromSeed(5));
    const g = FollowGraph.fromEdges(5, tiny.src, tiny.dst);
    expect(g.edgeCount).toBe(tiny.src.length);
    expect(g.outDegree(0)).toBeLessThanOrEqual(4);
    expect(preferentialAttachment(0, DEFAULT_GENERATOR_OPTIONS, Rng.fromSeed(5)).src.length).toBe(0);
  });
});
