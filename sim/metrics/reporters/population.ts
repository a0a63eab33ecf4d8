// Reporter `population`: active agents by type.
import { AGENT_TYPES, AGENT_TYPE_COUNT } from '../../core/agentTypes.js';
import type { Reporter } from '../reporter.js';

/** `agents` by type: number of active agents. */
export const populationReporter: Reporter = {
  name: 'population',
  description: '`agents` by type: active agents.',
  report({ agents }, emit) {
    const counts = new Float64Array(AGENT_TYPE_COUNT);
    for (let i = 0; i < agents.count; i++) if (agents.active[i]) counts[agents.type[i]]++;
    AGENT_TYPES.forEach((name, t) => emit('agents', name, counts[t]));
  },
};
