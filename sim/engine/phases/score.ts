// Day phase 7, scoring: the scoring service recomputes the displayed score from the observable signals.
import { scoringAlgorithms } from '../../scoring/registry.js';
import type { SimState } from '../state.js';

/** Recomputes the displayed algorithm (`scoring.displayed`) into `agents.score`. */
export function scorePhase(s: SimState): void {
  const algorithm = scoringAlgorithms.get(s.scenario.scoring.displayed);
  algorithm.compute({ agents: s.agents, graph: s.graph, tick: s.tick }, s.agents.score);
}
