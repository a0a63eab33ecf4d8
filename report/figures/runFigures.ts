// The figures of a run's report, drawn by the explorer's chart functions from the report data.
import { AGENT_TYPES } from '../../sim/core/agentTypes.js';
import type { MetricRow } from '../../sim/metrics/reporter.js';
import { histogramChart } from '../../viz/charts/histogramChart.js';
import { lineChart, type LineSeries } from '../../viz/charts/lineChart.js';
import type { TickMarker } from '../../viz/charts/markers.js';
import { rankTableChart } from '../../viz/charts/rankTableChart.js';
import { scatterChart } from '../../viz/charts/scatterChart.js';
import { slopeChart, type SlopeRow } from '../../viz/charts/slopeChart.js';
import { metricSeries } from '../../viz/metricSeries.js';
import type { RunReportData } from '../data/reportData.js';
import type { FigureRef } from '../doc/reportDoc.js';
import { addProvenance } from './provenance.js';

/** A drawn figure: its reference (id, title, alt text), the SVG, and whether it is a time chart the page's scrubber moves. */
export interface Figure {
  ref: FigureRef;
  svg: SVGSVGElement;
  timeline: boolean;
  /** The lines a time chart can draw (all of them, hidden or not); empty for other figures. */
  groups: string[];
}

/** Days after a shock at which the shock figures compare (or the run's end, if sooner). */
export const SHOCK_HORIZON_DAYS = 30;

/** Options: the tick of the page's scrubber (a cursor on every time chart) and groups hidden per figure. */
export interface FigureOptions {
  cursor?: number;
  hidden?: Readonly<Record<string, readonly string[]>>;
  /** Draw only the time charts (the page redraws these as the scrubber moves). */
  timelineOnly?: boolean;
}

/** Every figure the run's data supports, in report order; each carries the run's provenance. */
export function runFigures(doc: Document, data: RunReportData, options: FigureOptions = {}): Figure[] {
  const markers: TickMarker[] = data.shocks.map((s) => ({ tick: s.tick, label: s.label }));
  const figures: Figure[] = [];
  const visible = (id: string, series: LineSeries[]) => series.filter((s) => !options.hidden?.[id]?.includes(s.group));
  const time = (id: string, metric: string, title: string, yLabel: string, pick: (s: LineSeries) => boolean, yMin: number | 'auto' = 0) => {
    const series = metricSeries(data.rows, metric).filter(pick);
    if (series.length === 0) return;
    const svg = lineChart(doc, visible(id, series), { title, yLabel, markers, cursor: options.cursor, yMin });
    figures.push(figure(id, title, svg, series.map((s) => s.group)));
  };

  time('score-by-type', 'score-median', `Median displayed score by agent type`, 'median score', (s) => isType(s.group));
  time('score-percentiles', 'score', 'Displayed score: median and 95th percentile', 'score', (s) => s.group === 'p50' || s.group === 'p95');
  time('validity', 'validity.spearman', "Validity: Spearman's ρ of each score with true influence", 'ρ', (s) => !s.group.includes(':'), 'auto');
  time('influence-share', 'true-influence-share', 'Share of true influence by agent type', 'share', (s) => isType(s.group) && s.points.some((p) => p.value > 0));
  const cliqueSeries = cliqueLines(data.rows);
  if (cliqueSeries.length > 0) {
    const title = "Cliques: chasers' E-I index, score assortativity and modularity";
    const svg = lineChart(doc, visible('cliques', cliqueSeries), { title, yLabel: 'value', markers, cursor: options.cursor, yMin: 'auto' });
    figures.push(figure('cliques', title, svg, cliqueSeries.map((s) => s.group)));
  }
  if (options.timelineOnly) return figures.map((f) => ({ ...f, svg: addProvenance(f.svg, data.provenance, f.ref.id) }));
  for (const [i, shock] of data.shocks.entries()) {
    const rows = shockRows(data, shock.tick);
    if (rows.length === 0) continue;
    const after = Math.min(shock.tick + SHOCK_HORIZON_DAYS, data.provenance.ticks);
    const title = `Shock ${i + 1} on day ${shock.tick} (${shock.label}): median score by type`;
    const svg = slopeChart(doc, rows, { title, beforeLabel: `day ${rowTickBefore(data.rows, shock.tick)}`, afterLabel: `day ${rowTickAtOrBefore(data.rows, after)}` });
    figures.push(figure(`shock-${i + 1}`, title, svg));
  }
  const agents = data.agents;
  if (agents && agents.size > 0) {
    const sampled = agents.size < agents.active ? ` (every ${Math.ceil(agents.active / agents.size)}th active agent)` : '';
    const title = `Distribution of the displayed score (${data.displayed}) at the end`;
    figures.push(figure('score-distribution', title, histogramChart(doc, agents.score, { title, xLabel: `${data.displayed} score${sampled}`, signed: false, bins: 25 })));
    const scatterTitle = `Displayed score against true influence`;
    const scatter = scatterChart(doc, { x: agents.trueInfluence, y: agents.score, group: agents.type, groups: data.types }, {
      title: scatterTitle, xLabel: 'true influence (people converted, symmetric log)', yLabel: `${data.displayed} score`, note: sampled ? `Sample${sampled}.` : '',
    });
    figures.push(figure('score-vs-influence', scatterTitle, scatter));
  }
  const fallacy = fallacyTable(data.summary['million-follower-fallacy']);
  if (fallacy) {
    const title = 'The Million Follower Fallacy: rank correlations of followers, shares and mentions';
    const svg = rankTableChart(doc, fallacy, { title, footnote: "Spearman's ρ over all active agents, and over the top 10 % and 1 % by either measure" });
    figures.push(figure('million-follower-fallacy', title, svg));
  }
  return figures.map((f) => ({ ...f, svg: addProvenance(f.svg, data.provenance, f.ref.id) }));
}

