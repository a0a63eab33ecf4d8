// The scenario file's schema: the single source of truth for its TypeScript types, defaults and documentation.
import { z } from 'zod';
import { AGENT_TYPES, type AgentTypeName } from '../core/agentTypes.js';
import { scoringAlgorithms } from '../scoring/registry.js';
import { environmentSchema, shocksSchema } from './timelineSchema.js';

const probability = z.number().min(0).max(1);
const nonNegative = z.number().min(0);

/**
 * Overrides of one agent type's behaviour; each omitted field, nested ones included, keeps that type's
 * default (see `TYPE_DEFAULTS`). Checks across fields (postsPerDay min ≤ max, reaction weights not all
 * zero) run on the merged values in `normaliseScenario`.
 */
export const typeParamsSchema = z.strictObject({
  postsPerDay: z
    .strictObject({
      min: nonNegative.optional().describe('Lowest mean posts per day.'),
      max: nonNegative.optional().describe('Highest mean posts per day.'),
    })
    .optional()
    .describe('Range of an agent\'s mean posts per day; each agent draws its rate log-uniformly from [min, max].'),
  baitShare: probability.optional().describe('Share of posts that are cheap bait: low quality, no conversions, little time.'),
  readsPerDay: nonNegative.optional().describe('Attention budget: the most posts an agent reads in a day.'),
  minutesPerDay: nonNegative.optional().describe('Time budget in minutes a day; posting, reading and reacting spend it.'),
  react: probability.optional().describe('Base probability of reacting to a post read, before quality, topic and tie effects.'),
  reactionMix: z
    .strictObject({
      like: nonNegative.optional().describe('Weight of likes.'),
      reply: nonNegative.optional().describe('Weight of replies.'),
      share: nonNegative.optional().describe('Weight of shares.'),
      mention: nonNegative.optional().describe('Weight of mentions.'),
    })
    .optional()
    .describe('Relative weights of the reaction kinds (like, reply, share, mention).'),
  replyBack: probability.optional().describe('Probability of answering a reply, which starts or extends a conversation.'),
  scoreSeeking: nonNegative.optional().describe('Exponent α: reactions weigh the author\'s displayed score as (score/50)^α; 0 ignores the score.'),
  quality: z
    .strictObject({
      mean: probability.optional().describe('Mean quality.'),
      sd: nonNegative.optional().describe('Standard deviation of quality.'),
    })
    .optional()
    .describe('Content quality in [0, 1]: normal with this mean and sd, clipped.'),
  topics: z.int().min(1).max(32).optional().describe('Number of topics an agent of this type is interested in and posts on.'),
  offlineInfluence: z
    .strictObject({
      share: probability.optional().describe('Share of agents of this type with offline influence.'),
      mean: nonNegative.optional().describe('Mean offline influence in conversions a day, among those who have it.'),
    })
    .optional()
    .describe('Share of agents with offline influence, and its mean in conversions a day (log-normal); invisible to every score.'),
  followPerDay: nonNegative.optional().describe('New accounts followed per day on interest (chasers: high scorers).'),
  followBack: probability.optional().describe('Probability of following back a new follower.'),
  unfollowPerDay: probability.optional().describe('Probability per day of dropping one followee.'),
  linkNetworks: probability.optional().describe('Probability of linking each secondary network the agent is present on to the scoring service.'),
});

const typeCountMap = z.strictObject(
  Object.fromEntries(AGENT_TYPES.map((t) => [t, z.int().min(0).optional().describe('Exact number of agents of this type.')])) as Record<
    AgentTypeName,
    z.ZodOptional<z.ZodInt>
  >,
);
const typeShareMap = z.strictObject(
  Object.fromEntries(AGENT_TYPES.map((t) => [t, nonNegative.optional().describe('Relative share of this type.')])) as Record<
    AgentTypeName,
    z.ZodOptional<z.ZodNumber>
  >,
);
const typeParamsMap = z.strictObject(
  Object.fromEntries(AGENT_TYPES.map((t) => [t, typeParamsSchema.optional().describe('Overrides of this type\'s behaviour.')])) as Record<
    AgentTypeName,
    z.ZodOptional<typeof typeParamsSchema>
  >,
);

/** Default population mix by share (normalised over the agents not fixed by `counts`). */
export const DEFAULT_SHARES: Readonly<Partial<Record<AgentTypeName, number>>> = {
  lurker: 0.78,
  engager: 0.15,
  chaser: 0.045,
  communityManager: 0.02,
  celebrity: 0.005,
};

export const agentsSchema = z
  .strictObject({
    count: z.int().min(10).max(20_000_000).default(3000).describe('Number of agents at the start of the run.'),
    shares: typeShareMap
      .optional()
      .describe('Population mix by share per type, normalised over the agents not fixed by counts. Default: lurker 0.78, engager 0.15, chaser 0.045, communityManager 0.02, celebrity 0.005.'),
    counts: typeCountMap.default({}).describe('Exact number of agents of a type; taken before shares are applied.'),
    types: typeParamsMap.default({}).describe('Per-type behaviour overrides; see the agent types table for every default.'),
  })
  .describe('The population.');

