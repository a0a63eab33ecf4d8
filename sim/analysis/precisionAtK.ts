// Precision at k: how many of the k highest scored are among the k truly most influential.
import { topIndices } from './topIndices.js';

/**
 * The share of the top `k` ids by `score` that are also in the top `k` by `truth` (both with ties broken
 * to the lower id), among the ids whose `include` entry is non-zero (default: all). `k` is capped at the
 * number of included ids; NaN when that is 0 or `k` < 1. Throws a RangeError when the lengths differ.
 */
export function precisionAtK(
  score: ArrayLike<number>,
  truth: ArrayLike<number>,
  k: number,
  include?: ArrayLike<number>,
): number {
  if (truth.length !== score.length) throw new RangeError(`score has ${score.length} values but truth has ${truth.length}`);
  const byScore = topIndices(score, k, include);
  const byTruth = topIndices(truth, k, include);
  if (byScore.length === 0 || k < 1) return NaN;
  const inTruth = new Uint8Array(score.length);
  for (let j = 0; j < byTruth.length; j++) inTruth[byTruth[j]] = 1;
  let hits = 0;
  for (let j = 0; j < byScore.length; j++) hits += inTruth[byScore[j]];
  return hits / byScore.length;
}
