// Metrics the explorer derives from a frame when the engine does not report them: quartiles, validity, cliques.
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import type { MetricRow } from '../../sim/metrics/reporter.js';
import { quantileSorted } from '../../sim/metrics/quantiles.js';
import { spearmanOver } from '../analysis/rankCorrelation.js';
import type { GraphAnalysis } from './graphAnalysis.js';
import type { AgentFrame } from './protocol.js';

/** Prefix of every metric the explorer computes itself (never written by the engine). */
export const VIEW_PREFIX = 'explorer.';

/**
 * Rows for one frame, all named `explorer.*`:
 * - `explorer.score.<alg>-q1|q2|q3` by type: each algorithm's quartiles among active agents of the type;
 * - `explorer.spearman` by algorithm: Spearman's ρ of the score with true influence over active agents;
 * - with a graph analysis: `explorer.score-assortativity`, and `explorer.modularity` and
 *   `explorer.communities` when communities were found (all with group `all`).
 */
export function viewMetrics(frame: AgentFrame, algorithms: readonly string[], graph?: GraphAnalysis): MetricRow[] {
  const rows: MetricRow[] = [];
  const emit = (metric: string, group: string, value: number) => rows.push({ tick: frame.tick, metric: VIEW_PREFIX + metric, group, value });
  const ids: number[] = [];
  for (let i = 0; i < frame.count; i++) if (frame.active[i]) ids.push(i);
  const byType = AGENT_TYPES.map(() => [] as number[]);
  for (const i of ids) byType[frame.type[i]].push(i);
  algorithms.forEach((name, a) => {
    const score = frame.scores[a];
    byType.forEach((members, t) => {
      if (members.length === 0) return;
      const sorted = Float64Array.from(members, (i) => score[i]).sort();
      emit(`score.${name}-q1`, AGENT_TYPES[t], quantileSorted(sorted, 0.25));
      emit(`score.${name}-q2`, AGENT_TYPES[t], quantileSorted(sorted, 0.5));
      emit(`score.${name}-q3`, AGENT_TYPES[t], quantileSorted(sorted, 0.75));
    });
    emit('spearman', name, spearmanOver(score, frame.trueInfluence, ids));
  });
  if (graph) {
    emit('score-assortativity', 'all', graph.assortativity);
    if (Number.isFinite(graph.modularity)) {
      emit('modularity', 'all', graph.modularity);
      emit('communities', 'all', graph.communities);
    }
  }
  return rows;
}
