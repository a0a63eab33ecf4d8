// The registry of metrics reporters by name, in the order their rows appear in metrics.csv.
import { Registry } from '../core/registry.js';
import type { AnyReporter } from './reporter.js';
import { activityReporter } from './reporters/activity.js';
import { cliquesReporter } from './reporters/cliques.js';
import { environmentReporter } from './reporters/environment.js';
import { experienceReporter } from './reporters/experience.js';
import { followersReporter } from './reporters/followers.js';
import { hiringReporter } from './reporters/hiring.js';
import { influenceReporter } from './reporters/influence.js';
import { millionFollowerFallacyReporter } from './reporters/millionFollowerFallacy.js';
import { populationReporter } from './reporters/population.js';
import { responseReporter } from './reporters/response.js';
import { scoreReporter } from './reporters/score.js';
import { shockAnalysisReporter } from './reporters/shockAnalysis.js';
import { shocksReporter } from './reporters/shocks.js';
import { validityReporter } from './reporters/validity.js';

/** Every built-in reporter, by name. */
export const reporters = new Registry<AnyReporter>('metrics reporter');
for (const r of [populationReporter, activityReporter, influenceReporter, followersReporter, scoreReporter, responseReporter,
  environmentReporter, shocksReporter, validityReporter, millionFollowerFallacyReporter, shockAnalysisReporter, cliquesReporter,
  experienceReporter, hiringReporter] as AnyReporter[]) {
  reporters.register(r.name, r);
}
