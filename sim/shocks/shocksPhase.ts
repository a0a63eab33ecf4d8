// The day's first phase: applies the shocks scheduled for the day being simulated and records each one as an event.
import { plainCopy } from '../core/plainCopy.js';
import type { SimState } from '../engine/state.js';
import { shockKindOf, shockKinds } from './registry.js';
import type { JsonValue } from './types.js';

/**
 * Applies every shock whose `at` is the day being simulated (`state.tick + 1`), in scenario order, each
 * drawing from the `shocks` stream, and appends `{ tick, shock, kind, options, effect }` to
 * `state.events`. A shock scheduled past the run's last tick (a run shortened by `--ticks`) never applies.
 */
export function shocksPhase(s: SimState): void {
  const day = s.tick + 1;
  const shocks = s.scenario.shocks;
  for (let index = 0; index < shocks.length; index++) {
    const shock = shocks[index];
    if (shock.at !== day) continue;
    const kind = shockKindOf(shock);
    const options = (shock as Record<string, unknown>)[kind];
    const effect = shockKinds.get(kind).apply(s, options, { tick: day, rng: s.streams.shocks });
    s.events.push({ tick: day, shock: index, kind, options: plainCopy(options) as JsonValue, effect });
  }
}
