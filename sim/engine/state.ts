// The simulation state: agents, follow graph, per-type tables, random streams, day buffers and counters.
import type { Rng } from '../core/rng.js';
import type { AgentStore } from '../agents/agentStore.js';
import type { TypeTables } from '../agents/typeTables.js';
import type { EnvironmentState } from '../environment/environmentState.js';
import type { FollowGraph } from '../network/followGraph.js';
import type { ResponseState } from '../response/responseState.js';
import type { ResolvedScenario } from '../scenario/resolved.js';
import type { ScoringService } from '../scoring/service.js';
import type { ShockEvent } from '../shocks/types.js';
import type { DayBuffers } from './dayBuffers.js';
import type { IntervalCounters } from './intervalCounters.js';

/**
 * Names of the engine's random streams, one per consumer so one phase's draws never shift another's.
 * `metrics` is the reporters' (sim/metrics): they fork it by name and tick, never drawing from it directly.
 */
export const STREAM_NAMES = ['post', 'read', 'offline', 'follow', 'scoring', 'response', 'shocks', 'metrics'] as const;
/** A random stream name. */
export type StreamName = (typeof STREAM_NAMES)[number];

/** Everything a day reads and writes. Owned by `Simulation`; phases mutate it in their fixed order. */
export interface SimState {
  /** The run's own copy of the scenario: `set` shocks change it in place, and phases read it every day. */
  readonly scenario: ResolvedScenario;
  /** Ticks completed so far (0 before the first day). */
  tick: number;
  agents: AgentStore;
  graph: FollowGraph;
  /** Per-type parameters from `scenario.agents.types`; rebuilt when a shock changes them. */
  tables: TypeTables;
  readonly streams: Record<StreamName, Rng>;
  readonly day: DayBuffers;
  readonly counters: IntervalCounters;
  /** The scoring service: activity log, rolling windows, every active algorithm's scores. */
  scoring: ScoringService;
  /** The agents' response to scores: tactic estimates, last reactors, score history, perk efforts. */
  response: ResponseState;
  /** Brands' perk programme and employers' hires (sim/environment). */
  environment: EnvironmentState;
  /** Every shock applied so far, in order (events.json). */
  readonly events: ShockEvent[];
}
