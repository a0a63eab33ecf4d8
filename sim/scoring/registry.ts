// The registry of scoring algorithms by name; adding an algorithm is adding one file and one line here.
import { Registry } from '../core/registry.js';
import { followersScore } from './followers.js';
import { logProxyScore } from './logProxy.js';
import type { AnyScoringAlgorithm } from './types.js';

/** Every built-in scoring algorithm, by name, in the order their columns appear in outputs. */
export const scoringAlgorithms = new Registry<AnyScoringAlgorithm>('scoring algorithm');
for (const algorithm of [followersScore, logProxyScore] as AnyScoringAlgorithm[]) {
  scoringAlgorithms.register(algorithm.name, algorithm);
}

/** Names of the registered scoring algorithms, for validating scenario files. */
export const SCORING_ALGORITHMS: readonly string[] = scoringAlgorithms.names();
