// What a linked secondary network counts as in main-network units: posts, reactions and distinct reactors over a window.

/** Share of a secondary network's audience reacting to each of the agent's posts there (default 0.002). */
export const SECONDARY_REACTION_RATE = 0.002;

/**
 * The main-network equivalent of one secondary network over `days` days, written to `out`:
 * `out[0]` posts = activity · days (activity is the agent's daily actions there);
 * `out[1]` reactions received = posts · audience · reactionRate (each post draws reactions from a
 * `reactionRate` share of the audience);
 * `out[2]` distinct reactors = audience · (1 − e^(−reactions / audience)), the expected number of distinct
 * people when each reaction comes from an audience member drawn at random.
 * With the schema's default networks (audience ~150, activity ~0.1–0.4) and rate 0.002 this gives 3–11
 * reactions from as many people over 90 days, the range of a moderately engaged main-network account.
 * Scoring algorithms then treat these counts like the main network's, so every network is on one scale.
 */
export function secondaryNetworkCounts(
  audience: number,
  activity: number,
  days: number,
  reactionRate: number,
  out: Float64Array,
): void {
  const posts = Math.max(0, activity) * days;
  const reach = Math.max(0, audience);
  const received = posts * reach * reactionRate;
  out[0] = posts;
  out[1] = received;
  out[2] = reach > 0 ? reach * -Math.expm1(-received / reach) : 0;
}
