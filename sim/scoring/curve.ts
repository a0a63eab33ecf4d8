// The shared quantile mapper: raw values to the familiar 1–100 scale, "graded on a curve".
import { argsort } from '../core/rankOrder.js';

/** Anchors of the curve: (percentile rank, score). Between anchors the score is linear in rank. */
export interface CurveOptions {
  anchors: ReadonlyArray<readonly [number, number]>;
  /** The top account scores 100 only if its raw value is at least this multiple of the runner-up's. */
  dominance: number;
}

/**
 * Defaults: median 20, 90th percentile 38, 95th 50, 99th 62, 99.5th 72, 99.9th 85, top 99 — so the
 * celebrities (the top half percent) land at 70 and above, and one clearly dominant account (twice the
 * runner-up's raw value) gets the perfect 100.
 */
export const CURVE_DEFAULTS: CurveOptions = {
  anchors: [
    [0, 1],
    [0.5, 20],
    [0.9, 38],
    [0.95, 50],
    [0.99, 62],
    [0.995, 72],
    [0.999, 85],
    [1, 99],
  ],
  dominance: 2,
};

/** Score at percentile rank p in [0, 1] by linear interpolation between the anchors. */
export function curveScore(p: number, anchors: CurveOptions['anchors'] = CURVE_DEFAULTS.anchors): number {
  for (let k = 1; k < anchors.length; k++) {
    const [p1, s1] = anchors[k];
    if (p <= p1) {
      const [p0, s0] = anchors[k - 1];
      return p1 === p0 ? s1 : s0 + ((s1 - s0) * (p - p0)) / (p1 - p0);
    }
  }
  return anchors[anchors.length - 1][1];
}

/**
 * Maps raw values of the active agents to 1–100 by percentile rank: ties share their average rank
 * (so everyone with no activity gets the same score), the rank (0 for the lowest, 1 for the highest)
 * goes through the curve, and the single highest raw value becomes 100 when it is at least `dominance`
 * times the runner-up. Inactive agents get 0; non-finite raw values count as 0. Ranks come from the
 * linear-time `argsort`, so re-grading a million agents every day stays cheap.
 */
export function curveMap(
  raw: ArrayLike<number>,
  active: ArrayLike<number>,
  count: number,
  out: Float32Array,
  options: CurveOptions = CURVE_DEFAULTS,
): void {
  const ids = new Int32Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (active[i]) ids[m++] = i;
    else out[i] = 0;
  }
  const values = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const v = raw[ids[k]];
    values[k] = Number.isFinite(v) ? v : 0;
  }
  const order = argsort(values);
  const last = m - 1;
  let k = 0;
  while (k < m) {
    const v = values[order[k]];
    let end = k + 1;
    while (end < m && values[order[end]] === v) end++;
    const score = curveScore(m > 1 ? (k + end - 1) / 2 / last : 1, options.anchors);
    for (let j = k; j < end; j++) out[ids[order[j]]] = score;
    k = end;
  }
  if (m >= 1) {
    const top = values[order[last]];
    const second = m > 1 ? values[order[last - 1]] : 0;
    if (top > 0 && top >= options.dominance * second) out[ids[order[last]]] = 100;
  }
}
