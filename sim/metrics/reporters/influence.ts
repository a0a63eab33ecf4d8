// Reporter `influence`: conversions since the last record and cumulative true influence by type.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import type { Reporter } from '../reporter.js';

/** Conversions (the ground truth of influence) online and offline, and how true influence splits by type. */
export const influenceReporter: Reporter = {
  name: 'influence',
  description:
    '`conversions` online and offline since the previous record; `true-influence-mean` and `true-influence-share` ' +
    'by type: cumulative conversions credited (author 1, sharers their chain credit, offline included).',
  report({ agents, counters: C }, emit) {
    emit('conversions', 'online', C.conversionsOnline);
    emit('conversions', 'offline', C.conversionsOffline);
    const sum = new Float64Array(AGENT_TYPE_COUNT);
    const count = new Float64Array(AGENT_TYPE_COUNT);
    let total = 0;
    for (let i = 0; i < agents.count; i++) {
      if (!agents.active[i]) continue;
      sum[agents.type[i]] += agents.trueInfluence[i];
      count[agents.type[i]]++;
      total += agents.trueInfluence[i];
    }
    AGENT_TYPES.forEach((name, t) => {
      emit('true-influence-mean', name, count[t] > 0 ? sum[t] / count[t] : NaN);
      emit('true-influence-share', name, total > 0 ? sum[t] / total : NaN);
    });
  },
};
