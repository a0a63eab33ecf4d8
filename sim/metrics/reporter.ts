// The interface of a metrics reporter: a named function from the state to tidy (metric, group, value) rows.
import type { SimState } from '../engine/state.js';
import type { ShockEvent } from '../shocks/types.js';

/** Receives one tidy row: metric name, group (an agent type, a kind, a quantile or "all") and value. */
export type EmitRow = (metric: string, group: string, value: number) => void;

/** A named reporter. `report` reads the state and emits rows; it never changes the state. */
export interface Reporter {
  readonly name: string;
  /** What the reporter's metrics mean, for the metrics reference. */
  readonly description: string;
  report(state: SimState, emit: EmitRow): void;
  /** Optional: rows for one applied shock, emitted at the shock's own tick whether or not metrics are due then. */
  reportEvent?(event: ShockEvent, emit: EmitRow): void;
}

/** One tidy row of metrics.csv. */
export interface MetricRow {
  tick: number;
  metric: string;
  group: string;
  value: number;
}
