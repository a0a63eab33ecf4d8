// Shock kind `perks`: brands launch perks above score thresholds (35, 40, 50, 55 were real ones), or end them.
import { z } from 'zod';
import { perkThresholdsSchema, updatePerks } from '../environment/perks.js';
import type { ShockKind } from './types.js';

/** Options of `perks`. */
export const perksOptions = z.strictObject({
  thresholds: perkThresholdsSchema
    .optional()
    .describe('New perk thresholds, increasing; default the current ones (environment.perks.thresholds).'),
  active: z
    .boolean()
    .default(true)
    .describe('true launches (or keeps) the perk programme; false ends it and revokes every perk.'),
});

/**
 * `perks`: sets the programme's thresholds and whether it runs, then grants and revokes at once on the
 * current displayed scores, so agents see their perks from this tick; the environment phase keeps them
 * up to date every day after scoring.
 */
export const perksShock: ShockKind<typeof perksOptions> = {
  name: 'perks',
  description: 'Launches perks above score thresholds (optionally new ones), or ends them with active: false.',
  options: perksOptions,
  apply(state, options) {
    const perks = state.environment.perks;
    if (options.thresholds) perks.thresholds = [...options.thresholds];
    perks.active = options.active;
    const holders = updatePerks(state.agents, state.environment);
    return { thresholds: [...perks.thresholds], active: perks.active, holders };
  },
};
