// Reporter `shocks`: one `shock` row per applied shock, at the shock's own tick, so every chart can mark it.
import type { Reporter } from '../reporter.js';

/** `shock` by kind: 1 at the tick a shock of that kind applied (several shocks of a kind on one tick give several rows). */
export const shocksReporter: Reporter = {
  name: 'shocks',
  description: '`shock` by kind (switch, set, perks, hire, addAgents, link): 1 at the tick each shock applied, recorded at that tick even between intervals.',
  report() {},
  reportEvent(event, emit) {
    emit('shock', event.kind, 1);
  },
};
