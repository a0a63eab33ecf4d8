// The registry of metrics reporters by name, in the order their rows appear in metrics.csv.
import { Registry } from '../core/registry.js';
import type { Reporter } from './reporter.js';
import { activityReporter } from './reporters/activity.js';
import { environmentReporter } from './reporters/environment.js';
import { followersReporter } from './reporters/followers.js';
import { influenceReporter } from './reporters/influence.js';
import { populationReporter } from './reporters/population.js';
import { responseReporter } from './reporters/response.js';
import { scoreReporter } from './reporters/score.js';
import { shocksReporter } from './reporters/shocks.js';

/** Every built-in reporter, by name. */
export const reporters = new Registry<Reporter>('metrics reporter');
for (const r of [populationReporter, activityReporter, influenceReporter, followersReporter, scoreReporter, responseReporter,
  environmentReporter, shocksReporter]) {
  reporters.register(r.name, r);
}
