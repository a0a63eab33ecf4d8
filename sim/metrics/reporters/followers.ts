// Reporter `followers`: the follower distribution, follows and unfollows, and reciprocity.
import type { Reporter } from '../reporter.js';
import { mean, quantileSorted, sortedValues } from '../quantiles.js';

/** Follower-count quantiles over active agents, follows and unfollows since the last record, and reciprocity. */
export const followersReporter: Reporter = {
  name: 'followers',
  description:
    '`followers` at p50, p90, p99, max and mean over active agents; `follows` and `unfollows` since the previous record; ' +
    '`reciprocity` (share of follows returned) and `edges` of the follow graph.',
  report({ agents, graph, counters: C }, emit) {
    const sorted = sortedValues(graph.inLen, agents.count, agents.active);
    emit('followers', 'p50', quantileSorted(sorted, 0.5));
    emit('followers', 'p90', quantileSorted(sorted, 0.9));
    emit('followers', 'p99', quantileSorted(sorted, 0.99));
    emit('followers', 'max', sorted.length ? sorted[sorted.length - 1] : NaN);
    emit('followers', 'mean', mean(sorted));
    emit('follows', 'all', C.follows);
    emit('unfollows', 'all', C.unfollows);
    emit('reciprocity', 'all', graph.reciprocity());
    emit('edges', 'all', graph.edgeCount);
  },
};
