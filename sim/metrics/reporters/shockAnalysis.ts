// Reporter `shock-analysis`: who won and who lost when the displayed algorithm switched, k days later (Klout, 26 Oct 2011).
import type { SimState } from '../../engine/state.js';
import type { JsonValue } from '../../shocks/types.js';
import type { EmitRow, Reporter, ReportSchedule } from '../reporter.js';
import { captureSwitch, switchOutcome, type SwitchStudy } from '../switchStudy.js';

/** The reporter's own state: each switch's day-before state, and what summary.json lists for it. */
export interface ShockAnalysisState {
  studies: SwitchStudy[];
  /** Per study (same order): its measured horizons. */
  results: JsonValue[][];
}

/** Horizon labels due on `tick` for one study: `<k>d` when T + k is today; `end` on the last tick if some T + k lies beyond it. */
export function horizonsDue(study: SwitchStudy, tick: number, horizons: readonly number[], lastTick: number): string[] {
  const due: string[] = [];
  for (const k of horizons) if (study.tick + k === tick && !study.done.includes(`${k}d`)) due.push(`${k}d`);
  if (tick === lastTick && horizons.some((k) => study.tick + k > lastTick) && !study.done.includes('end')) due.push('end');
  return due;
}

/** True when every horizon of a study has been measured (at T + k, or at the run's end). */
function finished(study: SwitchStudy, horizons: readonly number[]): boolean {
  return study.done.includes('end') || horizons.every((k) => study.done.includes(`${k}d`));
}

/** Drops a finished study's per-agent arrays, which would otherwise weigh on every later checkpoint. */
function release(study: SwitchStudy): void {
  study.before = new Float32Array(0);
  study.type = new Uint8Array(0);
  study.cohort = new Uint8Array(0);
}

/** Measures one study at one horizon: emits its rows and returns its summary.json entry. */
function measure(state: SimState, study: SwitchStudy, label: string, emit: EmitRow): JsonValue {
  const outcome = switchOutcome(study, state.agents.score, state.agents.active);
  const daysAfter = state.tick - study.tick;
  emit('shock.days-after', label, daysAfter);
  emit('shock.panel', label, outcome.panel);
  emit('shock.rank-churn', label, outcome.rankChurn);
  const cohorts: Record<string, JsonValue> = {};
  for (const [name, stats] of outcome.cohorts) {
    const group = `${label}:${name}`;
    emit('shock.score-change-mean', group, stats.mean);
    emit('shock.score-change-median', group, stats.median);
    emit('shock.rose', group, stats.rose);
    emit('shock.fell', group, stats.fell);
    emit('shock.stayed', group, stats.stayed);
    cohorts[name] = { ...stats };
  }
  const plain = (list: typeof outcome.winners) => list.map((m) => ({ ...m }));
  return {
    horizon: label,
    tick: state.tick,
    daysAfter,
    panel: outcome.panel,
    rankChurn: outcome.rankChurn,
    cohorts,
    winners: plain(outcome.winners),
    losers: plain(outcome.losers),
  };
}

/**
 * For each `switch` shock at tick T: the day before it applies (`beforeDay`), the displayed scores and
 * prior cohorts are kept; at T + k for every k of `metrics.shockHorizons` (default 7 and 30), and on the
 * last tick as `end` when a horizon lies beyond it, it emits, by group `<horizon>` (`7d`, `30d`, `end`):
 * `shock.days-after`, `shock.panel` (agents active before and now), `shock.rank-churn` (Spearman of
 * before and after); and by group `<horizon>:<cohort>` (cohorts `all`, each type, `top10`/`rest` — the
 * prior top decile by displayed score —, `active`/`quiet` — posts in the 30 days before above the
 * median or not): `shock.score-change-mean`, `shock.score-change-median`, and the shares `shock.rose`,
 * `shock.fell`, `shock.stayed` (change > +1, < −1, within). Winners and losers go to summary.json.
 */
export const shockAnalysisReporter: Reporter<ShockAnalysisState> = {
  name: 'shock-analysis',
  description:
    'At k days after each switch shock (`metrics.shockHorizons`, default 7 and 30; `end` on the last tick when sooner), against the ' +
    'displayed scores of the day before: by `<horizon>` (`7d`, `30d`, `end`) `shock.days-after`, `shock.panel` (agents active before and ' +
    'now), `shock.rank-churn` (Spearman of before and after); by `<horizon>:<cohort>` (`all`, each type, `top10`/`rest`: prior top decile ' +
    'by displayed score, `active`/`quiet`: posts in the 30 days before above the median or not) `shock.score-change-mean`, ' +
    '`shock.score-change-median`, and the shares `shock.rose`, `shock.fell`, `shock.stayed` (change above +1, below −1, within).',
  createState: () => ({ studies: [], results: [] }),
  beforeDay(state: SimState, own) {
    const day = state.tick + 1;
    state.scenario.shocks.forEach((shock, index) => {
      const options = (shock as { switch?: { to: string } }).switch;
      if (shock.at !== day || options === undefined) return;
      own.studies.push(captureSwitch(state, index, options.to));
      own.results.push([]);
    });
  },
  reportEvent(event, _emit, _state, own) {
    if (event.kind !== 'switch') return;
    const study = own.studies.find((s) => s.shock === event.shock && s.tick === event.tick);
    if (study) {
      study.from = String(event.effect.from);
      study.to = String(event.effect.to);
    }
  },
  due: (state: SimState, schedule: ReportSchedule, own) =>
    own.studies.some((s) => horizonsDue(s, state.tick, state.scenario.metrics.shockHorizons, schedule.lastTick).length > 0),
  report(state: SimState, emit: EmitRow, own: ShockAnalysisState, schedule: ReportSchedule) {
    own.studies.forEach((study, k) => {
      for (const label of horizonsDue(study, state.tick, state.scenario.metrics.shockHorizons, schedule.lastTick)) {
        own.results[k].push(measure(state, study, label, emit));
        study.done.push(label);
      }
      if (finished(study, state.scenario.metrics.shockHorizons)) release(study);
    });
  },
  summary: (_state, own) =>
    own.studies.map((study, k) => ({ shock: study.shock, tick: study.tick, from: study.from, to: study.to, horizons: own.results[k] })),
};
