// Hiring on the score: an employer's rule (a score threshold, the top k, or both) and the hiring round that applies it.
import { z } from 'zod';
import type { AgentStore } from '../agents/agentStore.js';
import { AGENT_TYPES, AgentType } from '../core/agentTypes.js';
import { topByScore } from './topByScore.js';

/** The fields of a hiring rule, shared by the `hire` shock and the standing policies of `environment.hiring`. */
export const hiringRuleFields = {
  employer: z
    .string()
    .min(1)
    .describe('Who hires, e.g. acme; names the `hired` metric\'s group and the event.'),
  threshold: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Hire every candidate whose displayed score is at least this.'),
  topK: z
    .int()
    .min(1)
    .optional()
    .describe('Hire the k candidates with the highest displayed score, ties by id; with threshold, the top k of those at or above it.'),
  types: z
    .array(z.enum(AGENT_TYPES))
    .min(1)
    .optional()
    .describe('Only candidates of these agent types; default every type.'),
};

/** A hiring rule after parsing: at least one of threshold and topK is set. */
export interface HiringRule {
  employer: string;
  threshold?: number;
  topK?: number;
  types?: readonly string[];
}

/** The check every hiring rule passes: it says whom to hire, by threshold, topK or both. */
export function hasSelection(rule: { threshold?: number; topK?: number }): boolean {
  return rule.threshold !== undefined || rule.topK !== undefined;
}

/** The message of a rule that fails `hasSelection`. */
export const SELECTION_MESSAGE =
  'a hiring rule needs threshold (hire everyone at or above a score), topK (hire the k highest scorers) or both';

/**
 * One hiring round on `tick` (≥ 1): among active agents not hired before (`hiredTick` 0) and of the
 * rule's types, takes everyone whose displayed score is ≥ threshold, then — when topK is set — the
 * topK highest scores of those, ties broken by lower id. Sets their `hiredTick` to `tick` and returns
 * the ids hired, in id order.
 */
export function hireByScore(agents: AgentStore, rule: HiringRule, tick: number): Int32Array {
  const { active, hiredTick, score, type } = agents;
  let typeMask = rule.types ? 0 : -1;
  for (const name of rule.types ?? []) typeMask |= 1 << AgentType[name as keyof typeof AgentType];
  const threshold = rule.threshold ?? -Infinity;
  const n = agents.count;
  const candidates = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (active[i] !== 0 && hiredTick[i] === 0 && (typeMask >> type[i]) & 1 && score[i] >= threshold) candidates[k++] = i;
  }
  const hired = rule.topK === undefined ? candidates.slice(0, k) : topByScore(candidates.subarray(0, k), score, rule.topK);
  for (let j = 0; j < hired.length; j++) hiredTick[hired[j]] = tick;
  return hired;
}
