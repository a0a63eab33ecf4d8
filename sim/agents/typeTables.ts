// Per-type behaviour parameters laid out as small typed arrays indexed by type code, for the day's hot loops.
import { AGENT_TYPES, AGENT_TYPE_COUNT, type AgentTypeName } from '../core/agentTypes.js';
import type { TypeParams } from '../scenario/typeDefaults.js';

/** Reaction kinds in code order; the index is the kind stored in the reaction log. */
export const REACTION_KINDS = ['like', 'reply', 'share', 'mention'] as const;
/** The name of a reaction kind. */
export type ReactionKind = (typeof REACTION_KINDS)[number];
/** Numeric reaction kind codes. */
export const Reaction = { like: 0, reply: 1, share: 2, mention: 3 } as const;

/** Behaviour parameters per type code: `tables.react[AgentType.chaser]`. */
export interface TypeTables {
  readsPerDay: Float64Array;
  minutesPerDay: Float64Array;
  react: Float64Array;
  baitShare: Float64Array;
  replyBack: Float64Array;
  scoreSeeking: Float64Array;
  followPerDay: Float64Array;
  followBack: Float64Array;
  unfollowPerDay: Float64Array;
  /** Cumulative reaction-kind weights, 4 per type, the last one 1. */
  reactionCdf: Float64Array;
}

/** Lays the resolved per-type parameters out as typed arrays. */
export function buildTypeTables(types: Record<AgentTypeName, TypeParams>): TypeTables {
  const column = (pick: (p: TypeParams) => number) =>
    Float64Array.from(AGENT_TYPES, (name) => pick(types[name]));
  const reactionCdf = new Float64Array(AGENT_TYPE_COUNT * 4);
  AGENT_TYPES.forEach((name, t) => {
    const mix = types[name].reactionMix;
    const weights = [mix.like, mix.reply, mix.share, mix.mention];
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    let acc = 0;
    weights.forEach((w, k) => {
      acc += w / total;
      reactionCdf[t * 4 + k] = k === 3 ? 1 : acc;
    });
  });
  return {
    readsPerDay: column((p) => p.readsPerDay),
    minutesPerDay: column((p) => p.minutesPerDay),
    react: column((p) => p.react),
    baitShare: column((p) => p.baitShare),
    replyBack: column((p) => p.replyBack),
    scoreSeeking: column((p) => p.scoreSeeking),
    followPerDay: column((p) => p.followPerDay),
    followBack: column((p) => p.followBack),
    unfollowPerDay: column((p) => p.unfollowPerDay),
    reactionCdf,
  };
}
