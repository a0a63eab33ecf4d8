// Reporter `score`: the displayed score's distribution, and every active algorithm's, overall and by type.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import type { AgentStore } from '../../agents/agentStore.js';
import type { EmitRow, Reporter } from '../reporter.js';
import { quantileSorted, sortedValues } from '../quantiles.js';

/** Emits `<metric>` p50/p95/max over active agents and `<metric>-median` by type for one score vector. */
function reportScores(agents: AgentStore, score: ArrayLike<number>, metric: string, emit: EmitRow): void {
  const sorted = sortedValues(score, agents.count, agents.active);
  emit(metric, 'p50', quantileSorted(sorted, 0.5));
  emit(metric, 'p95', quantileSorted(sorted, 0.95));
  emit(metric, 'max', sorted.length ? sorted[sorted.length - 1] : NaN);
  const mask = new Uint8Array(agents.count);
  for (let t = 0; t < AGENT_TYPE_COUNT; t++) {
    for (let i = 0; i < agents.count; i++) mask[i] = agents.active[i] && agents.type[i] === t ? 1 : 0;
    const byType = sortedValues(score, agents.count, mask);
    if (byType.length) emit(`${metric}-median`, AGENT_TYPES[t], quantileSorted(byType, 0.5));
  }
}

/** The displayed score (`score`) and each active algorithm (`score.<name>`): quantiles and medians by type. */
export const scoreReporter: Reporter = {
  name: 'score',
  description:
    '`score` (the displayed score) at p50, p95 and max over active agents, and `score-median` by type; the same for ' +
    'every active algorithm as `score.<name>` and `score.<name>-median`.',
  report({ agents, scoring }, emit) {
    reportScores(agents, agents.score, 'score', emit);
    for (const name of scoring.names) reportScores(agents, scoring.scores.get(name)!, `score.${name}`, emit);
  },
};
