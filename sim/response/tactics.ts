// The score-raising tactics a score seeker can use, their codes in `agents.tactic`, and where each takes effect.

/**
 * Tactics in code order; the index is the value stored in `agents.tactic` (0, `none`, for everyone who
 * does not seek a score). A score seeker uses one tactic a day, chosen by `learnTactics`.
 *
 * | tactic | what it does | where it takes effect |
 * |---|---|---|
 * | `none` | nothing beyond the type's usual behaviour | — |
 * | `postMore` | posts a day × `response.postMoreFactor` (default 2), within the time budget | `engine/phases/post.ts` |
 * | `engageHighScorers` | the reaction weight (score/50)^α uses α × `response.engageBoost` (default 2) | `engine/phases/exposure.ts` |
 * | `reciprocityRings` | reacts back: reaction probability × `response.ringBoost` (default 4) on posts by whoever last reacted to it | `engine/phases/exposure.ts` (`lastReactor` in the response state) |
 * | `linkNetworks` | links every secondary network it is present on (`linked \|= present`), once chosen, for good | `response/learning.ts` |
 * | `followBack` | follows back every new follower (probability 1) | `engine/phases/follow.ts` |
 * | `focusTopic` | posts only on its primary topic | `engine/phases/post.ts` |
 */
export const TACTICS = [
  'none',
  'postMore',
  'engageHighScorers',
  'reciprocityRings',
  'linkNetworks',
  'followBack',
  'focusTopic',
] as const;

/** The name of a tactic, as reported in metrics. */
export type TacticName = (typeof TACTICS)[number];

/** Number of tactics (7), the row width of the per-agent value estimates. */
export const TACTIC_COUNT = TACTICS.length;

/** Numeric tactic codes for the hot loops: `agents.tactic[a] === Tactic.postMore`. */
export const Tactic = {
  none: 0,
  postMore: 1,
  engageHighScorers: 2,
  reciprocityRings: 3,
  linkNetworks: 4,
  followBack: 5,
  focusTopic: 6,
} as const satisfies Record<TacticName, number>;
