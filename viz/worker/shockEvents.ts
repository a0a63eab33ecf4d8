// Reads the shocks the engine has applied (`state.events`: tick, shock, kind, options, effect) as explorer events.
import type { SimState } from '../../sim/engine/state.js';
import type { ShockEvent } from './protocol.js';
import { shockLabel } from '../../sim/shocks/shockLabel.js';

/** An applied shock as the explorer shows it: its tick, a short label (`switch → klout-2011`), and the whole record as detail. */
export function toShockEvent(raw: unknown, fallbackTick: number): ShockEvent {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : { value: raw };
  const tick = typeof record.tick === 'number' ? record.tick : fallbackTick;
  const kind = typeof record.kind === 'string' ? record.kind : 'shock';
  const detail = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  return { tick, label: shockLabel(kind, record.options), detail };
}

/** Events the engine has recorded after the first `seen` ones; [] when it records none. */
export function newEvents(state: SimState, seen: number): ShockEvent[] {
  const events = (state as unknown as { events?: unknown }).events;
  if (!Array.isArray(events) || events.length <= seen) return [];
  return events.slice(seen).map((raw) => toShockEvent(raw, state.tick));
}
