// Shock kind `hire`: an employer hires once, on the displayed score (everyone above a threshold, or the top k).
import { z } from 'zod';
import { countHires } from '../environment/environmentState.js';
import { hasSelection, hireByScore, hiringRuleFields, SELECTION_MESSAGE } from '../environment/hiringRule.js';
import type { ShockKind } from './types.js';

/** Options of `hire`: a hiring rule (employer, threshold and/or topK, types). */
export const hireOptions = z
  .strictObject(hiringRuleFields)
  .refine(hasSelection, SELECTION_MESSAGE);

/**
 * `hire`: one hiring round at the start of the day, on the scores displayed since last night (see
 * `hireByScore`: threshold, then top k, ties by id; agents hired before are off the market). Sets the
 * hired agents' `hiredTick` and adds them to the employer's total.
 */
export const hireShock: ShockKind<typeof hireOptions> = {
  name: 'hire',
  description: 'An employer hires once: everyone whose displayed score is at least threshold, or the top k (ties by id).',
  options: hireOptions,
  apply(state, options, { tick }) {
    const hired = hireByScore(state.agents, options, tick);
    countHires(state.environment, options.employer, hired.length);
    let lowest = Infinity;
    for (const id of hired) lowest = Math.min(lowest, state.agents.score[id]);
    return { employer: options.employer, hired: hired.length, lowestScore: hired.length ? lowest : null };
  },
};
