// A histogram of values (e.g. each agent's change of score over a shock), with a marked zero line.
import { axisBottom, axisLeft, bin, extent, max, scaleLinear } from 'd3';
import { chartFrame, shortNumber } from './chartFrame.js';

/** Options of `histogramChart`; defaults in `HISTOGRAM_DEFAULTS`. */
export interface HistogramOptions {
  width: number;
  height: number;
  title: string;
  xLabel: string;
  /** Approximate number of bins (d3's nice thresholds). */
  bins: number;
  colour: string;
  /** Values are changes (the text alternative gives the shares below and above zero) rather than levels (it gives the quartiles). */
  signed: boolean;
}

/** Defaults: 480 × 300, about 30 bins, Okabe–Ito blue. */
export const HISTOGRAM_DEFAULTS: HistogramOptions = {
  width: 480,
  height: 300,
  title: '',
  xLabel: '',
  bins: 30,
  colour: '#0072B2',
  signed: true,
};

const MARGIN = { top: 40, right: 16, bottom: 36, left: 48 };

/** Bins `values` (NaN skipped) and draws one bar per bin, with a dashed line at zero when zero is in range. */
export function histogramChart(doc: Document, values: ArrayLike<number>, options: Partial<HistogramOptions> = {}): SVGSVGElement {
  const o = { ...HISTOGRAM_DEFAULTS, ...options };
  const finite = Array.from(values).filter(Number.isFinite);
  const [lo, hi] = extent(finite) as [number, number] | [undefined, undefined];
  const x = scaleLinear().domain([lo ?? -1, hi === lo ? (hi ?? 0) + 1 : (hi ?? 1)]).nice().range([MARGIN.left, o.width - MARGIN.right]);
  const bins = bin().domain(x.domain() as [number, number]).thresholds(x.ticks(o.bins))(finite);
  const y = scaleLinear().domain([0, max(bins, (b) => b.length) ?? 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);
  const svg = chartFrame(doc, o.width, o.height, o.title, describe(finite, o), MARGIN.left);

  svg.append('g').attr('transform', `translate(0,${o.height - MARGIN.bottom})`).call(axisBottom(x).ticks(8));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', (MARGIN.left + o.width - MARGIN.right) / 2).attr('y', o.height - 4).attr('text-anchor', 'middle').text(o.xLabel);
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 6).text('agents');
  for (const b of bins) {
    if (b.length === 0) continue;
    svg.append('rect').attr('x', x(b.x0!) + 0.5).attr('width', Math.max(0.5, x(b.x1!) - x(b.x0!) - 1))
      .attr('y', y(b.length)).attr('height', y(0) - y(b.length)).attr('fill', o.colour);
  }
  const [d0, d1] = x.domain();
  if (d0 < 0 && d1 > 0) {
    svg.append('line').attr('x1', x(0)).attr('x2', x(0)).attr('y1', MARGIN.top).attr('y2', o.height - MARGIN.bottom)
      .attr('stroke', '#000000').attr('stroke-dasharray', '4 3');
  }
  return svg.node()!;
}

/** Text alternative: count, median, and the shares below and above zero (changes) or the quartiles (levels). */
function describe(values: readonly number[], o: HistogramOptions): string {
  if (values.length === 0) return `${o.title}: no values.`;
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!o.signed) {
    const q = (p: number) => shortNumber(sorted[Math.floor((sorted.length - 1) * p)]);
    return `${o.title}: ${values.length} values of ${o.xLabel}; median ${shortNumber(median)}, quartiles ${q(0.25)} and ${q(0.75)}, 95th percentile ${q(0.95)}.`;
  }
  const down = values.filter((v) => v < 0).length / values.length;
  const up = values.filter((v) => v > 0).length / values.length;
  return `${o.title}: ${values.length} values of ${o.xLabel}; median ${shortNumber(median)}; ${Math.round(down * 100)} % below zero, ${Math.round(up * 100)} % above.`;
}
