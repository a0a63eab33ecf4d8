// The registry of shock kinds by name; adding a kind is adding one file and one entry here.
import { Registry } from '../core/registry.js';
import { addAgentsShock } from './addAgents.js';
import { hireShock } from './hire.js';
import { linkShock } from './link.js';
import { perksShock } from './perks.js';
import { setShock } from './set.js';
import { switchShock } from './switch.js';
import type { AnyShockKind } from './types.js';

/** Every shock kind, by the key a scenario's `shocks` entry uses, in documentation order. */
const KINDS = {
  switch: switchShock,
  set: setShock,
  perks: perksShock,
  hire: hireShock,
  addAgents: addAgentsShock,
  link: linkShock,
} as const;

/** The name of a shock kind. */
export type ShockKindName = keyof typeof KINDS;

/** Each kind's options schema, by kind name: what the scenario schema builds a `shocks` entry from. */
export const SHOCK_KIND_OPTIONS = Object.fromEntries(
  Object.entries(KINDS).map(([name, kind]) => [name, kind.options]),
) as { readonly [K in ShockKindName]: (typeof KINDS)[K]['options'] };

/** The shock kinds, by name. */
export const shockKinds = new Registry<AnyShockKind>('shock kind');
for (const [name, kind] of Object.entries(KINDS)) shockKinds.register(name, kind);

/** Names of the shock kinds, in registry order. */
export const SHOCK_KINDS: readonly ShockKindName[] = shockKinds.names() as ShockKindName[];

/** The one kind key a parsed shock carries (the schema guarantees exactly one). */
export function shockKindOf(shock: object): ShockKindName {
  const record = shock as Record<string, unknown>;
  const kind = SHOCK_KINDS.find((name) => record[name] !== undefined);
  if (kind === undefined) throw new Error('a shock has no kind');
  return kind;
}
