// CSV of the data behind a chart: tidy metric rows, or the points of band and line series.
import { toCsv } from '../../sim/output/csv.js';
import type { BandSeries } from '../charts/bandChart.js';
import type { LineSeries } from '../charts/lineChart.js';

/** `tick,group,q1,median,q3` for band series. */
export function bandCsv(series: readonly BandSeries[]): string {
  return toCsv(['tick', 'group', 'q1', 'median', 'q3'], series.flatMap((s) => s.points.map((p) => [p.tick, s.group, p.low, p.mid, p.high])));
}

/** `tick,group,value` for line series. */
export function lineCsv(series: readonly LineSeries[]): string {
  return toCsv(['tick', 'group', 'value'], series.flatMap((s) => s.points.map((p) => [p.tick, s.group, p.value])));
}
