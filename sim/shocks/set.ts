// Shock kind `set`: sets one parameter of the running scenario by its dotted path, from that tick on.
import { z } from 'zod';
import { buildTypeTables } from '../agents/typeTables.js';
import { formatParameterPath, parseParameterPath, writeParameter, type ParameterSegment } from './parameterPath.js';
import type { JsonValue, ShockKind } from './types.js';

/** Options of `set`. */
export const setOptions = z.strictObject({
  path: z
    .string()
    .min(1)
    .describe('Dotted path of a parameter of the resolved scenario, e.g. agents.types.chaser.react, behaviour.conversion or secondaryNetworks[0].presence.'),
  value: z
    .union([z.number(), z.boolean(), z.string(), z.array(z.number()), z.array(z.string())])
    .describe('Its new value, of the same type as the current one; the edited scenario must still be valid.'),
});

/** Parameters a `set` shock cannot change (`*` matches any key or index), each with the reason and what to do instead. */
export const FIXED_PARAMETERS: ReadonlyArray<{ pattern: readonly string[]; reason: string }> = [
  { pattern: ['name'], reason: 'names the results folder' },
  { pattern: ['description'], reason: 'describes the scenario' },
  { pattern: ['seed'], reason: 'the seed is fixed when the run starts' },
  { pattern: ['ticks'], reason: 'the length of the run is fixed when it starts' },
  { pattern: ['topics'], reason: 'interests and posts are drawn from a fixed set of topics' },
  { pattern: ['agents', 'count'], reason: 'the population is built at the start; add agents with an addAgents shock' },
  { pattern: ['agents', 'counts'], reason: 'the population is built at the start; add agents with an addAgents shock' },
  { pattern: ['network'], reason: 'the initial network is built at the start' },
  { pattern: ['secondaryNetworks', '*', 'name'], reason: 'networks are known by name from the start' },
  { pattern: ['scoring', 'displayed'], reason: 'switch the displayed algorithm with a switch shock' },
  { pattern: ['scoring', 'shadow'], reason: 'the algorithms computed are fixed at the start' },
  { pattern: ['metrics'], reason: 'data collection is fixed at the start' },
  { pattern: ['response', 'churnWindow'], reason: 'it sizes the score history kept from the start' },
  { pattern: ['response', 'copyWindow'], reason: 'it sizes the score history kept from the start' },
  { pattern: ['environment', 'perks'], reason: 'launch perks or change their thresholds with a perks shock' },
  { pattern: ['shocks'], reason: 'the timeline cannot change itself' },
];

/** Why a path may not be set, or null when it may. */
export function fixedParameterReason(segments: readonly ParameterSegment[]): string | null {
  for (const { pattern, reason } of FIXED_PARAMETERS) {
    if (pattern.length > segments.length) continue;
    if (pattern.every((p, i) => p === '*' || p === String(segments[i]))) return reason;
  }
  return null;
}

/**
 * `set`: writes the value into `state.scenario` (the run's own copy) in place, so every reader of the
 * scenario sees it from this tick: the day's phases read behaviour constants each day, the scoring
 * service reads `scoring.params` each day, and a path under `agents.types` rebuilds `state.tables`.
 * The path and value were validated when the scenario loaded.
 */
export const setShock: ShockKind<typeof setOptions> = {
  name: 'set',
  description:
    'Sets any parameter of the running scenario by its dotted path from this tick on. Behaviour constants are read every day; ' +
    'per-type traits (postsPerDay, quality, topics, offlineInfluence, linkNetworks) and secondaryNetworks[].presence, audience ' +
    'and activity are drawn when an agent joins, so they shape agents added later.',
  options: setOptions,
  apply(state, options) {
    const segments = parseParameterPath(options.path);
    if (segments === null) throw new Error(`set: "${options.path}" is not a parameter path`);
    const from = writeParameter(state.scenario, segments, options.value);
    if (segments[0] === 'agents' && segments[1] === 'types') state.tables = buildTypeTables(state.scenario.agents.types);
    return { path: formatParameterPath(segments), from: from as JsonValue, to: options.value };
  },
};
