// Reporter `hiring`: on every hiring day, how many of those hired on the score are among the truly most influential, and who was missed.
import { AGENT_TYPES, AGENT_TYPE_COUNT, AgentType } from '../../core/agentTypes.js';
import { topIndices } from '../../analysis/topIndices.js';
import type { AgentStore } from '../../agents/agentStore.js';
import { hiresOn } from '../../environment/environmentPhase.js';
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import type { Reporter } from '../reporter.js';

/** One hiring round of the day: the employer and the agent types it hires from (null: every type). */
export interface RoundToday {
  employer: string;
  types: readonly string[] | null;
}

/** The hiring rounds held on `state.tick`: hire shocks applied that day, then standing policies due that day. */
export function hiringRoundsToday(state: SimState): RoundToday[] {
  const rounds: RoundToday[] = [];
  const tick = state.tick;
  for (let e = state.events.length - 1; e >= 0 && state.events[e].tick === tick; e--) {
    const event = state.events[e];
    if (event.kind !== 'hire') continue;
    const options = event.options as { employer: string; types?: string[] };
    rounds.unshift({ employer: options.employer, types: options.types ?? null });
  }
  for (const policy of state.scenario.environment.hiring) {
    if (hiresOn(policy, tick)) rounds.push({ employer: policy.employer, types: policy.types ?? null });
  }
  return rounds;
}

/** A hiring day scored against the truth. */
export interface HiringOutcome {
  hired: number;
  /** Share of the hired who are in the true top k (k = number hired). */
  precision: number;
  hiredByType: Float64Array;
  /** The true top k who were not hired, by type. */
  missedByType: Float64Array;
}

/**
 * Scores the hires made on `tick` (agents whose `hiredTick` is `tick`; k of them) against the true top k
 * by `trueInfluence` at the end of that day, among the candidates of the day's rounds: agents of the
 * rounds' types that were not hired before that day and were active (or hired that day). Ties in the
 * truth go to the lower id.
 */
export function hiringOutcome(agents: AgentStore, tick: number, types: readonly string[] | null): HiringOutcome {
  const n = agents.count;
  let typeMask = types === null ? -1 : 0;
  for (const name of types ?? []) typeMask |= 1 << AgentType[name as keyof typeof AgentType];
  const candidate = new Uint8Array(n);
  const hiredByType = new Float64Array(AGENT_TYPE_COUNT);
  let hired = 0;
  for (let i = 0; i < n; i++) {
    const h = agents.hiredTick[i];
    if (h === tick) {
      hired++;
      hiredByType[agents.type[i]]++;
    }
    candidate[i] = (h === tick || (h === 0 && agents.active[i] !== 0)) && (typeMask >> agents.type[i]) & 1 ? 1 : 0;
  }
  const missedByType = new Float64Array(AGENT_TYPE_COUNT);
  let hits = 0;
  for (const i of topIndices(agents.trueInfluence.subarray(0, n), hired, candidate)) {
    if (agents.hiredTick[i] === tick) hits++;
    else missedByType[agents.type[i]]++;
  }
  return { hired, precision: hired > 0 ? hits / hired : NaN, hiredByType, missedByType };
}

/** The reporter's own state: every hiring day so far, for summary.json. */
export interface HiringState {
  rounds: JsonValue[];
}

/** Types by name with their counts, dropping zeros. */
function countsByType(counts: Float64Array): Record<string, number> {
  return Object.fromEntries(AGENT_TYPES.flatMap((name, t) => (counts[t] > 0 ? [[name, counts[t]]] : [])));
}

/**
 * On each day with a hiring round (a `hire` shock or a standing policy), with group `<employer>`
 * (several employers of one day joined by `+`): `hiring.hired`, `hiring.precision` (share of the hired in
 * the true top k), and `hiring.hired` / `hiring.missed` by `<employer>:<type>`.
 */
export const hiringReporter: Reporter<HiringState> = {
  name: 'hiring',
  description:
    'On each hiring day, group `<employer>` (employers of one day joined by `+`): `hiring.hired` (k) and `hiring.precision` ' +
    '(share of the k hired on the score who are in the true top k by true influence among that day\'s candidates); ' +
    '`hiring.hired` and `hiring.missed` (true top k not hired) by `<employer>:<type>`.',
  createState: () => ({ rounds: [] }),
  due: (state) => state.tick > 0 && hiringRoundsToday(state).length > 0,
  report(state: SimState, emit, own) {
    const rounds = hiringRoundsToday(state);
    const employer = [...new Set(rounds.map((r) => r.employer))].join('+');
    const types = rounds.some((r) => r.types === null) ? null : [...new Set(rounds.flatMap((r) => r.types ?? []))];
    const outcome = hiringOutcome(state.agents, state.tick, types);
    emit('hiring.hired', employer, outcome.hired);
    emit('hiring.precision', employer, outcome.precision);
    for (let t = 0; t < AGENT_TYPE_COUNT; t++) {
      if (outcome.hiredByType[t] === 0 && outcome.missedByType[t] === 0) continue;
      emit('hiring.hired', `${employer}:${AGENT_TYPES[t]}`, outcome.hiredByType[t]);
      emit('hiring.missed', `${employer}:${AGENT_TYPES[t]}`, outcome.missedByType[t]);
    }
    own.rounds.push({
      tick: state.tick,
      employers: rounds.map((r) => r.employer),
      hired: outcome.hired,
      precision: outcome.precision,
      hiredByType: countsByType(outcome.hiredByType),
      missedByType: countsByType(outcome.missedByType),
    });
  },
  summary: (_state, own) => own.rounds,
};
