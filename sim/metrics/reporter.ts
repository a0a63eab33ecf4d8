// The interface of a metrics reporter: a named function from the state to tidy (metric, group, value) rows.
import type { SimState } from '../engine/state.js';
import type { JsonValue, ShockEvent } from '../shocks/types.js';

/** Receives one tidy row: metric name, group (an agent type, a kind, a quantile or "all") and value. */
export type EmitRow = (metric: string, group: string, value: number) => void;

/** The recorder's own schedule, handed to a reporter's `due`. */
export interface ReportSchedule {
  /** `metrics.interval`. */
  interval: number;
  /** The run's last tick: every reporter should report there. */
  lastTick: number;
  /** True when the interval schedule is due now (tick 0, every `interval` ticks, the last tick). */
  intervalDue: boolean;
}

/**
 * A named reporter. `report` reads the state and emits rows; it never changes the simulation state.
 * A reporter that must remember something between calls (a score before a shock, community identities)
 * keeps it in its own state `S`: plain data (objects, arrays, typed arrays, numbers, strings) made by
 * `createState`, handed to every hook, and checkpointed with the simulation, so a resumed run equals a
 * straight one. Every hook but `report` is optional; a reporter without state (`Reporter<void>`) can be
 * called as `report(state, emit)`.
 */
export interface Reporter<S = void> {
  readonly name: string;
  /** What the reporter's metrics mean, for the metrics reference. */
  readonly description: string;
  /** Its initial own state (plain data); made once, when the recorder is built. Default: none. */
  createState?(): S;
  /** When it reports, if not on the interval schedule (default: `schedule.intervalDue`). Asked after every day and at tick 0. */
  due?(state: SimState, schedule: ReportSchedule, own: S): boolean;
  /** Emits the rows; `own` is the reporter's state, `schedule` the recorder's (always passed by the recorder). */
  report(state: SimState, emit: EmitRow, own: S, schedule?: ReportSchedule): void;
  /** Rows for one applied shock, emitted at the shock's own tick whether or not metrics are due then. */
  reportEvent?(event: ShockEvent, emit: EmitRow, state: SimState, own: S): void;
  /** Called at the start of every day, before the day's shocks apply: the moment to keep what a shock is about to change. */
  beforeDay?(state: SimState, own: S): void;
  /** Its section of summary.json (numbers rounded to 6 significant digits by the recorder; NaN becomes null). */
  summary?(state: SimState, own: S): JsonValue;
}

/** Any reporter, whatever its own state. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyReporter = Reporter<any>;

/** One tidy row of metrics.csv. */
export interface MetricRow {
  tick: number;
  metric: string;
  group: string;
  value: number;
}
