// Drives one simulation for the explorer: load, play, pause, step, run to a tick; reports progress through `post`.
import { Simulation } from '../../sim/engine/simulation.js';
import { SCORING_ALGORITHMS } from '../../sim/scoring/registry.js';
import { ScenarioError } from '../../sim/scenario/errors.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { agentFrame } from './agentFrame.js';
import { analyseFollowGraph, type GraphAnalysis } from './graphAnalysis.js';
import { newEvents } from './shockEvents.js';
import type { AgentFrame, LoadRequest, ScenarioSummary, ScoreBaseline, ShockEvent, WorkerUpdate } from './protocol.js';
import { applyOverrides } from './scenarioOverrides.js';
import { viewMetrics } from './viewMetrics.js';

/** How the driver talks to the outside: post a message, schedule a callback, read a clock (ms). */
export interface DriverHost {
  post(update: WorkerUpdate): void;
  schedule(callback: () => void, delayMs: number): void;
  now(): number;
}

/** Longest stretch of ticks between two progress messages when running flat out (ms). */
export const BATCH_MS = 40;

/** Louvain runs on every this many frames (and on the frame shown when playback stops); frames between keep the last communities. */
export const COMMUNITY_FRAMES = 6;

/** Ticks between network frames: about one per 2,000 agents, between 2 and 20. */
export function frameInterval(agentCount: number): number {
  return Math.max(2, Math.min(20, Math.round(agentCount / 2000)));
}

/** One simulation and its playback state; every public method is one request of the protocol. */
export class RunDriver {
  private sim: Simulation | undefined;
  private summary: ScenarioSummary | undefined;
  private rowsSent = 0;
  private eventsSeen = 0;
  private playing = false;
  private target = Infinity;
  private ticksPerSecond = Infinity;
  private generation = 0;
  private previousScore = new Float32Array(0);
  private frames: Array<{ frame: AgentFrame; graph?: GraphAnalysis }> = [];
  private community: Int32Array | undefined;
  private baselines: ScoreBaseline[] = [];
  private events: ShockEvent[] = [];

  constructor(private readonly host: DriverHost) {}

