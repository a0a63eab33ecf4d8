// Tests of the seeded generator: reproducible, forkable into independent streams, and resumable from its state.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  it('fromSeed gives the same stream for the same seed and a different one for another seed', () => {
    expect(draws(Rng.fromSeed(7), 5)).toEqual(draws(Rng.fromSeed(7), 5));
    expect(draws(Rng.fromSeed(7), 5)).not.toEqual(draws(Rng.fromSeed(8), 5));
    expect(draws(Rng.fromSeed(7), 3)).toEqual(draws(Rng.fromSeed('7'), 3));
  });

  it('fork streams depend only on the seed and the name, not on earlier draws', () => {
    const a = Rng.fromSeed(1);
    const b = Rng.fromSeed(1);
    draws(b, 100);
    expect(draws(a.fork('network'), 5)).toEqual(draws(b.fork('network'), 5));
    expect(draws(a.fork('network'), 5)).not.toEqual(draws(a.fork('shocks'), 5));
  });

  it('fromState resumes exactly where state() was taken, through JSON', () => {
    const rng = Rng.fromSeed(3).fork('agents');
    draws(rng, 17);
    const saved = JSON.parse(JSON.stringify(rng.state()));
    const expected = draws(rng, 10);
    expect(draws(Rng.fromState(saved), 10)).toEqual(expected);
  });

  it('poisson, normal and beta have the requested means', () => {
    const rng = Rng.fromSeed(11);
    const n = 20000;
    let p = 0;
    let q = 0;
    let b = 0;
    let big = 0;
    for (let i = 0; i < n; i++) {
      p += rng.poisson(2.5);
      q += rng.normal(1, 2);
      b += rng.beta(2, 6);
      big += rng.poisson(100);
    }
    expect(p / n).toBeCloseTo(2.5, 1);
    expect(q / n).toBeCloseTo(1, 1);
    expect(b / n).toBeCloseTo(0.25, 2);
    expect(big / n).toBeGreaterThan(99);
    expect(big / n).toBeLessThan(101);
  });

  it('shuffle permutes typed arrays in place', () => {
    const a = Int32Array.from({ length: 50 }, (_, i) => i);
    Rng.fromSeed(5).shuffle(a);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect([...a]).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});