export const networkSchema = z
  .strictObject({
    generator: z
      .enum(['preferential-attachment', 'topic-blocks', 'edge-list'])
      .default('preferential-attachment')
      .describe('How the initial follow network is built.'),
    meanOutDegree: z.number().min(1).max(1000).default(10).describe('Mean accounts followed per agent at the start.'),
    reciprocity: probability.default(0.125).describe('Probability that a newly followed account follows back while the network is generated; the share of reciprocated edges comes out near 2r/(1 + r), so 0.125 gives about 0.22.'),
    triadicClosure: probability.default(0.4).describe('Probability that a follow goes to an account followed by one already followed (preferential-attachment).'),
    attachmentOffset: nonNegative.default(4).describe('Offset a of preferential attachment, P(target) ∝ in-degree + a; larger means a lighter tail.'),
    withinBlock: probability.default(0.8).describe('Share of follows inside an agent\'s own topic block (topic-blocks).'),
    file: z.string().min(1).optional().describe('Edge list CSV (source,target per line, optional header), relative to the scenario file (edge-list).'),
  })
  .describe('The initial follow network.');

export const secondaryNetworkSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes, starting with a letter').describe('Network name, e.g. facebook.'),
  presence: probability.default(0.5).describe('Share of agents with an account on this network.'),
  audience: nonNegative.default(150).describe('Mean audience (friends, connections) of a present agent; log-normal.'),
  activity: nonNegative.default(0.3).describe('Mean daily actions of a present agent on this network; log-normal.'),
});

export const behaviourSchema = z
  .strictObject({
    offTopicReact: probability.default(0.3).describe('Multiplier on reacting to, and converting on, a post outside the reader\'s topics.'),
    mutualTieBoost: nonNegative.default(2).describe('Multiplier on reacting to an author the reader follows mutually (tie strength).'),
    conversion: probability.default(0.004).describe('Base probability that reading a post converts (a click, a purchase): the ground truth of influence.'),
    credibilityGamma: nonNegative.default(0.2).describe('Credibility cue γ: trust in a post is multiplied by 1 + γ·score/100 of the author\'s displayed score.'),
    discoveryFollow: probability.default(0.05).describe('Probability of following an author first met through a share and reacted to.'),
    shareChainCredit: probability.default(0.5).describe('Credit a sharer gets for a conversion through its share, relative to the author\'s 1.'),
    maxCascadeDepth: z.int().min(0).max(20).default(4).describe('Longest chain of shares followed within one day.'),
    conversationDecay: probability.default(0.7).describe('Each further turn of a conversation is this much less likely than the one before.'),
    maxConversationTurns: z.int().min(1).max(50).default(8).describe('Longest conversation (replies to replies) in turns.'),
    minutesPerPost: nonNegative.default(6).describe('Minutes a post costs (bait costs a sixth of it).'),
    minutesPerRead: nonNegative.default(0.5).describe('Minutes reading a post costs.'),
    minutesPerReaction: nonNegative.default(1).describe('Minutes a reaction costs (a reply costs three times as much).'),
  })
  .describe('Global behaviour constants of the day.');

/** How agents respond to scores; every field documents its default (learningRate 0.2, copyRate 0.05, churnDrop 10, …). */
export const responseSchema = z
  .strictObject({
    learning: z.boolean().default(true).describe('Whether score seekers learn and copy tactics; false keeps every agent on tactic none.'),
    learningRate: probability.default(0.2).describe('Learning rate η: a score seeker moves its estimate Q of today\'s tactic by η × (today\'s change of its displayed score − Q).'),
    temperature: z.number().positive().default(0.25).describe('Softmax temperature over the tactic estimates Q (in score points a day): lower picks the best-looking tactic more greedily.'),
    copyRate: probability.default(0.05).describe('Daily probability that a score seeker copies the tactic of a random score seeker whose score rose more over the last copyWindow days.'),
    copyWindow: z.int().min(1).max(365).default(7).describe('Days over which score gains are compared when copying.'),
    postMoreFactor: nonNegative.default(2).describe('Tactic postMore: posts a day × this factor (within the time budget).'),
    engageBoost: nonNegative.default(2).describe('Tactic engageHighScorers: the reaction weight (score/50)^α uses α × this boost.'),
    ringBoost: nonNegative.default(4).describe('Tactic reciprocityRings: reaction probability × this factor on posts by the agent\'s last reactor.'),
    perkPostBoost: nonNegative.default(1.5).describe('Agents holding any perk post this many times their usual rate.'),
    perkReach: nonNegative.default(3).describe('Score points around a live perk threshold within which score seekers push (below) or relax (above).'),
    perkPush: nonNegative.default(2.5).describe('Score seekers within perkReach below a live perk threshold post and react this many times as much.'),
    perkRelax: nonNegative.default(0.8).describe('Score seekers within perkReach at or above a live perk threshold (and not pushing for the next) post and react this many times as much.'),
    churnDrop: z.number().positive().default(10).describe('A fall of the displayed score by at least this many points against churnWindow days ago makes an agent consider quitting.'),
    churnWindow: z.int().min(1).max(365).default(14).describe('Days back the churn rule compares the displayed score with.'),
    churnProbability: probability.default(0.3).describe('Probability that an agent quits (becomes inactive) when its fall first reaches churnDrop; decided once per fall.'),
    churnTypes: z
      .array(z.enum(AGENT_TYPES))
      .default(['chaser', 'communityManager', 'farmer'])
      .describe('Agent types who watch their score and may quit over a fall; default chaser, communityManager, farmer (lurkers, engagers and celebrities ignore the score).'),
    engagerConversion: probability.default(0).describe('Engagers become chasers with daily probability engagerConversion × the share of their followees holding a perk or hired; 0 turns it off.'),
  })
  .describe('How agents respond to scores: tactics learned and copied, perk behaviour, churn and conversion.');

