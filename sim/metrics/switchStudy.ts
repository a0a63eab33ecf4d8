// What a scoring switch did to people: the scores and cohorts of the day before, and the change k days later.
import { AGENT_TYPES } from '../core/agentTypes.js';
import { spearman } from '../analysis/spearman.js';
import { topCount, topIndices } from '../analysis/topIndices.js';
import type { SimState } from '../engine/state.js';
import { median } from './activeAgents.js';
import { SHOCK_ACTIVITY_DAYS } from './historyDays.js';

/** Cohort bits of `SwitchStudy.cohort`: in the panel (active the day before), in the prior top decile, prior active poster. */
export const Cohort = { panel: 1, top10: 2, active: 4 } as const;

/** A change of more than this many points counts as rising (or, below its negative, falling); else staying. */
export const STAYED_WITHIN = 1;

/** How many winners and losers summary.json lists for each horizon. */
export const WINNERS_LISTED = 10;

/** The state of the day before a switch, kept until every horizon is measured (plain data, checkpointed). */
export interface SwitchStudy {
  /** The switch's index in the scenario's `shocks` and its tick T. */
  shock: number;
  tick: number;
  from: string;
  to: string;
  /** Displayed score of every agent (0 … agents − 1) at the end of day T − 1. */
  before: Float32Array;
  /** Type codes then. */
  type: Uint8Array;
  /** Cohort bits (`Cohort`): active then; top 10 % by displayed score then; posted more than the median over the 30 days before. */
  cohort: Uint8Array;
  /** Horizon labels measured so far (`7d`, `30d`, `end`). */
  done: string[];
}

/**
 * Keeps the state of the day before switch `shock` (to `to`) applies on `state.tick + 1`: displayed
 * scores, types, and the prior cohorts among the active agents — the top ⌈10 %⌉ by displayed score (ties
 * to the lower id), and the active posters (more posts than the median over the last
 * SHOCK_ACTIVITY_DAYS days, from the scoring service's log) against the quiet ones.
 */
export function captureSwitch(state: SimState, shock: number, to: string): SwitchStudy {
  const { agents } = state;
  const n = agents.count;
  const posts = new Float64Array(n);
  for (const day of state.scoring.recentLogs(SHOCK_ACTIVITY_DAYS)) {
    for (const author of day.postAuthors) if (author < n) posts[author]++;
  }
  const active = agents.active.subarray(0, n);
  const activePosts: number[] = [];
  let activeCount = 0;
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    activePosts.push(posts[i]);
    activeCount++;
  }
  const middle = median(Float64Array.from(activePosts));
  const cohort = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (active[i] !== 0) cohort[i] = Cohort.panel | (posts[i] > middle ? Cohort.active : 0);
  for (const i of topIndices(agents.score.subarray(0, n), topCount(0.1, activeCount), active)) cohort[i] |= Cohort.top10;
  return {
    shock,
    tick: state.tick + 1,
    from: state.scoring.displayed,
    to,
    before: agents.score.slice(0, n),
    type: agents.type.slice(0, n),
    cohort,
    done: [],
  };
}

/** How the scores of one cohort changed. */
export interface ChangeStats {
  agents: number;
  mean: number;
  median: number;
  /** Shares that rose by more than STAYED_WITHIN points, fell by more, or stayed within. */
  rose: number;
  fell: number;
  stayed: number;
}

/** Change statistics of a list of score changes. */
export function changeStats(change: Float64Array): ChangeStats {
  const n = change.length;
  let sum = 0;
  let rose = 0;
  let fell = 0;
  for (let j = 0; j < n; j++) {
    sum += change[j];
    if (change[j] > STAYED_WITHIN) rose++;
    else if (change[j] < -STAYED_WITHIN) fell++;
  }
  const share = (k: number) => (n === 0 ? NaN : k / n);
  return { agents: n, mean: n === 0 ? NaN : sum / n, median: median(change), rose: share(rose), fell: share(fell), stayed: share(n - rose - fell) };
}

/** One agent among the biggest winners or losers. */
export interface Mover {
  id: number;
  type: string;
  before: number;
  after: number;
  change: number;
}

/** A switch measured at one horizon. */
export interface SwitchOutcome {
  /** Agents of the panel still active: the ones compared. */
  panel: number;
  /** Spearman's rho of the panel's scores the day before and now (1: nobody changed places). */
  rankChurn: number;
  /** Change statistics by cohort: `all`, each type present, `top10`, `rest`, `active`, `quiet`. */
  cohorts: Map<string, ChangeStats>;
  winners: Mover[];
  losers: Mover[];
}

/**
 * Compares `study.before` with the displayed scores `after` over the panel still active (`active`):
 * change statistics by cohort, rank churn, and the WINNERS_LISTED biggest rises and falls (ties to the
 * lower id).
 */
export function switchOutcome(study: SwitchStudy, after: ArrayLike<number>, active: ArrayLike<number>): SwitchOutcome {
  const members: number[] = [];
  for (let i = 0; i < study.before.length; i++) if (study.cohort[i] & Cohort.panel && active[i] !== 0) members.push(i);
  const ids = Int32Array.from(members);
  const before = Float64Array.from(ids, (i) => study.before[i]);
  const now = Float64Array.from(ids, (i) => after[i]);
  const change = now.map((v, j) => v - before[j]);
  const cohorts = new Map<string, ChangeStats>();
  const stats = (keep: (i: number) => boolean) => {
    const picked: number[] = [];
    for (let j = 0; j < ids.length; j++) if (keep(ids[j])) picked.push(change[j]);
    return changeStats(Float64Array.from(picked));
  };
  cohorts.set('all', stats(() => true));
  AGENT_TYPES.forEach((name, t) => {
    if (ids.some((i) => study.type[i] === t)) cohorts.set(name, stats((i) => study.type[i] === t));
  });
  cohorts.set('top10', stats((i) => (study.cohort[i] & Cohort.top10) !== 0));
  cohorts.set('rest', stats((i) => (study.cohort[i] & Cohort.top10) === 0));
  cohorts.set('active', stats((i) => (study.cohort[i] & Cohort.active) !== 0));
  cohorts.set('quiet', stats((i) => (study.cohort[i] & Cohort.active) === 0));
  const mover = (j: number): Mover => ({ id: ids[j], type: AGENT_TYPES[study.type[ids[j]]], before: before[j], after: now[j], change: change[j] });
  const k = Math.min(WINNERS_LISTED, ids.length);
  return {
    panel: ids.length,
    rankChurn: spearman(before, now),
    cohorts,
    winners: Array.from(topIndices(change, k), mover),
    losers: Array.from(topIndices(change.map((v) => -v), k), mover),
  };
}
