// Test helper: a day log whose reactions carry their kind (like, reply, share, mention), for Kred, PeerIndex and Empire Avenue.
import type { ReactionKind } from '../../../sim/agents/typeTables.js';
import { REACTION_KINDS } from '../../../sim/agents/typeTables.js';
import type { DayLog } from '../../../sim/scoring/activityLog.js';

/** One day's events: posts as [author, count], reactions as [actor, target, kind, count]. */
export interface KindedDayEvents {
  posts?: ReadonlyArray<readonly [number, number]>;
  reactions?: ReadonlyArray<readonly [number, number, ReactionKind, number]>;
}

/** A day log from counts with reaction kinds; events are listed in the order given. */
export function kindedDayLog(tick: number, events: KindedDayEvents): DayLog {
  const authors: number[] = [];
  const actors: number[] = [];
  const targets: number[] = [];
  const kinds: number[] = [];
  for (const [author, count] of events.posts ?? []) for (let k = 0; k < count; k++) authors.push(author);
  for (const [actor, target, kind, count] of events.reactions ?? []) {
    for (let k = 0; k < count; k++) {
      actors.push(actor);
      targets.push(target);
      kinds.push(REACTION_KINDS.indexOf(kind));
    }
  }
  return {
    tick,
    postAuthors: Int32Array.from(authors),
    reactionActors: Int32Array.from(actors),
    reactionTargets: Int32Array.from(targets),
    reactionKinds: Uint8Array.from(kinds),
  };
}
