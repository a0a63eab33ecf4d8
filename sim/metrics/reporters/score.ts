// Reporter `score`: the displayed score's distribution overall and its median by type.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import type { Reporter } from '../reporter.js';
import { quantileSorted, sortedValues } from '../quantiles.js';

/** Displayed-score quantiles over active agents, and the median by type. */
export const scoreReporter: Reporter = {
  name: 'score',
  description: '`score` (the displayed score) at p50, p95 and max over active agents; `score-median` by type.',
  report({ agents }, emit) {
    const sorted = sortedValues(agents.score, agents.count, agents.active);
    emit('score', 'p50', quantileSorted(sorted, 0.5));
    emit('score', 'p95', quantileSorted(sorted, 0.95));
    emit('score', 'max', sorted.length ? sorted[sorted.length - 1] : NaN);
    const mask = new Uint8Array(agents.count);
    for (let t = 0; t < AGENT_TYPE_COUNT; t++) {
      for (let i = 0; i < agents.count; i++) mask[i] = agents.active[i] && agents.type[i] === t ? 1 : 0;
      const byType = sortedValues(agents.score, agents.count, mask);
      if (byType.length) emit('score-median', AGENT_TYPES[t], quantileSorted(byType, 0.5));
    }
  },
};