  /** Validates and builds the scenario; posts `ready` with tick 0's frame, or `invalid` with every issue. */
  load(request: LoadRequest): void {
    this.pause();
    this.sim = undefined;
    const source = applyOverrides(request.source, request.overrides);
    try {
      const loaded = loadScenario(source, request.file, { algorithms: SCORING_ALGORITHMS });
      const sim = Simulation.create(loaded.resolved, { seed: request.seed });
      const { resolved } = loaded;
      this.sim = sim;
      this.summary = {
        name: resolved.name, description: resolved.description, file: request.file, seed: sim.seed, ticks: sim.ticks,
        agentCount: sim.state.agents.count, algorithms: [...sim.state.scoring.names], displayed: sim.state.scoring.displayed,
        frameEvery: frameInterval(sim.state.agents.count), resolved, source,
      };
    } catch (error) {
      if (error instanceof ScenarioError) this.host.post({ kind: 'invalid', issues: [...error.issues], message: error.message });
      else this.host.post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.rowsSent = 0;
    this.eventsSeen = 0;
    this.community = undefined;
    this.previousScore = this.sim.state.agents.score.slice(0, this.sim.state.agents.count);
    this.host.post({ kind: 'ready', summary: this.summary });
    this.captureFrame(true);
    this.flush();
  }

  /** Plays at `ticksPerSecond` (Infinity: flat out) until paused or done. */
  play(ticksPerSecond: number): void {
    this.ticksPerSecond = ticksPerSecond;
    this.target = Infinity;
    this.start();
  }

  /** Runs flat out to `tick` (clamped to the run's length), then pauses. */
  runTo(tick: number): void {
    this.ticksPerSecond = Infinity;
    this.target = tick;
    this.start();
  }

  /** Stops playing after the current tick; posts the state with an analysed frame of it. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.generation++;
    this.finishFrame();
    this.flush();
  }

  /** Advances `ticks` days now, and always posts a frame of the last one. */
  step(ticks: number): void {
    this.pause();
    const sim = this.sim;
    if (!sim) return;
    for (let i = 0; i < ticks && !sim.done; i++) this.advance();
    this.finishFrame();
    this.flush();
  }

  private start(): void {
    if (!this.sim || this.sim.done) return this.flush();
    this.pause();
    this.playing = true;
    const generation = this.generation;
    this.host.schedule(() => this.loop(generation), 0);
  }

  private loop(generation: number): void {
    const sim = this.sim;
    if (!sim || !this.playing || generation !== this.generation) return;
    const started = this.host.now();
    const flatOut = !Number.isFinite(this.ticksPerSecond);
    do this.advance();
    while (flatOut && !sim.done && sim.state.tick < this.target && this.host.now() - started < BATCH_MS);
    if (sim.done || sim.state.tick >= this.target) {
      this.playing = false;
      this.finishFrame();
    }
    this.flush();
    if (this.playing) {
      const delay = flatOut ? 0 : Math.max(0, 1000 / this.ticksPerSecond - (this.host.now() - started));
      this.host.schedule(() => this.loop(generation), delay);
    }
  }

  /** One tick; keeps yesterday's displayed scores so that a shock's "before" can be posted. */
  private advance(): void {
    const sim = this.sim!;
    sim.tick(1);
    const fresh = newEvents(sim.state, this.eventsSeen);
    if (fresh.length > 0) {
      this.eventsSeen += fresh.length;
      this.events.push(...fresh);
      this.baselines.push({ tick: sim.state.tick - 1, score: this.previousScore.slice() });
      this.rowsSent = 0;
    }
    const n = sim.state.agents.count;
    if (this.previousScore.length !== n) this.previousScore = new Float32Array(n);
    this.previousScore.set(sim.state.agents.score.subarray(0, n));
    const every = this.summary!.frameEvery;
    if (sim.done || sim.state.tick % every === 0) this.captureFrame(sim.done || sim.state.tick % (every * COMMUNITY_FRAMES) === 0);
  }

  /** Makes sure the frame of the current tick exists and carries communities (where playback stops). */
  private finishFrame(): void {
    const last = this.frames.at(-1);
    const tick = this.sim!.state.tick;
    if (last?.frame.tick === tick && last.graph) return;
    if (last?.frame.tick === tick) this.frames.pop();
    this.captureFrame(true);
  }

  /** Keeps a frame of the current state; with `analyse`, Louvain and assortativity of the whole follow graph too. */
  private captureFrame(analyse: boolean): void {
    const state = this.sim!.state;
    const frame = agentFrame(state, this.summary!.algorithms);
    const graph = analyse ? analyseFollowGraph(state, true) : undefined;
    if (graph?.community) this.community = graph.community;
    if (this.community?.length === frame.count) frame.community = this.community.slice();
    this.frames.push({ frame, graph });
  }

  /**
   * Posts everything new since the last progress message; typed arrays are transferred by the host.
   * After a shock every row is sent again (`rowsFrom` 0): a switch may rewrite the score's history.
   */
  private flush(): void {
    const sim = this.sim;
    if (!sim) return;
    const rowsFrom = this.rowsSent;
    const rows = sim.recorder.rows.slice(rowsFrom);
    this.rowsSent = sim.recorder.rows.length;
    const viewRows = this.frames.flatMap(({ frame, graph }) => viewMetrics(frame, this.summary!.algorithms, graph));
    this.host.post({
      kind: 'progress', tick: sim.state.tick, playing: this.playing, done: sim.done, rowsFrom,
      rows, viewRows, events: this.events, frames: this.frames.map((f) => f.frame), baselines: this.baselines,
    });
    this.frames = [];
    this.baselines = [];
    this.events = [];
  }
}
