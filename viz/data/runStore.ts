// What the page holds of one run, live or saved: metric rows, frames by tick, shocks, and the playback head.
import type { MetricRow } from '../../sim/metrics/reporter.js';
import type { AgentFrame, ScenarioSummary, ScoreBaseline, ShockEvent, WorkerUpdate } from '../worker/protocol.js';

/** Where a run's data comes from: a simulation running in a worker, or a results folder on disk. */
export type RunOrigin = 'live' | 'saved';

/**
 * The page-side record of a run. Rows and frames only accumulate (a new run is a new store); frames are
 * kept in tick order, so the view can go back to any earlier frame without re-running.
 */
export class RunStore {
  rows: MetricRow[] = [];
  viewRows: MetricRow[] = [];
  events: ShockEvent[] = [];
  frames: AgentFrame[] = [];
  baselines: ScoreBaseline[] = [];
  /** The latest tick simulated (or recorded, for a saved run). */
  head = 0;
  playing = false;
  done = false;

  constructor(
    readonly origin: RunOrigin,
    readonly summary: ScenarioSummary,
  ) {}

  /** Folds a worker progress message into the store. */
  apply(update: Extract<WorkerUpdate, { kind: 'progress' }>): void {
    this.rows.length = Math.min(this.rows.length, update.rowsFrom);
    this.rows.push(...update.rows);
    this.viewRows.push(...update.viewRows);
    this.events.push(...update.events);
    this.baselines.push(...update.baselines);
    for (const frame of update.frames) this.addFrame(frame);
    this.head = update.tick;
    this.playing = update.playing;
    this.done = update.done;
  }

  /** Adds a frame, replacing one of the same tick and keeping tick order. */
  addFrame(frame: AgentFrame): void {
    const at = this.frames.findIndex((f) => f.tick >= frame.tick);
    if (at < 0) this.frames.push(frame);
    else if (this.frames[at].tick === frame.tick) this.frames[at] = frame;
    else this.frames.splice(at, 0, frame);
  }

  /** The last frame at or before `tick` (the first frame when none is earlier); undefined without frames. */
  frameAt(tick: number): AgentFrame | undefined {
    let found = this.frames[0];
    for (const f of this.frames) {
      if (f.tick > tick) break;
      found = f;
    }
    return found;
  }

  /** The first frame at or after `tick`, or the last frame. */
  frameFrom(tick: number): AgentFrame | undefined {
    return this.frames.find((f) => f.tick >= tick) ?? this.frames.at(-1);
  }

  /** Ticks that have a frame, ascending. */
  frameTicks(): number[] {
    return this.frames.map((f) => f.tick);
  }

  /** Engine rows and explorer rows of one metric up to `tick` (inclusive). */
  metric(name: string, tick = Infinity): MetricRow[] {
    const source = name.startsWith('explorer.') ? this.viewRows : this.rows;
    return source.filter((r) => r.metric === name && r.tick <= tick);
  }

  /** Names of every metric present, engine and explorer. */
  metricNames(): Set<string> {
    const names = new Set<string>();
    for (const r of this.rows) names.add(r.metric);
    for (const r of this.viewRows) names.add(r.metric);
    return names;
  }

  /** The index of an algorithm in the frames' `scores`, or -1. */
  algorithmIndex(name: string): number {
    return this.summary.algorithms.indexOf(name);
  }
}
