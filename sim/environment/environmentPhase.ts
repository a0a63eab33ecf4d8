// The environment's daily phase: perks follow today's scores, and employers with a standing policy hire on schedule.
import type { SimState } from '../engine/state.js';
import { countHires } from './environmentState.js';
import { hireByScore } from './hiringRule.js';
import { updatePerks } from './perks.js';

/** A standing hiring policy of `environment.hiring`: a hiring rule plus its schedule. */
export interface HiringPolicy {
  employer: string;
  threshold?: number;
  topK?: number;
  types?: readonly string[];
  /** First hiring round (tick ≥ 1). */
  from: number;
  /** Days between rounds. */
  every: number;
}

/** True when a policy holds a hiring round on `tick`: from, from + every, from + 2·every, … */
export function hiresOn(policy: HiringPolicy, tick: number): boolean {
  return tick >= policy.from && (tick - policy.from) % policy.every === 0;
}

/**
 * Runs right after `score`, on the scores just published for day `tick + 1`: rewrites every agent's
 * perk bits (see `updatePerks`), then holds the hiring rounds due today, policy by policy in scenario
 * order (see `hireByScore`). Draws no random numbers.
 */
export function environmentPhase(s: SimState): void {
  const day = s.tick + 1;
  updatePerks(s.agents, s.environment);
  for (const policy of s.scenario.environment.hiring) {
    if (!hiresOn(policy, day)) continue;
    countHires(s.environment, policy.employer, hireByScore(s.agents, policy, day).length);
  }
}
