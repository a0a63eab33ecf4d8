// Messages between the page and the simulation worker: requests in, progress (rows, frames, events) out.
import type { MetricRow } from '../../sim/metrics/reporter.js';
import type { ResolvedScenario } from '../../sim/scenario/resolved.js';
import type { ScenarioIssue } from '../../sim/scenario/errors.js';

/** Parameter overrides by dotted schema path (`agents.count`, `agents.types.chaser.scoreSeeking`). */
export type ParameterOverrides = Readonly<Record<string, number | string>>;

/** Load (validate and build) a scenario; the worker answers `ready` or `invalid`. */
export interface LoadRequest {
  kind: 'load';
  source: string;
  /** The file name shown in error messages. */
  file: string;
  seed: number | string;
  overrides: ParameterOverrides;
}

/** Requests to the worker. `ticksPerSecond` Infinity runs as fast as the engine goes. */
export type WorkerRequest =
  | LoadRequest
  | { kind: 'play'; ticksPerSecond: number }
  | { kind: 'pause' }
  | { kind: 'step'; ticks: number }
  | { kind: 'runTo'; tick: number };

/** What the page learns about a loaded scenario. */
export interface ScenarioSummary {
  name: string;
  description: string;
  file: string;
  seed: number | string;
  ticks: number;
  agentCount: number;
  /** Every active scoring algorithm, in registry order. */
  algorithms: string[];
  displayed: string;
  /** A network frame is posted every this many ticks (and on request). */
  frameEvery: number;
  resolved: ResolvedScenario;
  /** The scenario text actually run (the file with the parameter overrides applied). */
  source: string;
}

/**
 * The agents at one tick, in parallel typed arrays indexed by agent id (transferred, not copied), plus the
 * follow edges drawn on the network (the most recent follows of each agent, capped; see `recentEdges`).
 */
export interface AgentFrame {
  tick: number;
  count: number;
  type: Uint8Array;
  active: Uint8Array;
  /** The displayed score. */
  score: Float32Array;
  displayed: string;
  /** Every active algorithm's scores, in the order of `ScenarioSummary.algorithms`. */
  scores: Float32Array[];
  followers: Int32Array;
  trueInfluence: Float64Array;
  sharesReceived: Uint32Array;
  mentionsReceived: Uint32Array;
  posts: Uint32Array;
  edgeSrc: Int32Array;
  edgeDst: Int32Array;
  /** Community of each agent when an analysis module provides one. */
  community?: Int32Array;
}

/** A shock as the engine applied it: its tick and whatever else the engine records about it. */
export interface ShockEvent {
  tick: number;
  label: string;
  detail: Record<string, unknown>;
}

/** Displayed scores at the end of the day before a shock (`tick` is that day). */
export interface ScoreBaseline {
  tick: number;
  score: Float32Array;
}

/** Messages from the worker. `rows` and `viewRows` hold only what is new since the previous progress. */
export type WorkerUpdate =
  | { kind: 'ready'; summary: ScenarioSummary }
  | { kind: 'invalid'; issues: ScenarioIssue[]; message: string }
  | { kind: 'failed'; message: string }
  | {
      kind: 'progress';
      tick: number;
      playing: boolean;
      done: boolean;
      /** Index in the run's rows where `rows` start (0 when every row is sent again). */
      rowsFrom: number;
      rows: MetricRow[];
      viewRows: MetricRow[];
      events: ShockEvent[];
      frames: AgentFrame[];
      baselines: ScoreBaseline[];
    };

/** The typed arrays of a frame, for the transfer list. */
export function frameBuffers(frame: AgentFrame): ArrayBuffer[] {
  const arrays = [frame.type, frame.active, frame.score, ...frame.scores, frame.followers, frame.trueInfluence,
    frame.sharesReceived, frame.mentionsReceived, frame.posts, frame.edgeSrc, frame.edgeDst];
  if (frame.community) arrays.push(frame.community);
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
