// How well one score ranks agents by their true influence: rank correlations overall and at the top, precision at k, hidden gems.
import { AGENT_TYPE_COUNT } from '../core/agentTypes.js';
import { argsort, averageRanks } from '../core/rankOrder.js';
import { kendallTauB } from '../analysis/kendallTauB.js';
import { pearson } from '../analysis/pearson.js';
import { hasNaN, spearman } from '../analysis/spearman.js';
import { topCount, topIndices } from '../analysis/topIndices.js';
import { pick } from './activeAgents.js';

/** Rank correlations of score and truth among one group of agents. */
export interface RankAgreement {
  spearman: number;
  kendall: number;
}

/** Everything `validityMeasures` finds for one score. NaN marks an undefined value (a constant score, too few agents). */
export interface ValidityMeasures extends RankAgreement {
  /** Within the top 10 % by score (⌈0.1·n⌉ agents, ties to the lower id). */
  top10: RankAgreement;
  /** Within the top 1 % by score (⌈0.01·n⌉ agents). */
  top1: RankAgreement;
  /** Share of the top k by score that is in the true top k, for k = ⌈1 %⌉ and ⌈10 %⌉ of the agents (`precisionAtK`). */
  precisionTop1: number;
  precisionTop10: number;
  /** Agents in the true top 10 % scored strictly below the median score (`hiddenGems`), and their count by type code. */
  hiddenGems: number;
  hiddenGemsByType: Float64Array;
}

/** The truth side, shared by every score of one record: truth per agent of the list, its average ranks, and the true top 1 % and 10 % as masks. */
export interface TruthRanking {
  truth: Float64Array;
  /** Average ranks of the truth (null when it holds a NaN: Spearman is then NaN). */
  ranks: Float64Array | null;
  inTop1: Uint8Array;
  inTop10: Uint8Array;
}

/** Ranks the truth of a list of agents once: the true top ⌈1 %⌉ and ⌈10 %⌉ (ties to the lower position). */
export function truthRanking(truth: Float64Array): TruthRanking {
  const n = truth.length;
  const top10 = topIndices(truth, topCount(0.1, n));
  const inTop10 = new Uint8Array(n);
  const inTop1 = new Uint8Array(n);
  for (let j = 0; j < top10.length; j++) inTop10[top10[j]] = 1;
  for (let j = 0; j < topCount(0.01, n); j++) inTop1[top10[j]] = 1;
  return { truth, ranks: hasNaN(truth) ? null : averageRanks(truth), inTop1, inTop10 };
}

/** The ⌈k⌉ largest of `values` from their ascending stable `order`: largest first, equal values in id order (as `topIndices`). */
function topFromOrder(values: Float64Array, order: Uint32Array, k: number): Int32Array {
  const top = new Int32Array(k);
  let m = 0;
  for (let end = order.length - 1; end >= 0 && m < k; ) {
    let start = end;
    while (start > 0 && values[order[start - 1]] === values[order[end]]) start--;
    for (let j = start; j <= end && m < k; j++) top[m++] = order[j];
    end = start - 1;
  }
  return top;
}

/** The median of `values` from their ascending `order`; NaN when empty. */
function medianFromOrder(values: Float64Array, order: Uint32Array): number {
  const n = order.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? values[order[(n - 1) / 2]] : (values[order[n / 2 - 1]] + values[order[n / 2]]) / 2;
}

function agreement(score: Float64Array, truth: Float64Array, within?: ArrayLike<number>): RankAgreement {
  const x = within ? pick(score, within) : score;
  const y = within ? pick(truth, within) : truth;
  return { spearman: spearman(x, y), kendall: kendallTauB(x, y) };
}

function hits(top: ArrayLike<number>, mask: Uint8Array): number {
  let h = 0;
  for (let j = 0; j < top.length; j++) h += mask[top[j]];
  return h;
}

/**
 * Validity of `score` against `ranking.truth`, both over the same list of agents (the active ones, in
 * id order, so "ties to the lower position" is ties to the lower id) whose type codes are `types`. The
 * top groups are by score; precision compares the top k by score with the true top k; hidden gems are
 * the true top 10 % scored strictly below the median. Equal to the analysis kernels (`spearman`,
 * `kendallTauB`, `precisionAtK`, `hiddenGems`) on the same agents, but sorts each score once (its
 * ranks, top and median come from one `argsort`) and shares the truth's ranks across scores.
 */
export function validityMeasures(score: Float64Array, ranking: TruthRanking, types: ArrayLike<number>): ValidityMeasures {
  const n = score.length;
  const { truth, inTop1, inTop10 } = ranking;
  const k10 = topCount(0.1, n);
  const k1 = topCount(0.01, n);
  const nan = hasNaN(score);
  const order = argsort(score);
  const top10 = nan ? topIndices(score, k10) : topFromOrder(score, order, k10);
  const top1 = top10.subarray(0, k1);
  const middle = medianFromOrder(score, order);
  const hiddenGemsByType = new Float64Array(AGENT_TYPE_COUNT);
  let hiddenGems = 0;
  for (let j = 0; j < n; j++) {
    if (inTop10[j] && score[j] < middle) {
      hiddenGems++;
      hiddenGemsByType[types[j]]++;
    }
  }
  return {
    spearman: nan || ranking.ranks === null ? NaN : pearson(averageRanks(score, order), ranking.ranks),
    kendall: kendallTauB(score, truth),
    top10: agreement(score, truth, top10),
    top1: agreement(score, truth, top1),
    precisionTop1: n === 0 ? NaN : hits(top1, inTop1) / k1,
    precisionTop10: n === 0 ? NaN : hits(top10, inTop10) / k10,
    hiddenGems,
    hiddenGemsByType,
  };
}
