// Reporter `response`: the tactics score seekers use, and how many agents quit or converted.
import { TACTICS, TACTIC_COUNT } from '../../response/tactics.js';
import type { Reporter } from '../reporter.js';

/** `tactic-share` by tactic name among active score seekers (NaN when there are none); `churned`, `converted` (interval totals). */
export const responseReporter: Reporter = {
  name: 'response',
  description:
    '`tactic-share` by tactic (none, postMore, engageHighScorers, reciprocityRings, linkNetworks, followBack, focusTopic): ' +
    'share of active score seekers using it today (NaN with none); `churned` (agents who quit after a large score drop) and ' +
    '`converted` (engagers turned chasers), totals since the previous record.',
  report({ agents, tables, response }, emit) {
    const counts = new Float64Array(TACTIC_COUNT);
    let seekers = 0;
    for (let i = 0; i < agents.count; i++) {
      if (agents.active[i] === 0 || tables.scoreSeeking[agents.type[i]] <= 0) continue;
      counts[agents.tactic[i]]++;
      seekers++;
    }
    TACTICS.forEach((name, k) => emit('tactic-share', name, seekers > 0 ? counts[k] / seekers : NaN));
    emit('churned', 'all', response.churned);
    emit('converted', 'all', response.converted);
  },
};
