// The scoring service: keeps the activity log and rolling windows, and recomputes every active algorithm.
import type { AgentStore } from '../agents/agentStore.js';
import { plainCopy } from '../core/plainCopy.js';
import type { Rng } from '../core/rng.js';
import type { FollowGraph } from '../network/followGraph.js';
import { ActivityLog, type ActivityLogSnapshot, type DayLog } from './activityLog.js';
import { DayContext } from './contextImpl.js';
import { scoringAlgorithms } from './registry.js';
import type { AnyScoringAlgorithm } from './types.js';
import { WindowSums } from './windowSums.js';

/** Which algorithms run and with what constants. */
export interface ScoringConfig {
  /** The algorithm agents see. */
  displayed: string;
  /** Algorithms computed alongside, for comparison (the displayed one may be listed too). */
  shadow: readonly string[];
  /** Constants per algorithm name (parsed, defaults applied). */
  params: Readonly<Record<string, object>>;
  /** Shadow algorithms are recomputed every this many ticks (default 1); the displayed one every tick. */
  shadowEvery?: number;
  /** Days of activity log kept at least, besides the algorithms' windows (the metrics reporters' windows; default 1). */
  logDays?: number;
}

/** A structured-clone-safe copy of the service. */
export interface ScoringServiceSnapshot {
  displayed: string;
  scores: Record<string, Float32Array>;
  states: Record<string, unknown>;
  log: ActivityLogSnapshot;
}

/**
 * Runs the displayed algorithm and the shadow ones every day, in registry order, from the same
 * observable signals. Each day the engine hands it the day's log (`observe`), then asks for scores
 * (`compute`); the displayed scores are copied into `agents.score`.
 */
export class ScoringService {
  /** Active algorithm names, in registry order. */
  readonly names: string[];
  displayed: string;
  readonly scores = new Map<string, Float32Array>();
  private readonly states = new Map<string, unknown>();
  private readonly algorithms: Map<string, AnyScoringAlgorithm>;
  private readonly windows = new Map<number, WindowSums>();
  private log: ActivityLog;

  constructor(
    private readonly config: ScoringConfig,
    agentCount: number,
  ) {
    const wanted = new Set([config.displayed, ...config.shadow]);
    this.names = scoringAlgorithms.names().filter((name) => wanted.has(name));
    this.algorithms = new Map(this.names.map((name) => [name, scoringAlgorithms.get(name)]));
    this.displayed = config.displayed;
    let longest = 1;
    for (const [name, algorithm] of this.algorithms) {
      const params = this.params(name);
      const days = algorithm.windowDays(params);
      if (days > 0 && !this.windows.has(days)) this.windows.set(days, new WindowSums(days, agentCount));
      longest = Math.max(longest, days);
      if (algorithm.createState) this.states.set(name, algorithm.createState(params, agentCount));
    }
    this.log = new ActivityLog(Math.max(longest, config.logDays ?? 1));
  }

  /** Constants of an algorithm. */
  params(name: string): object {
    return this.config.params[name] ?? {};
  }

  /** Adds a finished day's observable events to the log and every rolling window. */
  observe(day: DayLog, agentCount: number): void {
    for (const [days, sums] of this.windows) {
      sums.ensureCapacity(agentCount);
      const leaving = this.log.entries.find((d) => d.tick === day.tick - days);
      if (leaving) sums.remove(leaving);
      sums.add(day);
    }
    this.log.append(day);
  }

  /**
   * Recomputes the displayed algorithm, and the shadow ones on ticks divisible by `shadowEvery` (or when
   * agents joined since), for `tick`; copies the displayed scores into `agents.score`.
   */
  compute(agents: AgentStore, graph: FollowGraph, tick: number, rng: Rng): void {
    const context = new DayContext(tick, agents, graph, this.log, this.windows, this.scores, rng);
    const fresh = new Map<string, Float32Array>();
    const shadowDue = tick % (this.config.shadowEvery ?? 1) === 0;
    for (const [name, algorithm] of this.algorithms) {
      const kept = this.scores.get(name);
      if (name !== this.displayed && !shadowDue && kept && kept.length === agents.count) continue;
      const out = new Float32Array(agents.count);
      algorithm.compute(context, this.params(name), this.states.get(name), out);
      fresh.set(name, out);
    }
    for (const [name, out] of fresh) this.scores.set(name, out);
    agents.score.set(this.scores.get(this.displayed)!.subarray(0, agents.count));
  }

  /** The kept day logs of the last `days` days up to the latest observed day, oldest first (read them, never change them). */
  recentLogs(days: number): readonly DayLog[] {
    const latest = this.log.entries.at(-1)?.tick ?? 0;
    return this.log.since(latest - days);
  }

  /** Switches the displayed algorithm (it must be active); agents see it from the next compute. */
  switchDisplayed(name: string): void {
    if (!this.algorithms.has(name)) throw new Error(`scoring algorithm "${name}" is not active in this run`);
    this.displayed = name;
  }

  /** A copy of everything needed to resume. */
  snapshot(): ScoringServiceSnapshot {
    return {
      displayed: this.displayed,
      scores: Object.fromEntries([...this.scores].map(([k, v]) => [k, v.slice()])),
      states: Object.fromEntries([...this.states].map(([k, v]) => [k, plainCopy(v)])),
      log: this.log.snapshot(),
    };
  }

  /** Rebuilds the service from `snapshot()`; rolling windows are re-summed from the log. */
  static restore(config: ScoringConfig, snapshot: ScoringServiceSnapshot, agentCount: number): ScoringService {
    const service = new ScoringService(config, agentCount);
    service.displayed = snapshot.displayed;
    for (const [k, v] of Object.entries(snapshot.scores)) service.scores.set(k, v.slice());
    for (const [k, v] of Object.entries(snapshot.states)) service.states.set(k, plainCopy(v));
    service.log = ActivityLog.fromSnapshot(snapshot.log);
    const lastTick = service.log.entries.at(-1)?.tick ?? 0;
    for (const [days, sums] of service.windows) {
      sums.ensureCapacity(agentCount);
      for (const day of service.log.entries) if (day.tick > lastTick - days) sums.add(day);
    }
    return service;
  }
}
