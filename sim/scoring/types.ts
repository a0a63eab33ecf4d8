// The interface every scoring algorithm implements: a pure function of observable signals to one score per agent.
import type { z } from 'zod';
import type { Rng } from '../core/rng.js';
import type { FollowGraph } from '../network/followGraph.js';
import type { DayLog } from './activityLog.js';
import type { ReactionPairs } from './reactionPairs.js';
import type { WindowTotals } from './windowSums.js';

/**
 * What a scoring service can observe on the day it scores: follower counts and the follow graph, the
 * posts and reactions (with actor and target) of its rolling window, presence and linking on secondary
 * networks with their signals, and its own earlier scores. Never reads, conversions or offline influence.
 */
export interface ScoringContext {
  /** The tick being scored. */
  readonly tick: number;
  /** Agents 0..agentCount-1; score only the active ones (others get 0). */
  readonly agentCount: number;
  readonly active: Uint8Array;
  /** The follow graph (read it, never change it); followers of i: `graph.inLen[i]`. */
  readonly graph: FollowGraph;
  /** Secondary networks: bit k of `present[i]` / `linked[i]` is network k; signals are agent-major, `secondaryCount` per agent. */
  readonly secondaryCount: number;
  readonly present: Uint8Array;
  readonly linked: Uint8Array;
  readonly secondaryAudience: Float32Array;
  readonly secondaryActivity: Float32Array;
  /** Per-agent totals over the last `days` days (including today). */
  window(days: number): WindowTotals;
  /** The reaction graph of the last `days` days: distinct (reactor, target) pairs with counts. */
  pairs(days: number): ReactionPairs;
  /** The raw day logs of the last `days` days, oldest first. */
  logs(days: number): readonly DayLog[];
  /** Yesterday's scores of an algorithm that runs in this scenario (undefined on the first day). */
  previous(name: string): Float32Array | undefined;
  /** The scoring stream, for algorithms that simulate agents' own actions (a share market's trades). */
  readonly rng: Rng;
}

/**
 * A scoring algorithm, registered by name and chosen in scenario files (`scoring.displayed`,
 * `scoring.shadow`). Its constants are scenario parameters under `scoring.params.<name>`, described by
 * `params` (a zod object with a documented default for every field). State, when the algorithm keeps
 * some (a never-decreasing total, a market), is plain data: objects, arrays, typed arrays and numbers.
 */
export interface ScoringAlgorithm<P extends object = object, S = undefined> {
  /** Name used in scenario files and output columns. */
  readonly name: string;
  /** One sentence on what it measures. */
  readonly description: string;
  /** Schema of its constants, every field with a default and a description. */
  readonly params: z.ZodType<P, unknown>;
  /** Days of history the algorithm reads (0: only the current state). */
  windowDays(params: P): number;
  /** Its initial state, if it keeps one. */
  createState?(params: P, agentCount: number): S;
  /** Writes one score per agent in [0, 100] (0 for inactive agents) into `out[0 .. agentCount)`. */
  compute(context: ScoringContext, params: P, state: S, out: Float32Array): void;
}

/** Any registered algorithm. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyScoringAlgorithm = ScoringAlgorithm<any, any>;