/** A figure record; `groups` given only for time charts. */
function figure(id: string, title: string, svg: SVGSVGElement, groups?: string[]): Figure {
  return { ref: { id, title, alt: svg.querySelector('desc')?.textContent ?? title }, svg, timeline: groups !== undefined, groups: groups ?? [] };
}

function isType(group: string): boolean {
  return (AGENT_TYPES as readonly string[]).includes(group);
}

/** The clique measures the report plots, each as one line named after it. */
function cliqueLines(rows: readonly MetricRow[]): LineSeries[] {
  const wanted: Array<[string, string]> = [['clique.chaser-ei', "chasers' E-I index"], ['clique.score-assortativity', 'score assortativity'], ['clique.modularity', 'modularity']];
  return wanted.flatMap(([metric, label]) => {
    const points = rows.filter((r) => r.metric === metric).map((r) => ({ tick: r.tick, value: r.value })).sort((a, b) => a.tick - b.tick);
    return points.length > 0 ? [{ group: label, points }] : [];
  });
}

/** The last tick with rows strictly before `tick` (the score the day before a shock). */
export function rowTickBefore(rows: readonly MetricRow[], tick: number): number {
  return rowTickAtOrBefore(rows, tick - 1);
}

/** The last tick with `score-median` rows at or before `tick`. */
export function rowTickAtOrBefore(rows: readonly MetricRow[], tick: number): number {
  let best = -1;
  for (const r of rows) if (r.metric === 'score-median' && r.tick <= tick && r.tick > best) best = r.tick;
  return best;
}

/** Each type's median displayed score before a shock and `SHOCK_HORIZON_DAYS` after (or at the end). */
export function shockRows(data: RunReportData, tick: number): SlopeRow[] {
  const before = rowTickBefore(data.rows, tick);
  const after = rowTickAtOrBefore(data.rows, Math.min(tick + SHOCK_HORIZON_DAYS, data.provenance.ticks));
  if (before < 0 || after <= before) return [];
  const at = (t: number, group: string) => data.rows.find((r) => r.metric === 'score-median' && r.tick === t && r.group === group)?.value ?? NaN;
  return AGENT_TYPES.filter((t) => (data.counts[t] ?? 0) > 0)
    .map((group) => ({ group, before: at(before, group), after: at(after, group), count: data.counts[group] ?? 0 }))
    .filter((r) => Number.isFinite(r.before) && Number.isFinite(r.after));
}

/** summary.json's million-follower-fallacy section as a table, or undefined when absent. */
function fallacyTable(section: unknown): { columns: string[]; rows: Array<{ label: string; values: number[] }> } | undefined {
  const pairs = (section as { pairs?: Array<{ pair: string; all: number | null; top10: number | null; top1: number | null }> } | undefined)?.pairs;
  if (!Array.isArray(pairs) || pairs.length === 0) return undefined;
  const value = (v: number | null) => (typeof v === 'number' ? v : NaN);
  return {
    columns: ['all', 'top 10 %', 'top 1 %'],
    rows: pairs.map((p) => ({ label: p.pair.replace(/-/g, ' – '), values: [value(p.all), value(p.top10), value(p.top1)] })),
  };
}
