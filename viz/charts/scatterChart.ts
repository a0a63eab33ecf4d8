// A scatter plot of two per-agent values coloured by group (score against true influence): data to SVG.
import { axisBottom, axisLeft, format, max, scaleLinear, scaleSymlog } from 'd3';
import { chartFrame, legend, shortNumber } from './chartFrame.js';
import { groupColour } from './palette.js';

/** Points as parallel arrays (typed arrays welcome): x, y and a group index into `groups`. */
export interface ScatterData {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  group: ArrayLike<number>;
  groups: readonly string[];
}

/** Options of `scatterChart`; defaults in `SCATTER_DEFAULTS`. */
export interface ScatterOptions {
  width: number;
  height: number;
  title: string;
  xLabel: string;
  yLabel: string;
  /** Symmetric-log x axis, for heavy-tailed counts like conversions. */
  xLog: boolean;
  /** A sentence appended to the text alternative (e.g. the rank correlation). */
  note: string;
  radius: number;
}

/** Defaults: 560 × 360, symlog x, radius 2. */
export const SCATTER_DEFAULTS: ScatterOptions = {
  width: 560,
  height: 360,
  title: '',
  xLabel: '',
  yLabel: '',
  xLog: true,
  note: '',
  radius: 2,
};

const MARGIN = { top: 40, right: 150, bottom: 36, left: 44 };

/** Draws every point (skip or sample before calling for very large sets) with axes and a legend of the groups present. */
export function scatterChart(doc: Document, data: ScatterData, options: Partial<ScatterOptions> = {}): SVGSVGElement {
  const o = { ...SCATTER_DEFAULTS, ...options };
  const n = data.x.length;
  const xs = Array.from(data.x);
  const ys = Array.from(data.y);
  const x = (o.xLog ? scaleSymlog() : scaleLinear()).domain([0, max(xs) || 1]).range([MARGIN.left, o.width - MARGIN.right]).nice();
  const y = scaleLinear().domain([0, max(ys) || 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);
  const svg = chartFrame(doc, o.width, o.height, o.title, `${o.title}: ${n} agents, ${o.yLabel} against ${o.xLabel}. ${o.note}`.trim(), MARGIN.left);

  const xAxis = axisBottom(x).tickFormat(format('~s'));
  if (o.xLog) xAxis.tickValues(symlogTicks(x.domain()[1]));
  svg.append('g').attr('transform', `translate(0,${o.height - MARGIN.bottom})`).call(xAxis);
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', (MARGIN.left + o.width - MARGIN.right) / 2).attr('y', o.height - 4).attr('text-anchor', 'middle').text(o.xLabel);
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 6).text(o.yLabel);
  const dots = svg.append('g').attr('fill-opacity', 0.55);
  const present = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(xs[i]) || !Number.isFinite(ys[i])) continue;
    present.add(data.group[i]);
    dots.append('circle').attr('cx', shortNumber(x(xs[i]))).attr('cy', shortNumber(y(ys[i]))).attr('r', o.radius)
      .attr('fill', groupColour(data.groups[data.group[i]], data.group[i]));
  }
  const shown = data.groups.map((g, i) => ({ label: g, colour: groupColour(g, i), i })).filter((e) => present.has(e.i));
  legend(svg, o.width - MARGIN.right + 12, MARGIN.top, shown);
  return svg.node()!;
}

/** Ticks 0, 1, 3, 10, 30, 100, … up to `top`: evenly spread on a symmetric-log axis. */
export function symlogTicks(top: number): number[] {
  const ticks = [0];
  for (let decade = 1; decade <= top; decade *= 10) {
    ticks.push(decade);
    if (decade * 3 <= top) ticks.push(decade * 3);
  }
  return ticks;
}
