// The figures of a sweep's report: per metric, every arm's mean with its 95 % band over ticks, and the paired differences.
import { bandChart, type BandSeries } from '../../viz/charts/bandChart.js';
import { addProvenance } from '../figures/provenance.js';
import type { Figure, FigureOptions } from '../figures/runFigures.js';
import { metricKeys, type SweepPoint, type SweepReportData } from './sweepReportData.js';

/** A figure id from a metric and group (`score-median:chaser` → `sweep-score-median-chaser`). */
export function sweepFigureId(prefix: string, metric: string, group: string): string {
  return `${prefix}-${`${metric}-${group}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Each arm's (or difference's) points of one metric and group as bands: mean line, 95 % interval band. */
function bands(points: readonly SweepPoint[], metric: string, group: string, arms: readonly string[]): BandSeries[] {
  return arms.flatMap((arm) => {
    const mine = points.filter((p) => p.arm === arm && p.metric === metric && p.group === group).sort((a, b) => a.tick - b.tick);
    return mine.length > 0 ? [{ group: arm, points: mine.map((p) => ({ tick: p.tick, mid: p.mean, low: p.low, high: p.high })) }] : [];
  });
}

/** The y range of the bands (hidden ones included, so toggling keeps the scale), stretched to include 0. */
function spanWithZero(series: readonly BandSeries[]): [number, number] {
  let low = 0;
  let high = 0;
  for (const s of series) {
    for (const p of s.points) {
      for (const v of [p.low, p.mid, p.high]) {
        if (!Number.isFinite(v)) continue;
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  }
  return [low, high > low ? high : low + 1];
}

/** Two figures per metric and group: the arms' means with 95 % bands, and (when there are several arms) each arm minus the first, paired by seed. */
export function sweepFigures(doc: Document, data: SweepReportData, options: FigureOptions = {}): Figure[] {
  const arms = data.arms.map((a) => a.arm);
  const figures: Figure[] = [];
  const seeds = `${data.seeds.length} seed${data.seeds.length === 1 ? '' : 's'}`;
  for (const { metric, group } of metricKeys(data.summary)) {
    const label = group === 'all' || group === '' ? metric : `${metric} (${group})`;
    const add = (id: string, title: string, series: BandSeries[], lineLabel: string) => {
      if (series.length === 0) return;
      const shown = series.filter((s) => !options.hidden?.[id]?.includes(s.group));
      const svg = bandChart(doc, shown, { title, yLabel: label, cursor: options.cursor, lineLabel, bandLabel: '95 % interval', bandOpacity: 0.2, yDomain: spanWithZero(series) });
      figures.push({ ref: { id, title, alt: svg.querySelector('desc')?.textContent ?? title }, svg: addProvenance(svg, data.provenance, id), timeline: true, groups: series.map((s) => s.group) });
    };
    add(sweepFigureId('sweep', metric, group), `${label} by arm: mean over ${seeds} with 95 % interval`, bands(data.summary, metric, group, arms), 'mean');
    if (arms.length > 1) {
      add(sweepFigureId('difference', metric, group), `${label}: each arm minus ${arms[0]}, paired by seed`, bands(data.differences, metric, group, arms.slice(1)), 'mean difference');
    }
  }
  return figures;
}
