// Collects reporters' tidy rows on their schedules, keeps their own state (checkpointed) and their summary.json sections.
import { plainCopy } from '../core/plainCopy.js';
import type { SimState } from '../engine/state.js';
import type { JsonValue, ShockEvent } from '../shocks/types.js';
import type { AnyReporter, EmitRow, MetricRow } from './reporter.js';
import { reporters as registry } from './registry.js';
import { jsonSafe } from './summaryJson.js';

/** The reporters' own states by reporter name: plain data, structured-clone safe (part of a simulation checkpoint). */
export type ReporterStatesSnapshot = Record<string, unknown>;

/**
 * Records metrics rows. The interval schedule — tick 0, every `interval` ticks, and `lastTick` — drives
 * every reporter without a `due` of its own and the reset of the interval totals; reporters with a `due`
 * (the clique pass every `metrics.cliqueInterval` ticks, the shock analysis k days after a switch) are
 * asked after every day.
 */
export class MetricsRecorder {
  readonly rows: MetricRow[] = [];
  private readonly reporters: AnyReporter[];
  private readonly states = new Map<string, unknown>();

  /** @param names reporters to run (default: all registered, in registry order). */
  constructor(
    readonly interval: number,
    readonly lastTick: number,
    names?: readonly string[],
  ) {
    this.reporters = (names ?? registry.names()).map((name) => registry.get(name));
    for (const reporter of this.reporters) if (reporter.createState) this.states.set(reporter.name, reporter.createState());
  }

  /** True when the interval schedule is due at this tick. */
  due(tick: number): boolean {
    return tick === 0 || tick % this.interval === 0 || tick === this.lastTick;
  }

  private emitAt(tick: number): EmitRow {
    return (metric, group, value) => this.rows.push({ tick, metric, group, value });
  }

  /** Lets reporters see the state at the start of a day, before its shocks apply (`Reporter.beforeDay`). */
  beforeDay(state: SimState): void {
    for (const reporter of this.reporters) reporter.beforeDay?.(state, this.states.get(reporter.name));
  }

  /**
   * Called at tick 0 and after every day: runs every reporter due at `state.tick` (the interval schedule
   * or the reporter's own `due`), then resets the interval totals when the interval schedule is due.
   */
  record(state: SimState): void {
    const tick = state.tick;
    const intervalDue = this.due(tick);
    const schedule = { interval: this.interval, lastTick: this.lastTick, intervalDue };
    const emit = this.emitAt(tick);
    for (const reporter of this.reporters) {
      const own = this.states.get(reporter.name);
      if (reporter.due ? reporter.due(state, schedule, own) : intervalDue) reporter.report(state, emit, own, schedule);
    }
    if (intervalDue) state.counters.reset();
  }

  /**
   * Records an applied shock at its own tick: every reporter's `reportEvent` rows (the `shocks`
   * reporter's `shock,<kind>,1`). A `switch` whose effect has `recomputeHistory: true` also rewrites
   * the displayed score's past (see `recomputeHistory`).
   */
  recordEvent(event: ShockEvent, state: SimState): void {
    const emit = this.emitAt(event.tick);
    for (const reporter of this.reporters) reporter.reportEvent?.(event, emit, state, this.states.get(reporter.name));
    if (event.kind === 'switch' && event.effect.recomputeHistory === true) {
      this.recomputeHistory(String(event.effect.to), event.tick);
    }
  }

  /** Every reporter's summary.json section, by reporter name, in registry order (see `jsonSafe` for numbers). */
  summary(state: SimState): Record<string, JsonValue> {
    const out: Record<string, JsonValue> = {};
    for (const reporter of this.reporters) {
      if (reporter.summary) out[reporter.name] = jsonSafe(reporter.summary(state, this.states.get(reporter.name)));
    }
    return out;
  }

  /** A copy of the reporters' own states, for a checkpoint. */
  snapshotStates(): ReporterStatesSnapshot {
    return Object.fromEntries([...this.states].map(([name, own]) => [name, plainCopy(own)]));
  }

  /** Restores the reporters' own states from `snapshotStates()` (reporters missing from it keep their initial state). */
  restoreStates(snapshot: ReporterStatesSnapshot): void {
    for (const [name, own] of Object.entries(snapshot)) if (this.states.has(name)) this.states.set(name, plainCopy(own));
  }

  /**
   * Rewrites the displayed score's history as if `algorithm` had always been displayed: every `score`
   * and `score-median` row before `beforeTick` takes the value of the `score.<algorithm>` /
   * `score.<algorithm>-median` row of the same tick and group (the score reporter records both for
   * every active algorithm); rows without a counterpart are left as they are. Returns the rows rewritten.
   */
  recomputeHistory(algorithm: string, beforeTick: number): number {
    const shadow = new Map<string, number>();
    const key = (tick: number, metric: string, group: string) => `${tick}\u0000${metric}\u0000${group}`;
    for (const row of this.rows) {
      if (row.tick >= beforeTick) continue;
      if (row.metric === `score.${algorithm}`) shadow.set(key(row.tick, 'score', row.group), row.value);
      else if (row.metric === `score.${algorithm}-median`) shadow.set(key(row.tick, 'score-median', row.group), row.value);
    }
    let rewritten = 0;
    for (const row of this.rows) {
      if (row.tick >= beforeTick || (row.metric !== 'score' && row.metric !== 'score-median')) continue;
      const value = shadow.get(key(row.tick, row.metric, row.group));
      if (value !== undefined) {
        row.value = value;
        rewritten++;
      }
    }
    return rewritten;
  }
}
