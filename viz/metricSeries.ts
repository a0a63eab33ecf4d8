// Turns tidy metric rows into chart series: one line per group of one metric.
import type { MetricRow } from '../sim/metrics/reporter.js';
import type { LineSeries } from './charts/lineChart.js';

/** The rows of `metric` as one series per group, groups in first-seen order, points in tick order. */
export function metricSeries(rows: readonly MetricRow[], metric: string): LineSeries[] {
  const byGroup = new Map<string, { tick: number; value: number }[]>();
  for (const row of rows) {
    if (row.metric !== metric) continue;
    let points = byGroup.get(row.group);
    if (!points) byGroup.set(row.group, (points = []));
    points.push({ tick: row.tick, value: row.value });
  }
  return [...byGroup].map(([group, points]) => ({ group, points: points.sort((a, b) => a.tick - b.tick) }));
}
