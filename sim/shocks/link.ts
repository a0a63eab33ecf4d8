// Shock kind `link`: a group links a secondary network to the scoring service (the "link every account" tactic, for a group).
import { z } from 'zod';
import { AGENT_TYPES, AgentType } from '../core/agentTypes.js';
import type { ShockKind } from './types.js';

/** Options of `link`. */
export const linkOptions = z.strictObject({
  network: z
    .string()
    .min(1)
    .describe('Secondary network to link, by name (one of secondaryNetworks[].name).'),
  types: z
    .array(z.enum(AGENT_TYPES))
    .min(1)
    .optional()
    .describe('The group: agents of these types; default every type.'),
  share: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe('Share of the group\'s agents present on the network (and not yet linked) that link it, each drawn independently.'),
});

/**
 * `link`: every active agent of the group that is present on the network and has not linked it links
 * it with probability `share` (one draw each, in id order; none when share is 1). Scores see the link
 * from tonight's computation.
 */
export const linkShock: ShockKind<typeof linkOptions> = {
  name: 'link',
  description: 'A share of a group present on a secondary network links it to the scoring service.',
  options: linkOptions,
  apply(state, options, { rng }) {
    const k = state.scenario.secondaryNetworks.findIndex((net) => net.name === options.network);
    if (k < 0) throw new Error(`link: no secondary network "${options.network}"`);
    const bit = 1 << k;
    let typeMask = options.types ? 0 : -1;
    for (const name of options.types ?? []) typeMask |= 1 << AgentType[name];
    const { active, type, present, linked } = state.agents;
    let candidates = 0;
    let newlyLinked = 0;
    for (let i = 0; i < state.agents.count; i++) {
      if (active[i] === 0 || ((typeMask >> type[i]) & 1) === 0 || (present[i] & bit) === 0 || (linked[i] & bit) !== 0) continue;
      candidates++;
      if (options.share >= 1 || rng.next() < options.share) {
        linked[i] |= bit;
        newlyLinked++;
      }
    }
    return { network: options.network, candidates, linked: newlyLinked };
  },
};
