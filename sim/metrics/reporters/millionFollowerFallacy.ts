// Reporter `million-follower-fallacy`: Cha et al. (2010)'s table — rank correlations of followers, shares and mentions received.
import { spearman } from '../../analysis/spearman.js';
import { topCount, topIndices } from '../../analysis/topIndices.js';
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import { activeIds, gather, pick } from '../activeAgents.js';
import type { Reporter } from '../reporter.js';

/** One row of the table: Spearman's rho of two measures over all agents and within the top 10 % and 1 % by the first. */
export interface FallacyPair {
  /** `followers-shares`, `followers-mentions` or `shares-mentions`. */
  pair: string;
  all: number;
  top10: number;
  top1: number;
}

/**
 * Cha et al.'s table for the given measures of the same agents (`followers[j]`, `shares[j]`,
 * `mentions[j]`): for each pair, Spearman's rho over everyone, and within the top ⌈10 %⌉ and ⌈1 %⌉ ranked by
 * the pair's first measure (ties to the lower position), as Cha et al. ranked. NaN where a group's values
 * are constant or fewer than two.
 */
export function millionFollowerTable(followers: Float64Array, shares: Float64Array, mentions: Float64Array): FallacyPair[] {
  const measures = { followers, shares, mentions };
  const n = followers.length;
  // Cha et al.'s order: indegree–retweets, indegree–mentions, retweets–mentions.
  const pairs: [keyof typeof measures, keyof typeof measures][] = [['followers', 'shares'], ['followers', 'mentions'], ['shares', 'mentions']];
  return pairs.map(([a, b]) => {
    const x = measures[a];
    const y = measures[b];
    const top10 = topIndices(x, topCount(0.1, n));
    const top1 = top10.subarray(0, topCount(0.01, n));
    return {
      pair: `${a}-${b}`,
      all: spearman(x, y),
      top10: spearman(pick(x, top10), pick(y, top10)),
      top1: spearman(pick(x, top1), pick(y, top1)),
    };
  });
}

/** The reporter's own state: the last table, for summary.json. */
export interface FallacyState {
  last: JsonValue;
}

/**
 * `mff.spearman` by `<pair>`, `<pair>:top10` and `<pair>:top1` for the pairs followers-shares,
 * followers-mentions and shares-mentions: followers now, shares and mentions received so far (cumulative),
 * over the active agents. On the interval schedule, so always on the last tick.
 */
export const millionFollowerFallacyReporter: Reporter<FallacyState> = {
  name: 'million-follower-fallacy',
  description:
    'Cha et al. (2010): `mff.spearman` (Spearman\'s rho) by `followers-shares`, `followers-mentions` and `shares-mentions` over active ' +
    'agents (followers now; shares and mentions received, cumulative), and within the top 10 % / 1 % by the first measure of the ' +
    'pair as `<pair>:top10` / `<pair>:top1` (real Twitter: about 0.55 over all users, near 0.1 at the top).',
  createState: () => ({ last: null }),
  report(state: SimState, emit, own) {
    const { agents, graph } = state;
    const ids = activeIds(agents);
    const table = millionFollowerTable(gather(graph.inLen, ids), gather(agents.sharesReceived, ids), gather(agents.mentionsReceived, ids));
    for (const row of table) {
      emit('mff.spearman', row.pair, row.all);
      emit('mff.spearman', `${row.pair}:top10`, row.top10);
      emit('mff.spearman', `${row.pair}:top1`, row.top1);
    }
    own.last = { tick: state.tick, agents: ids.length, pairs: table.map((row) => ({ ...row })) };
  },
  summary: (_state, own) => own.last,
};
