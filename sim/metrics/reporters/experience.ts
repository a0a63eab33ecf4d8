// Reporter `experience`: what the score does to people's time and feeds — conversations, bait, minutes per conversion, levelling, inequality, bunching.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import { activeIds, gather } from '../activeAgents.js';
import { gini } from '../gini.js';
import type { Reporter } from '../reporter.js';
import { perkBunching, scoreByHours } from '../scoreCurves.js';

/** The reporter's own state: the last record, for summary.json. */
export interface ExperienceState {
  last: JsonValue;
  /** Reads of bait and all reads over the run so far (the interval totals added up at every record). */
  baitReads: number;
  reads: number;
}

/** Per-type sums over the active agents of `ids`. */
function sumByType(state: SimState, ids: Int32Array, value: (i: number) => number): Float64Array {
  const sums = new Float64Array(AGENT_TYPE_COUNT);
  for (let j = 0; j < ids.length; j++) sums[state.agents.type[ids[j]]] += value(ids[j]);
  return sums;
}

/**
 * `experience.conversations-per-agent` and `experience.minutes-per-conversion` by type (cumulative:
 * conversations of two turns or more per agent; minutes spent per online conversion caused, the
 * author's and the share chain's credit); `experience.bait-feed-share` (reads of bait / all reads since
 * the previous record); `experience.score-by-hours` and `experience.seekers-by-hours` by hours bin (score
 * seekers' mean displayed score and count against cumulative hours spent); `experience.score-gini` by
 * `displayed` and each algorithm; `experience.perk-bunching` by perk threshold T (agents scored in
 * [T, T+3) over those in [T−3, T)). Over active agents, on the interval schedule.
 */
export const experienceReporter: Reporter<ExperienceState> = {
  name: 'experience',
  description:
    '`experience.conversations-per-agent` and `experience.minutes-per-conversion` by type (cumulative; minutes spent per online ' +
    'conversion caused, share-chain credit included); `experience.bait-feed-share` (reads of bait posts / all reads since the previous ' +
    'record); `experience.score-by-hours` (mean displayed score) and `experience.seekers-by-hours` (count) of score seekers by bin of ' +
    'cumulative hours spent (`0-1` … `5000+`), the diminishing-returns curve; `experience.score-gini` by `displayed` and each algorithm; ' +
    '`experience.perk-bunching` by threshold T: agents scored in [T, T+3) over those in [T−3, T) (1: no bunching).',
  createState: () => ({ last: null, baitReads: 0, reads: 0 }),
  report(state: SimState, emit, own) {
    const { agents, tables, counters: C, scoring, environment } = state;
    const ids = activeIds(agents);
    const present = new Float64Array(AGENT_TYPE_COUNT);
    for (let j = 0; j < ids.length; j++) present[agents.type[ids[j]]]++;
    const conversations = sumByType(state, ids, (i) => agents.conversations[i]);
    const minutes = sumByType(state, ids, (i) => agents.minutesSpent[i]);
    const conversions = sumByType(state, ids, (i) => agents.onlineConversions[i] + agents.shareConversions[i]);
    const byType: Record<string, JsonValue> = {};
    for (let t = 0; t < AGENT_TYPE_COUNT; t++) {
      if (present[t] === 0) continue;
      const perAgent = conversations[t] / present[t];
      const perConversion = conversions[t] > 0 ? minutes[t] / conversions[t] : NaN;
      emit('experience.conversations-per-agent', AGENT_TYPES[t], perAgent);
      emit('experience.minutes-per-conversion', AGENT_TYPES[t], perConversion);
      byType[AGENT_TYPES[t]] = { conversationsPerAgent: perAgent, minutesPerConversion: perConversion };
    }
    const baitShare = C.reads > 0 ? C.baitReads / C.reads : NaN;
    emit('experience.bait-feed-share', 'all', baitShare);
    own.baitReads += C.baitReads;
    own.reads += C.reads;

    const seekers = ids.filter((i) => tables.scoreSeeking[agents.type[i]] > 0);
    const curve = scoreByHours(gather(agents.score, seekers), Float64Array.from(seekers, (i) => agents.minutesSpent[i] / 60));
    for (const bin of curve) {
      emit('experience.score-by-hours', bin.label, bin.meanScore);
      emit('experience.seekers-by-hours', bin.label, bin.agents);
    }

    const displayed = gather(agents.score, ids);
    const ginis: Record<string, number> = { displayed: gini(displayed) };
    for (const name of scoring.names) ginis[name] = gini(gather(scoring.scores.get(name)!, ids));
    for (const [group, value] of Object.entries(ginis)) emit('experience.score-gini', group, value);

    const thresholds = environment.perks.thresholds;
    const bunching = perkBunching(displayed, thresholds);
    thresholds.forEach((t, k) => emit('experience.perk-bunching', String(t), bunching[k]));

    own.last = {
      tick: state.tick,
      byType,
      baitFeedShare: own.reads > 0 ? own.baitReads / own.reads : NaN,
      scoreByHours: curve.map((bin) => ({ ...bin })),
      scoreGini: ginis,
      perkBunching: Object.fromEntries(thresholds.map((t, k) => [String(t), bunching[k]])),
    };
  },
  summary: (_state, own) => own.last,
};
