// Hidden gems: the truly influential whom the score ranks below the median, the people a score filter misses.
import { topCount, topIndices } from './topIndices.js';

/** Options of `hiddenGems`. Defaults: `HIDDEN_GEMS_DEFAULTS`. */
export interface HiddenGemsOptions {
  /** Share of the active agents that counts as the true top (default 0.1, the top 10 %). */
  topFraction: number;
}

/** Defaults of `hiddenGems`: the true top 10 %. */
export const HIDDEN_GEMS_DEFAULTS: Readonly<HiddenGemsOptions> = Object.freeze({ topFraction: 0.1 });

/**
 * Ids, ascending, of the active agents (`active[i]` non-zero) that are in the true top `topFraction`
 * (⌈fraction · active⌉ agents by `truth`, ties to the lower id) and whose `score` is strictly below the
 * median score of the active agents (the mean of the two middle values when their count is even).
 * Empty when no agent is active. Throws a RangeError when the lengths differ.
 */
export function hiddenGems(
  score: ArrayLike<number>,
  truth: ArrayLike<number>,
  active: ArrayLike<number>,
  options: Partial<HiddenGemsOptions> = {},
): Int32Array {
  const { topFraction } = { ...HIDDEN_GEMS_DEFAULTS, ...options };
  const n = score.length;
  if (truth.length !== n || active.length !== n) {
    throw new RangeError(`score, truth and active have ${n}, ${truth.length} and ${active.length} entries`);
  }
  const activeScores = new Float64Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (active[i]) activeScores[count++] = score[i];
  if (count === 0) return new Int32Array(0);
  const sorted = activeScores.subarray(0, count).sort();
  const median = count % 2 === 1 ? sorted[(count - 1) / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2;
  const top = topIndices(truth, topCount(topFraction, count), active);
  const gems = top.filter((i) => score[i] < median);
  return gems.sort();
}
