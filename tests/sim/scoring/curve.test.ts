// Tests of the 1–100 curve: its shape on a heavy-tailed population, ties, dominance, inactive agents.
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../sim/core/rng.js';
import { CURVE_DEFAULTS, curveMap, curveScore } from '../../../sim/scoring/curve.js';

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round(q * (sorted.length - 1))];
}

describe('curveMap', () => {
  it('grades a heavy-tailed population on the curve: median near 20, 95th percentile near 50, top 0.5 % at 70+', () => {
    const rng = Rng.fromSeed(1);
    const n = 20000;
    const raw = Float64Array.from({ length: n }, () => rng.logNormal(0, 2));
    raw[123] = 1e9; // one clearly dominant account
    const out = new Float32Array(n);
    curveMap(raw, new Uint8Array(n).fill(1), n, out);
    const scores = [...out];
    expect(quantile(scores, 0.5)).toBeCloseTo(20, 0);
    expect(quantile(scores, 0.95)).toBeCloseTo(50, 0);
    const top = [...raw.keys()].sort((a, b) => raw[b] - raw[a]).slice(0, n * 0.005);
    for (const i of top) expect(out[i]).toBeGreaterThanOrEqual(70);
    expect(out[123]).toBe(100);
    expect(scores.filter((s) => s === 100)).toHaveLength(1);
  });

  it('gives 100 to nobody when the top account is not clearly dominant', () => {
    const raw = Float64Array.from([1, 2, 3, 10, 11]);
    const out = new Float32Array(5);
    curveMap(raw, new Uint8Array(5).fill(1), 5, out);
    expect(Math.max(...out)).toBe(99);
  });

  it('gives tied raw values one score, and inactive agents 0', () => {
    const raw = Float64Array.from([0, 0, 0, 5, 11, 0]);
    const active = Uint8Array.from([1, 1, 1, 1, 1, 0]);
    const out = new Float32Array(6);
    curveMap(raw, active, 6, out);
    expect(out[0]).toBe(out[1]);
    expect(out[1]).toBe(out[2]);
    expect(out[0]).toBeCloseTo(curveScore(0.25), 5);
    expect(out[5]).toBe(0);
    expect(out[4]).toBe(100);
  });

  it('curveScore passes through every anchor', () => {
    for (const [p, score] of CURVE_DEFAULTS.anchors) expect(curveScore(p)).toBeCloseTo(score, 10);
  });
});
