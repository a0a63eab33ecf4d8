// Default behaviour parameters of each agent type, as DESIGN.md describes them; scenario files override any field.
import type { AgentTypeName } from '../core/agentTypes.js';

/** Behaviour parameters of one agent type. Every field is documented in `typeParamsSchema`. */
export interface TypeParams {
  postsPerDay: { min: number; max: number };
  baitShare: number;
  readsPerDay: number;
  minutesPerDay: number;
  react: number;
  reactionMix: { like: number; reply: number; share: number; mention: number };
  replyBack: number;
  scoreSeeking: number;
  quality: { mean: number; sd: number };
  topics: number;
  offlineInfluence: { share: number; mean: number };
  followPerDay: number;
  followBack: number;
  unfollowPerDay: number;
  linkNetworks: number;
}

const base: TypeParams = {
  postsPerDay: { min: 0.1, max: 1 },
  baitShare: 0,
  readsPerDay: 30,
  minutesPerDay: 30,
  react: 0.05,
  reactionMix: { like: 0.7, reply: 0.15, share: 0.1, mention: 0.05 },
  replyBack: 0.3,
  scoreSeeking: 0,
  quality: { mean: 0.5, sd: 0.15 },
  topics: 2,
  offlineInfluence: { share: 0.02, mean: 0.05 },
  followPerDay: 0.05,
  followBack: 0.2,
  unfollowPerDay: 0.01,
  linkNetworks: 0.2,
};

/** Default parameters per agent type (lurker, engager, chaser, communityManager, celebrity, farmer, bot). */
export const TYPE_DEFAULTS: Readonly<Record<AgentTypeName, TypeParams>> = {
  lurker: {
    ...base,
    postsPerDay: { min: 0.01, max: 0.2 },
    readsPerDay: 15,
    minutesPerDay: 25,
    react: 0.01,
    reactionMix: { like: 0.85, reply: 0.05, share: 0.07, mention: 0.03 },
    replyBack: 0.1,
    topics: 3,
    offlineInfluence: { share: 0.05, mean: 0.4 },
    followPerDay: 0.01,
    followBack: 0.05,
    unfollowPerDay: 0.01,
    linkNetworks: 0.1,
  },
  engager: {
    ...base,
    postsPerDay: { min: 0.1, max: 1 },
    readsPerDay: 25,
    minutesPerDay: 45,
    react: 0.1,
    reactionMix: { like: 0.55, reply: 0.25, share: 0.15, mention: 0.05 },
    replyBack: 0.6,
    quality: { mean: 0.6, sd: 0.15 },
    topics: 2,
    offlineInfluence: { share: 0.03, mean: 0.1 },
    followPerDay: 0.05,
    followBack: 0.2,
    linkNetworks: 0.25,
  },
  chaser: {
    ...base,
    postsPerDay: { min: 1, max: 5 },
    baitShare: 0.6,
    readsPerDay: 60,
    minutesPerDay: 120,
    react: 0.25,
    reactionMix: { like: 0.5, reply: 0.2, share: 0.2, mention: 0.1 },
    replyBack: 0.5,
    scoreSeeking: 1.5,
    quality: { mean: 0.35, sd: 0.12 },
    topics: 2,
    offlineInfluence: { share: 0.01, mean: 0.05 },
    followPerDay: 1,
    followBack: 0.9,
    unfollowPerDay: 0.5,
    linkNetworks: 0.9,
  },
  communityManager: {
    ...base,
    postsPerDay: { min: 2, max: 6 },
    readsPerDay: 80,
    minutesPerDay: 240,
    react: 0.2,
    reactionMix: { like: 0.35, reply: 0.45, share: 0.15, mention: 0.05 },
    replyBack: 0.85,
    quality: { mean: 0.55, sd: 0.1 },
    topics: 1,
    offlineInfluence: { share: 0.05, mean: 0.1 },
    followPerDay: 0.2,
    followBack: 0.6,
    linkNetworks: 0,
  },
  celebrity: {
    ...base,
    postsPerDay: { min: 0.5, max: 3 },
    readsPerDay: 10,
    minutesPerDay: 20,
    react: 0.005,
    reactionMix: { like: 0.6, reply: 0.1, share: 0.25, mention: 0.05 },
    replyBack: 0.02,
    quality: { mean: 0.6, sd: 0.15 },
    topics: 2,
    offlineInfluence: { share: 0.5, mean: 1 },
    followPerDay: 0.01,
    followBack: 0.01,
    unfollowPerDay: 0.001,
    linkNetworks: 0.5,
  },
  farmer: {
    ...base,
    postsPerDay: { min: 1, max: 3 },
    baitShare: 0.9,
    readsPerDay: 20,
    minutesPerDay: 60,
    react: 0.05,
    replyBack: 0.1,
    scoreSeeking: 0.5,
    quality: { mean: 0.15, sd: 0.05 },
    topics: 1,
    offlineInfluence: { share: 0, mean: 0 },
    followPerDay: 20,
    followBack: 1,
    unfollowPerDay: 0.05,
    linkNetworks: 1,
  },
  bot: {
    ...base,
    postsPerDay: { min: 1440, max: 1440 },
    baitShare: 1,
    readsPerDay: 0,
    minutesPerDay: 1440,
    react: 0,
    replyBack: 0,
    quality: { mean: 0.05, sd: 0.02 },
    topics: 1,
    offlineInfluence: { share: 0, mean: 0 },
    followPerDay: 5,
    followBack: 0.5,
    unfollowPerDay: 0,
    linkNetworks: 0,
  },
};
