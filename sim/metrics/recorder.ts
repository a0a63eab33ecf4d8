// Collects reporters' tidy rows at the configured interval, and on the first and last tick.
import type { SimState } from '../engine/state.js';
import type { ShockEvent } from '../shocks/types.js';
import type { MetricRow, Reporter } from './reporter.js';
import { reporters as registry } from './registry.js';

/** Records metrics rows: at tick 0, every `interval` ticks, and at `lastTick`. Interval totals reset after each record. */
export class MetricsRecorder {
  readonly rows: MetricRow[] = [];
  private readonly reporters: Reporter[];

  /** @param names reporters to run (default: all registered, in registry order). */
  constructor(
    readonly interval: number,
    readonly lastTick: number,
    names?: readonly string[],
  ) {
    this.reporters = (names ?? registry.names()).map((name) => registry.get(name));
  }

  /** True when metrics are due at this tick. */
  due(tick: number): boolean {
    return tick === 0 || tick % this.interval === 0 || tick === this.lastTick;
  }

  /** Runs every reporter on the state and resets the interval counters. */
  record(state: SimState): void {
    const tick = state.tick;
    for (const reporter of this.reporters) {
      reporter.report(state, (metric, group, value) => this.rows.push({ tick, metric, group, value }));
    }
    state.counters.reset();
  }

  /**
   * Records an applied shock at its own tick: every reporter's `reportEvent` rows (the `shocks`
   * reporter's `shock,<kind>,1`). A `switch` whose effect has `recomputeHistory: true` also rewrites
   * the displayed score's past (see `recomputeHistory`).
   */
  recordEvent(event: ShockEvent): void {
    for (const reporter of this.reporters) {
      reporter.reportEvent?.(event, (metric, group, value) => this.rows.push({ tick: event.tick, metric, group, value }));
    }
    if (event.kind === 'switch' && event.effect.recomputeHistory === true) {
      this.recomputeHistory(String(event.effect.to), event.tick);
    }
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
