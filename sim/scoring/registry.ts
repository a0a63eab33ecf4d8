// The registry of scoring algorithms by name; adding an algorithm is adding one file and one line here.
import { Registry } from '../core/registry.js';
import { followersScore } from './followers.js';
import type { ScoringAlgorithm } from './types.js';

/** Every built-in scoring algorithm, by name. */
export const scoringAlgorithms = new Registry<ScoringAlgorithm>('scoring algorithm').register(
  followersScore.name,
  followersScore,
);

/** Names of the registered scoring algorithms, for validating scenario files. */
export const SCORING_ALGORITHMS: readonly string[] = scoringAlgorithms.names();
