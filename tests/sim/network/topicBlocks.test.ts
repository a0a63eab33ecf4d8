// Tests of the topic-blocks generator: block assignment, within-block share, follow-backs and reproducibility.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { FollowGraph } from '../../../sim/network/followGraph.js';
import { topicBlocks } from '../../../sim/network/generators/topicBlocks.js';
import { DEFAULT_GENERATOR_OPTIONS, type GeneratorOptions } from '../../../sim/network/types.js';

const N = 20_000;
/** Fast equality of typed arrays (toEqual on 200,000 entries is slow). */
const sameInts = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.prototype.every.call(a, (x, i) => x === b[i]);
const generate = (options: Partial<GeneratorOptions>, seed = 1) =>
  topicBlocks(N, { ...DEFAULT_GENERATOR_OPTIONS, ...options }, Rng.fromSeed(seed).fork('network'));

function withinBlockShare(net: ReturnType<typeof generate>): number {
  let within = 0;
  for (let i = 0; i < net.src.length; i++) if (net.block![net.src[i]] === net.block![net.dst[i]]) within++;
  return within / net.src.length;
}

describe('topicBlocks', () => {
  it('assigns every node one of the blocks, all of them used', () => {
    const net = generate({ blocks: 6 });
    expect(net.block).toHaveLength(N);
    const used = new Set(net.block);
    expect([...used].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts a share of edges near withinBlock inside blocks', () => {
    expect(withinBlockShare(generate({}))).toBeCloseTo(DEFAULT_GENERATOR_OPTIONS.withinBlock, 1);
    expect(Math.abs(withinBlockShare(generate({ withinBlock: 0.8 })) - 0.8)).toBeLessThan(0.02);
    expect(Math.abs(withinBlockShare(generate({ withinBlock: 0.4, blocks: 4 })) - 0.4)).toBeLessThan(0.02);
  });

  it('makes no self-loops or repeats, reciprocates near 2r/(1 + r) and has a heavy-tailed in-degree', () => {
    const net = generate({});
    const g = FollowGraph.fromEdges(N, net.src, net.dst);
    expect(g.edgeCount).toBe(net.src.length);
    const r = DEFAULT_GENERATOR_OPTIONS.reciprocity;
    expect(Math.abs(g.reciprocity() - (2 * r) / (1 + r))).toBeLessThan(0.02);
    let maxIn = 0;
    for (let v = 0; v < N; v++) maxIn = Math.max(maxIn, g.inDegree(v));
    expect(maxIn).toBeGreaterThan(50 * (g.edgeCount / N));
  });

  it('gives identical output for the same seed and different output for another', () => {
    const a = generate({});
    const b = generate({});
    expect(sameInts(b.src, a.src) && sameInts(b.dst, a.dst) && sameInts(b.block!, a.block!)).toBe(true);
    expect(sameInts(generate({}, 2).block!, a.block!)).toBe(false);
  });

  it('rejects a block count outside 1 to 256', () => {
    expect(() => generate({ blocks: 0 })).toThrow(/1 to 256 blocks/);
    expect(generate({ blocks: 1 }).block!.every((b) => b === 0)).toBe(true);
  });
});
