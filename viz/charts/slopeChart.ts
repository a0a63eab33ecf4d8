// A slope chart: each group's median before and after a shock, joined by a line.
import { axisLeft, max, scaleLinear } from 'd3';
import { chartFrame, shortNumber } from './chartFrame.js';
import { groupColour } from './palette.js';

/** One group's value before and after, and how many agents it holds. */
export interface SlopeRow {
  group: string;
  before: number;
  after: number;
  count: number;
}

/** Options of `slopeChart`; defaults in `SLOPE_CHART_DEFAULTS`. */
export interface SlopeChartOptions {
  width: number;
  height: number;
  title: string;
  beforeLabel: string;
  afterLabel: string;
  yLabel: string;
}

/** Defaults: 480 × 320, columns "before" and "after". */
export const SLOPE_CHART_DEFAULTS: SlopeChartOptions = {
  width: 480,
  height: 320,
  title: '',
  beforeLabel: 'before',
  afterLabel: 'after',
  yLabel: 'median score',
};

const MARGIN = { top: 56, right: 200, bottom: 20, left: 44 };

/** Draws one line per group from its value before (left) to after (right), labelled with group, change and count. */
export function slopeChart(doc: Document, rows: readonly SlopeRow[], options: Partial<SlopeChartOptions> = {}): SVGSVGElement {
  const o = { ...SLOPE_CHART_DEFAULTS, ...options };
  const svg = chartFrame(doc, o.width, o.height, o.title, describe(rows, o), MARGIN.left);
  const shown = rows.filter((r) => Number.isFinite(r.before) && Number.isFinite(r.after));
  const top = max(shown, (r) => Math.max(r.before, r.after)) ?? 1;
  const y = scaleLinear().domain([0, top || 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);
  const xBefore = MARGIN.left + 30;
  const xAfter = o.width - MARGIN.right - 10;

  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 18).text(o.yLabel);
  for (const [x, label] of [[xBefore, o.beforeLabel], [xAfter, o.afterLabel]] as const) {
    svg.append('line').attr('x1', x).attr('x2', x).attr('y1', MARGIN.top).attr('y2', o.height - MARGIN.bottom).attr('stroke', '#cccccc');
    svg.append('text').attr('x', x).attr('y', MARGIN.top - 6).attr('text-anchor', 'middle').text(label);
  }
  const labelY = spreadLabels(shown.map((r) => y(r.after) + 4), LABEL_GAP);
  shown.forEach((r, i) => {
    const colour = groupColour(r.group, i);
    svg.append('line').attr('x1', xBefore).attr('x2', xAfter).attr('y1', y(r.before)).attr('y2', y(r.after))
      .attr('stroke', colour).attr('stroke-width', 2);
    svg.append('circle').attr('cx', xBefore).attr('cy', y(r.before)).attr('r', 3).attr('fill', colour);
    svg.append('circle').attr('cx', xAfter).attr('cy', y(r.after)).attr('r', 3).attr('fill', colour);
    svg.append('text').attr('x', xAfter + 8).attr('y', labelY[i])
      .text(`${r.group} ${signed(r.after - r.before)} (n=${r.count})`);
  });
  return svg.node()!;
}

/** Smallest vertical distance between two end labels, in pixels. */
const LABEL_GAP = 13;

/**
 * Label positions near `wanted` (pixels, any order) with at least `gap` between neighbours: labels are
 * placed top to bottom, each pushed down below the one above, then every cluster that was pushed is
 * centred on the positions it wanted, never above the cluster before it. Returns the positions in the
 * input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a] - wanted[b] || a - b);
  const placed = new Array<number>(wanted.length);
  let cluster: number[] = [];
  let floor = -Infinity;
  const settle = () => {
    if (cluster.length === 0) return;
    const centred = cluster.reduce((sum, i) => sum + wanted[i] - placed[i], 0) / cluster.length;
    const shift = Math.max(centred, floor - placed[cluster[0]]);
    for (const i of cluster) placed[i] += shift;
    floor = placed[cluster[cluster.length - 1]] + gap;
    cluster = [];
  };
  let previous = -Infinity;
  for (const i of order) {
    if (wanted[i] >= previous + gap) {
      settle();
      placed[i] = Math.max(wanted[i], floor);
    } else placed[i] = previous + gap;
    cluster.push(i);
    previous = placed[i];
  }
  settle();
  return placed.map((v) => Number(v.toFixed(2)));
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${shortNumber(Math.abs(value))}`;
}

/** Text alternative: every group's before → after. */
function describe(rows: readonly SlopeRow[], o: SlopeChartOptions): string {
  const parts = rows.map((r) => `${r.group} ${shortNumber(r.before)} → ${shortNumber(r.after)} (n=${r.count})`);
  return `${o.title}: ${o.yLabel}, ${o.beforeLabel} vs ${o.afterLabel}; ${parts.join('; ')}.`;
}
