// Collects reporters' tidy rows at the configured interval, and on the first and last tick.
import type { SimState } from '../engine/state.js';
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
}
