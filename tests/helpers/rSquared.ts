// R² of a one-predictor least-squares line, over all agents or over a chosen subset of them.
import { pearson } from '../../sim/analysis/pearson.js';

/**
 * R² of the least-squares line of `y` on `x` — for one predictor, Pearson's r squared. NaN when there
 * are fewer than two values or either vector is constant.
 */
export function rSquared(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const r = pearson(x, y);
  return r * r;
}

/** `rSquared` of `x[id]` and `y[id]` over the listed ids only. */
export function rSquaredOver(ids: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs = new Float64Array(ids.length);
  const ys = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    xs[k] = x[ids[k]];
    ys[k] = y[ids[k]];
  }
  return rSquared(xs, ys);
}
