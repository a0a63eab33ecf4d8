// Serialises recorded metrics rows as metrics.csv: tidy rows `tick,metric,group,value`.
import type { MetricRow } from '../metrics/reporter.js';
import { toCsv } from './csv.js';

/** metrics.csv: one row per (tick, metric, group), in recording order. */
export function metricsCsv(rows: readonly MetricRow[]): string {
  return toCsv(
    ['tick', 'metric', 'group', 'value'],
    rows.map((r) => [r.tick, r.metric, r.group, r.value]),
  );
}
