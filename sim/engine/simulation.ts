// The simulation: builds the initial state from a resolved scenario and advances it one day at a time.
import { AgentStore, type AgentStoreSnapshot } from '../agents/agentStore.js';
import { buildPopulation } from '../agents/population.js';
import { buildTypeTables } from '../agents/typeTables.js';
import { plainCopy } from '../core/plainCopy.js';
import { Rng, type RngState } from '../core/rng.js';
import { createEnvironment, type EnvironmentState } from '../environment/environmentState.js';
import { metricsLogDays } from '../metrics/historyDays.js';
import type { MetricRow } from '../metrics/reporter.js';
import { MetricsRecorder, type ReporterStatesSnapshot } from '../metrics/recorder.js';
import type { EdgeListGraph } from '../network/edgeList.js';
import { FollowGraph, type FollowGraphSnapshot } from '../network/followGraph.js';
import { networkGenerators } from '../network/generators/index.js';
import { ResponseState, type ResponseStateSnapshot } from '../response/responseState.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import { ScoringService, type ScoringConfig, type ScoringServiceSnapshot } from '../scoring/service.js';
import type { ShockEvent } from '../shocks/types.js';
import { DayBuffers } from './dayBuffers.js';
import { IntervalCounters, type IntervalCountersSnapshot } from './intervalCounters.js';
import { DAY_PHASES } from './phases/index.js';
import { STREAM_NAMES, type SimState, type StreamName } from './state.js';

/** Options of `Simulation.create`. Defaults: the scenario's seed and ticks. */
export interface SimulationOptions {
  seed?: number | string;
  /** Length of the run; metrics are always recorded on its last tick. */
  ticks?: number;
  /** Required when the scenario's network generator is `edge-list`. */
  edgeList?: EdgeListGraph;
}

/** Everything needed to resume a run exactly: structured-clone safe. */
export interface SimulationCheckpoint {
  seed: number | string;
  ticks: number;
  tick: number;
  agents: AgentStoreSnapshot;
  graph: FollowGraphSnapshot;
  streams: Record<StreamName, RngState>;
  counters: IntervalCountersSnapshot;
  scoring: ScoringServiceSnapshot;
  response: ResponseStateSnapshot;
  rows: MetricRow[];
  /** The metrics reporters' own states (a score before a shock, community identities). */
  reporters: ReporterStatesSnapshot;
  /** The run's scenario as `set` shocks have left it. */
  scenario: ResolvedScenario;
  environment: EnvironmentState;
  events: ShockEvent[];
}

/** Days of displayed scores the response state keeps: enough for churn and for copying. */
function responseRingLength(scenario: ResolvedScenario): number {
  return Math.max(scenario.response.churnWindow, scenario.response.copyWindow);
}

/** The scoring service's configuration from the scenario; its log also keeps the days the metrics reporters read. */
function scoringConfig(scenario: ResolvedScenario): ScoringConfig {
  return {
    displayed: scenario.scoring.displayed,
    shadow: scenario.scoring.shadow,
    params: scenario.scoring.params,
    shadowEvery: scenario.scoring.shadowEvery,
    logDays: metricsLogDays(scenario.metrics),
  };
}

/** Builds the initial follow network from the scenario's generator or edge list. */
function buildNetwork(scenario: ResolvedScenario, rng: Rng, edgeList?: EdgeListGraph) {
  const net = scenario.network;
  if (net.generator === 'edge-list') {
    if (!edgeList) throw new Error('the edge-list generator needs the parsed edge list (options.edgeList)');
    return { nodeCount: edgeList.nodeCount, src: edgeList.src, dst: edgeList.dst, block: undefined };
  }
  return networkGenerators.get(net.generator)(
    scenario.agents.count,
    { ...net, blocks: scenario.topics },
    rng,
  );
}

/**
 * A running simulation. `tick(n)` advances n days synchronously; whatever drives it (the CLI loop, a
 * worker, an animation frame) lives outside. The state is the engine's; observers read it between ticks.
 */
export class Simulation {
  private constructor(
    readonly state: SimState,
    readonly recorder: MetricsRecorder,
    readonly seed: number | string,
    readonly ticks: number,
  ) {}

