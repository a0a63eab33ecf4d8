// The explorer's colours: the Okabe–Ito colour-blind-safe palette and the fixed colour of each agent type.
import { AGENT_TYPES, type AgentTypeName } from '../../sim/core/agentTypes.js';

/** Okabe & Ito (2008), in the order charts use them: blue, orange, green, purple, sky, vermillion, yellow, black. */
export const OKABE_ITO: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * One colour per agent type, the same in every chart and on the network: lurkers sky blue (the quiet
 * majority recedes), engagers green, chasers vermillion, community managers purple, celebrities orange,
 * farmers blue, bots black. Yellow is left out: too faint on white.
 */
export const TYPE_COLOURS: Readonly<Record<AgentTypeName, string>> = {
  lurker: '#56B4E9',
  engager: '#009E73',
  chaser: '#D55E00',
  communityManager: '#CC79A7',
  celebrity: '#E69F00',
  farmer: '#0072B2',
  bot: '#000000',
};

/** The colour of a group: its type colour when it names an agent type, else the palette colour of its index. */
export function groupColour(group: string, index: number, palette: readonly string[] = OKABE_ITO): string {
  return (AGENT_TYPES as readonly string[]).includes(group) ? TYPE_COLOURS[group as AgentTypeName] : palette[index % palette.length];
}

/** Colour of a community id (cycled through the palette without yellow). */
export function communityColour(community: number): string {
  const usable = OKABE_ITO.filter((c) => c !== '#F0E442');
  return usable[((community % usable.length) + usable.length) % usable.length];
}
