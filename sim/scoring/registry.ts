// The registry of scoring algorithms by name; adding an algorithm is adding one file and one line here.
import { Registry } from '../core/registry.js';
import { empireAvenueScore } from './empireAvenue.js';
import { engagementRateScore } from './engagementRate.js';
import { followersScore } from './followers.js';
import { klout2010Score } from './klout2010.js';
import { klout2011Score } from './klout2011.js';
import { kredScore } from './kred.js';
import { logProxyScore } from './logProxy.js';
import { pageRankScore } from './pagerank.js';
import { peerIndexScore } from './peerIndex.js';
import type { AnyScoringAlgorithm } from './types.js';

/** Every built-in scoring algorithm, by name, in the order their columns appear in outputs. */
export const scoringAlgorithms = new Registry<AnyScoringAlgorithm>('scoring algorithm');
for (const algorithm of [
  followersScore,
  logProxyScore,
  engagementRateScore,
  klout2010Score,
  klout2011Score,
  kredScore,
  peerIndexScore,
  empireAvenueScore,
  pageRankScore,
] as AnyScoringAlgorithm[]) {
  scoringAlgorithms.register(algorithm.name, algorithm);
}

/** Names of the registered scoring algorithms, for validating scenario files. */
export const SCORING_ALGORITHMS: readonly string[] = scoringAlgorithms.names();