  /** Builds the initial state: network, population, first scores, and the tick-0 metrics. */
  static create(scenario: ResolvedScenario, options: SimulationOptions = {}): Simulation {
    scenario = plainCopy(scenario); // the run's own copy: set shocks change it in place
    const seed = options.seed ?? scenario.seed;
    const ticks = options.ticks ?? scenario.ticks;
    const root = Rng.fromSeed(seed);
    const network = buildNetwork(scenario, root.fork('network'), options.edgeList);
    const graph = FollowGraph.fromEdges(network.nodeCount, network.src, network.dst);
    const inDegree = Int32Array.from(graph.inLen.subarray(0, network.nodeCount));
    const agents = buildPopulation(scenario, { ...network, inDegree }, root.fork('agents'));
    const streams = Object.fromEntries(STREAM_NAMES.map((name) => [name, root.fork(name)])) as Record<StreamName, Rng>;
    const state: SimState = {
      scenario,
      tick: 0,
      agents,
      graph,
      tables: buildTypeTables(scenario.agents.types),
      streams,
      day: new DayBuffers(agents.count),
      counters: new IntervalCounters(),
      scoring: new ScoringService(scoringConfig(scenario), agents.count),
      response: new ResponseState(1), // replaced below: its score history starts from the first scores
      environment: createEnvironment(scenario),
      events: [],
    };
    state.scoring.compute(agents, graph, 0, streams.scoring);
    state.response = ResponseState.create(responseRingLength(scenario), agents.score, agents.count);
    const sim = new Simulation(state, new MetricsRecorder(scenario.metrics.interval, ticks, scenario.metrics.reporters), seed, ticks);
    sim.recorder.record(state);
    return sim;
  }

  /** Resumes from `checkpoint()`: the continued run is identical to one never interrupted. */
  static restore(scenario: ResolvedScenario, checkpoint: SimulationCheckpoint): Simulation {
    scenario = plainCopy(checkpoint.scenario); // as set shocks left it
    const agents = AgentStore.fromSnapshot(checkpoint.agents);
    const counters = new IntervalCounters();
    counters.restore(checkpoint.counters);
    const streams = Object.fromEntries(
      STREAM_NAMES.map((name) => [name, Rng.fromState(checkpoint.streams[name])]),
    ) as Record<StreamName, Rng>;
    const state: SimState = {
      scenario,
      tick: checkpoint.tick,
      agents,
      graph: FollowGraph.fromSnapshot(checkpoint.graph),
      tables: buildTypeTables(scenario.agents.types),
      streams,
      day: new DayBuffers(agents.count),
      counters,
      scoring: ScoringService.restore(scoringConfig(scenario), checkpoint.scoring, agents.count),
      response: ResponseState.fromSnapshot(checkpoint.response),
      environment: plainCopy(checkpoint.environment),
      events: plainCopy(checkpoint.events),
    };
    const recorder = new MetricsRecorder(scenario.metrics.interval, checkpoint.ticks, scenario.metrics.reporters);
    recorder.rows.push(...checkpoint.rows.map((row) => ({ ...row })));
    recorder.restoreStates(checkpoint.reporters);
    return new Simulation(state, recorder, checkpoint.seed, checkpoint.ticks);
  }

  /**
   * Advances `n` days (default 1): each day lets the reporters look at the state before its shocks
   * (`beforeDay`), runs every phase in DAY_PHASES order, hands the shocks it applied to the recorder
   * (their `shock` rows at their own tick), then records the metrics due.
   */
  tick(n = 1): this {
    const state = this.state;
    for (let i = 0; i < n; i++) {
      const applied = state.events.length;
      this.recorder.beforeDay(state);
      for (const phase of DAY_PHASES) phase.run(state);
      state.tick++;
      state.counters.days++;
      for (let e = applied; e < state.events.length; e++) this.recorder.recordEvent(state.events[e], state);
      this.recorder.record(state);
    }
    return this;
  }

  /** True when the run has reached its last tick. */
  get done(): boolean {
    return this.state.tick >= this.ticks;
  }

  /** A copy of everything needed to resume this run exactly (see `Simulation.restore`). */
  checkpoint(): SimulationCheckpoint {
    const s = this.state;
    return {
      seed: this.seed,
      ticks: this.ticks,
      tick: s.tick,
      agents: s.agents.snapshot(),
      graph: s.graph.snapshot(),
      streams: Object.fromEntries(STREAM_NAMES.map((name) => [name, s.streams[name].state()])) as Record<StreamName, RngState>,
      counters: s.counters.snapshot(),
      scoring: s.scoring.snapshot(),
      response: s.response.snapshot(),
      rows: this.recorder.rows.map((row) => ({ ...row })),
      reporters: this.recorder.snapshotStates(),
      scenario: plainCopy(s.scenario),
      environment: plainCopy(s.environment),
      events: plainCopy(s.events),
    };
  }
}