export const metricsSchema = z
  .strictObject({
    interval: z.int().min(1).default(7).describe('Record metrics every this many ticks (and always on the last tick).'),
    reporters: z.array(z.string()).optional().describe('Reporters to run, by name; all registered reporters by default.'),
    cliqueInterval: z
      .int()
      .min(1)
      .default(28)
      .describe('The cliques reporter (Louvain communities of the interaction graph, rich club, clustering) runs every this many ticks and on the last tick; it is the costly one.'),
    cliqueWindow: z
      .int()
      .min(1)
      .max(365)
      .default(28)
      .describe('Days of reactions that make the interaction graph of the cliques reporter (a rolling window ending at the tick measured).'),
    shockHorizons: z
      .array(z.int().min(1).max(10_000))
      .min(1)
      .default([7, 30])
      .describe('Days after each switch shock at which the shock-analysis reporter compares scores with the day before the switch (and at the run\'s end when that comes sooner).'),
  })
  .describe('Data collection.');

/** Constants of every registered scoring algorithm, under its name; each field documents its default. */
const scoringParamsSchema = z.strictObject(
  Object.fromEntries(
    scoringAlgorithms.names().map((name) => {
      const algorithm = scoringAlgorithms.get(name);
      return [name, (algorithm.params as z.ZodObject).prefault({}).describe(`Constants of ${name}: ${algorithm.description}.`)];
    }),
  ),
);

export const scoringSchema = z
  .strictObject({
    displayed: z.string().default('followers').describe('Scoring algorithm whose score agents see and react to.'),
    shadow: z
      .array(z.string())
      .optional()
      .describe('Algorithms computed alongside the displayed one for comparison, each with its own column and metrics; default: every registered algorithm.'),
    shadowEvery: z.int().min(1).default(1).describe('Recompute the shadow algorithms every this many ticks (the displayed one is recomputed daily); raise it to speed up large runs.'),
    params: scoringParamsSchema.prefault({}).describe('Constants of each scoring algorithm, by algorithm name.'),
  })
  .describe('Scoring.');

/** The whole scenario file. */
export const scenarioSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes').optional().describe('Short name used for the results folder; defaults to the file name.'),
  description: z.string().default('').describe('What the scenario asks, in a sentence or two.'),
  seed: z.union([z.int(), z.string().min(1)]).default(1).describe('Seed of the run; `--seed` overrides it.'),
  ticks: z.int().min(1).max(100_000).default(365).describe('Number of simulated days; `--ticks` overrides it.'),
  topics: z.int().min(1).max(32).default(8).describe('Number of topics posts and interests are drawn from.'),
  agents: agentsSchema.prefault({}),
  network: networkSchema.prefault({}),
  secondaryNetworks: z
    .array(secondaryNetworkSchema)
    .max(7)
    .default([
      { name: 'facebook', presence: 0.6, audience: 150, activity: 0.4 },
      { name: 'linkedin', presence: 0.35, audience: 200, activity: 0.1 },
    ])
    .describe('Secondary networks summarised by per-agent audience and activity; default facebook and linkedin.'),
  behaviour: behaviourSchema.prefault({}),
  response: responseSchema.prefault({}),
  scoring: scoringSchema.prefault({}),
  metrics: metricsSchema.prefault({}),
  environment: environmentSchema.prefault({}),
  shocks: shocksSchema,
});

/** A scenario as written (every field optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A scenario after parsing: defaults filled in, types resolved later by `normaliseScenario`. */
export type ScenarioParsed = z.output<typeof scenarioSchema>;
/** Overrides of one type's parameters as written. */
export type TypeParamsInput = z.output<typeof typeParamsSchema>;
/** Global behaviour constants. */
export type BehaviourParams = z.output<typeof behaviourSchema>;
/** How agents respond to scores (tactics, perks, churn, conversion). */
export type ResponseParams = z.output<typeof responseSchema>;
/** Network generator options. */
export type NetworkParams = z.output<typeof networkSchema>;
/** One secondary network. */
export type SecondaryNetworkParams = z.output<typeof secondaryNetworkSchema>;
/** Perks and hiring. */
export type EnvironmentParams = z.output<typeof environmentSchema>;
/** One scheduled shock after parsing: `at` and exactly one kind key. */
export type ShockSpec = ScenarioParsed['shocks'][number];
