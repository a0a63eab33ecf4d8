// Reporter `activity`: posts, reactions, reads, conversations and minutes since the last record.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import { REACTION_KINDS } from '../../agents/typeTables.js';
import type { Reporter } from '../reporter.js';

/** Interval totals of the day's activity; the interval is the days since the previous record. */
export const activityReporter: Reporter = {
  name: 'activity',
  description:
    '`posts` by type and `bait-posts`; `reactions` by kind (like, reply, share, mention); `reads` and `cascade-reads`; ' +
    '`conversations` (two turns or more); `minutes-per-agent-day` by type. All totals since the previous record, except minutes (a mean per agent and day).',
  report({ agents, counters: C }, emit) {
    const population = new Float64Array(AGENT_TYPE_COUNT);
    for (let i = 0; i < agents.count; i++) if (agents.active[i]) population[agents.type[i]]++;
    AGENT_TYPES.forEach((name, t) => emit('posts', name, C.postsByType[t]));
    emit('bait-posts', 'all', C.baitPosts);
    REACTION_KINDS.forEach((kind, k) => emit('reactions', kind, C.reactionsByKind[k]));
    emit('reads', 'all', C.reads);
    emit('cascade-reads', 'all', C.cascadeReads);
    emit('conversations', 'all', C.conversations);
    AGENT_TYPES.forEach((name, t) => {
      const agentDays = population[t] * Math.max(1, C.days);
      emit('minutes-per-agent-day', name, agentDays > 0 ? C.minutesByType[t] / agentDays : NaN);
    });
  },
};
