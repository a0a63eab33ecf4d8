// The interface every shock kind implements, and the record of a shock as applied (one entry of events.json).
import type { z } from 'zod';
import type { Rng } from '../core/rng.js';
import type { SimState } from '../engine/state.js';

/** JSON-safe data, as events.json holds it. */
export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What a shock did, for events.json: e.g. `{ hired: 12 }`, `{ added: 1, firstId: 3000, followers: 5000 }`. */
export type ShockEffect = Record<string, JsonValue>;

/** What a shock is applied with besides the state. */
export interface ShockContext {
  /** The day the shock applies on: the tick being simulated (`state.tick + 1`). */
  readonly tick: number;
  /** The `shocks` random stream (shared by every shock, in timeline order). */
  readonly rng: Rng;
}

/**
 * A kind of shock, registered by name; a scenario's `shocks` entry `{ at: 30, <name>: <options> }`
 * chooses it. `options` documents every field with `.describe()` (and its default); `apply` changes
 * the state at the start of the day and says what it did. Checks that need the whole scenario (an
 * algorithm name, a parameter path, a network name) live in `sim/scenario/shockChecks.ts`.
 */
export interface ShockKind<S extends z.ZodType = z.ZodType> {
  /** Key used in scenario files and as the `shock` metric's group. */
  readonly name: string;
  /** One sentence on what it does. */
  readonly description: string;
  /** Schema of its options. */
  readonly options: S;
  /** Applies the shock to the state and returns a summary of its effect. */
  apply(state: SimState, options: z.output<S>, context: ShockContext): ShockEffect;
}

/** Any registered shock kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyShockKind = ShockKind<any>;

/** One shock as applied: an entry of `state.events` and of events.json. */
export interface ShockEvent {
  /** The day it applied on. */
  tick: number;
  /** Its index in the scenario's `shocks` list. */
  shock: number;
  /** Its kind, e.g. `switch`. */
  kind: string;
  /** Its options as parsed (defaults filled in). */
  options: JsonValue;
  /** What it did. */
  effect: ShockEffect;
}
