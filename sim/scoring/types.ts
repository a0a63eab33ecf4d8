// The interface every scoring algorithm implements: a pure function of observable signals to one score per agent.
import type { AgentStore } from '../agents/agentStore.js';
import type { FollowGraph } from '../network/followGraph.js';

/** Observable signals a scoring service can see: the agents' public counters and the follow graph. */
export interface ScoringInput {
  agents: AgentStore;
  graph: FollowGraph;
  /** The tick being scored. */
  tick: number;
}

/** A scoring algorithm, registered by name and chosen in scenario files (`scoring.displayed`). */
export interface ScoringAlgorithm {
  /** Name used in scenario files and output columns. */
  readonly name: string;
  /** One sentence on what it measures. */
  readonly description: string;
  /** Writes one score per agent (0 for inactive agents) into `out[0 .. agents.count)`. */
  compute(input: ScoringInput, out: Float32Array): void;
}
