// The Million Follower Fallacy table (Cha et al. 2010): rank correlations of followers, shares and mentions received.
import type { RankTable } from '../charts/rankTableChart.js';
import { spearmanOver } from './rankCorrelation.js';

/** Per-agent counts the table compares (parallel arrays over agents; `active` non-zero for agents to include). */
export interface InfluenceMeasures {
  followers: ArrayLike<number>;
  sharesReceived: ArrayLike<number>;
  mentionsReceived: ArrayLike<number>;
  active?: ArrayLike<number>;
}

/** The table's columns: the population, then the top shares of agents by either measure of a pair. */
export const FALLACY_COLUMNS = ['all', 'top 10 %', 'top 1 %'] as const;
const TOP_SHARES = [1, 0.1, 0.01];

/** Ids of the top `share` of `ids` by `values` (at least 2), highest first, ties broken by id. */
export function topIds(values: ArrayLike<number>, ids: readonly number[], share: number): number[] {
  const k = Math.max(2, Math.ceil(ids.length * share));
  return [...ids].sort((a, b) => values[b] - values[a] || a - b).slice(0, k);
}

/**
 * Spearman's ρ for each pair of measures over all active agents, and over the agents in the top 10 % or
 * top 1 % by either measure of the pair (the union, as Cha et al. compare the top users of two rankings).
 */
export function millionFollowerTable(m: InfluenceMeasures): RankTable {
  const n = m.followers.length;
  const ids: number[] = [];
  for (let i = 0; i < n; i++) if (!m.active || m.active[i]) ids.push(i);
  const pairs: Array<[string, ArrayLike<number>, ArrayLike<number>]> = [
    ['followers – shares received', m.followers, m.sharesReceived],
    ['followers – mentions received', m.followers, m.mentionsReceived],
    ['shares – mentions received', m.sharesReceived, m.mentionsReceived],
  ];
  return {
    columns: [...FALLACY_COLUMNS],
    rows: pairs.map(([label, a, b]) => ({
      label,
      values: TOP_SHARES.map((share) => {
        if (share === 1) return spearmanOver(a, b, ids);
        const union = [...new Set([...topIds(a, ids, share), ...topIds(b, ids, share)])].sort((p, q) => p - q);
        return spearmanOver(a, b, union);
      }),
    })),
  };
}
