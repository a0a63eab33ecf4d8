// Which metrics.csv rows a sweep aggregates: selectors `metric` (every group) or `metric:group`.

/**
 * True when `selector` names the row (metric, group): `metric:group` names one group; `metric` every
 * group of that metric; and `metric.group` (no colon) one group when no metric is called `metric.group`
 * itself — `knownMetrics` holds every metric name in the data, so that reading depends on the data only.
 */
export function selectorMatches(selector: string, metric: string, group: string, knownMetrics: ReadonlySet<string>): boolean {
  if (selector.includes(':')) return selector === `${metric}:${group}`;
  if (selector === metric) return true;
  return !knownMetrics.has(selector) && selector === `${metric}.${group}`;
}

/** True when `selector` may name the row whatever other metrics exist: the filter applied while reading. */
export function selectorMayMatch(selector: string, metric: string, group: string): boolean {
  return selector === metric || selector === `${metric}:${group}` || selector === `${metric}.${group}`;
}

/** The index of the first selector naming the row, or -1. */
export function firstMatchingSelector(selectors: readonly string[], metric: string, group: string, knownMetrics: ReadonlySet<string>): number {
  return selectors.findIndex((selector) => selectorMatches(selector, metric, group, knownMetrics));
}
