// Reporter `validity`: every active score against the hidden ground truth of influence (conversions caused).
import { AGENT_TYPES } from '../../core/agentTypes.js';
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import { activeIds, gather } from '../activeAgents.js';
import type { Reporter } from '../reporter.js';
import { truthRanking, validityMeasures, type ValidityMeasures } from '../validityMeasures.js';

/** The validity reporter's own state: the last record, for summary.json. */
export interface ValidityState {
  last: JsonValue;
}

/** Types present among the active agents, by code. */
function presentTypes(types: Uint8Array): number[] {
  const seen = new Set<number>(types);
  return [...seen].sort((a, b) => a - b);
}

/** The measures of one algorithm as summary.json holds them. */
function summaryOf(m: ValidityMeasures, present: number[]): JsonValue {
  return {
    spearman: m.spearman,
    kendall: m.kendall,
    top10: { ...m.top10, precision: m.precisionTop10 },
    top1: { ...m.top1, precision: m.precisionTop1 },
    hiddenGems: m.hiddenGems,
    hiddenGemsByType: Object.fromEntries(present.map((t) => [AGENT_TYPES[t], m.hiddenGemsByType[t]])),
  };
}

/**
 * For every active algorithm (`state.scoring.names`) against `agents.trueInfluence`, over the active
 * agents: `validity.spearman` and `validity.kendall` (tau-b) with group `<algorithm>`, and within the
 * top 10 % / 1 % by that score as `<algorithm>:top10` / `<algorithm>:top1`; `validity.precision`
 * (`<algorithm>:top1`, `<algorithm>:top10`: precision at k = 1 % and 10 % of the agents);
 * `validity.hidden-gems` (`<algorithm>`, and `<algorithm>:<type>` for every type present): the true top
 * 10 % scored below the median. On the interval schedule.
 */
export const validityReporter: Reporter<ValidityState> = {
  name: 'validity',
  description:
    'Each active algorithm against true influence (cumulative conversions caused) over active agents: `validity.spearman` and ' +
    '`validity.kendall` (tau-b) by `<algorithm>`, and within the top 10 % / 1 % by score as `<algorithm>:top10` / `<algorithm>:top1`; ' +
    '`validity.precision` by `<algorithm>:top1` / `<algorithm>:top10` (share of the top k by score in the true top k, k = 1 % / 10 % of agents); ' +
    '`validity.hidden-gems` by `<algorithm>` and `<algorithm>:<type>`: agents in the true top 10 % scored below the median.',
  createState: () => ({ last: null }),
  report(state: SimState, emit, own) {
    const { agents, scoring } = state;
    const ids = activeIds(agents);
    const types = Uint8Array.from(ids, (i) => agents.type[i]);
    const present = presentTypes(types);
    const ranking = truthRanking(gather(agents.trueInfluence, ids));
    const algorithms: Record<string, JsonValue> = {};
    for (const name of scoring.names) {
      const m = validityMeasures(gather(scoring.scores.get(name)!, ids), ranking, types);
      emit('validity.spearman', name, m.spearman);
      emit('validity.spearman', `${name}:top10`, m.top10.spearman);
      emit('validity.spearman', `${name}:top1`, m.top1.spearman);
      emit('validity.kendall', name, m.kendall);
      emit('validity.kendall', `${name}:top10`, m.top10.kendall);
      emit('validity.kendall', `${name}:top1`, m.top1.kendall);
      emit('validity.precision', `${name}:top1`, m.precisionTop1);
      emit('validity.precision', `${name}:top10`, m.precisionTop10);
      emit('validity.hidden-gems', name, m.hiddenGems);
      for (const t of present) emit('validity.hidden-gems', `${name}:${AGENT_TYPES[t]}`, m.hiddenGemsByType[t]);
      algorithms[name] = summaryOf(m, present);
    }
    own.last = { tick: state.tick, displayed: scoring.displayed, agents: ids.length, algorithms };
  },
  summary: (_state, own) => own.last,
};
