// Median lines with interquartile bands over ticks, one per group: a pure function from data to an SVG element.
import { area, axisBottom, axisLeft, extent, line, max, scaleLinear } from 'd3';
import { chartFrame, legend, shortNumber } from './chartFrame.js';
import { describeMarkers, drawCursor, drawMarkers, type TickMarker } from './markers.js';
import { groupColour } from './palette.js';

/** One point of a band: the median and the quartiles around it (low and high may be NaN: no band there). */
export interface BandPoint {
  tick: number;
  low: number;
  mid: number;
  high: number;
}

/** One group's band over time. */
export interface BandSeries {
  group: string;
  points: readonly BandPoint[];
}

/** Options of `bandChart`; defaults in `BAND_CHART_DEFAULTS`. */
export interface BandChartOptions {
  width: number;
  height: number;
  title: string;
  yLabel: string;
  markers: readonly TickMarker[];
  cursor: number | undefined;
  /** Fixed y domain (e.g. [0, 100] for scores so small multiples compare); default fits the data from 0. */
  yDomain: readonly [number, number] | undefined;
  /** Opacity of the interquartile band. */
  bandOpacity: number;
  /** What the line and the band show, for the legend and the text alternative. */
  lineLabel: string;
  bandLabel: string;
}

/** Defaults: 640 × 300, no markers or cursor, y fitted from 0, bands at 0.18 opacity. */
export const BAND_CHART_DEFAULTS: BandChartOptions = {
  width: 640,
  height: 300,
  title: '',
  yLabel: '',
  markers: [],
  cursor: undefined,
  yDomain: undefined,
  bandOpacity: 0.18,
  lineLabel: 'median',
  bandLabel: 'interquartile',
};

const MARGIN = { top: 40, right: 150, bottom: 30, left: 44 };

/** Draws each group's median as a line over its interquartile band, with axes, a legend and shock markers. */
export function bandChart(doc: Document, series: readonly BandSeries[], options: Partial<BandChartOptions> = {}): SVGSVGElement {
  const o = { ...BAND_CHART_DEFAULTS, ...options };
  const svg = chartFrame(doc, o.width, o.height, o.title, describe(series, o), MARGIN.left);
  const all = series.flatMap((s) => s.points);
  const [x0, x1] = extent(all, (p) => p.tick) as [number, number] | [undefined, undefined];
  const x = scaleLinear().domain([x0 ?? 0, x1 === x0 ? (x0 ?? 0) + 1 : (x1 ?? 1)]).range([MARGIN.left, o.width - MARGIN.right]);
  const top = max(all, (p) => (Number.isFinite(p.high) ? p.high : p.mid)) ?? 1;
  const y = scaleLinear().domain(o.yDomain ? [...o.yDomain] : [0, top || 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);

  svg.append('g').attr('transform', `translate(0,${o.height - MARGIN.bottom})`).call(axisBottom(x).ticks(6));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 6).text(o.yLabel);

  const band = area<BandPoint>()
    .defined((p) => Number.isFinite(p.low) && Number.isFinite(p.high))
    .x((p) => x(p.tick))
    .y0((p) => y(p.low))
    .y1((p) => y(p.high));
  const median = line<BandPoint>()
    .defined((p) => Number.isFinite(p.mid))
    .x((p) => x(p.tick))
    .y((p) => y(p.mid));
  series.forEach((s, i) => {
    const colour = groupColour(s.group, i);
    svg.append('path').attr('fill', colour).attr('fill-opacity', o.bandOpacity).attr('stroke', 'none').attr('d', band(s.points) ?? '');
    svg.append('path').attr('fill', 'none').attr('stroke', colour).attr('stroke-width', 1.75).attr('d', median(s.points) ?? '');
  });
  drawMarkers(svg, x, o.markers, MARGIN.top, o.height - MARGIN.bottom);
  drawCursor(svg, x, o.cursor, MARGIN.top, o.height - MARGIN.bottom);
  legend(svg, o.width - MARGIN.right + 12, MARGIN.top, series.map((s, i) => ({ label: s.group, colour: groupColour(s.group, i) })));
  const noteY = MARGIN.top + series.length * 16 + 8;
  svg.append('text').attr('x', o.width - MARGIN.right + 12).attr('y', noteY).attr('fill', '#555555').text(`line: ${o.lineLabel}`);
  svg.append('text').attr('x', o.width - MARGIN.right + 12).attr('y', noteY + 14).attr('fill', '#555555').text(`band: ${o.bandLabel}`);
  return svg.node()!;
}

/** Text alternative: each group's last value and band. */
function describe(series: readonly BandSeries[], o: BandChartOptions): string {
  const ends = series.filter((s) => s.points.length > 0).map((s) => {
    const p = s.points[s.points.length - 1];
    const range = !Number.isFinite(p.low) ? '' : o.bandLabel === 'interquartile'
      ? ` (IQR ${shortNumber(p.low)}–${shortNumber(p.high)})`
      : ` (${o.bandLabel} ${shortNumber(p.low)} to ${shortNumber(p.high)})`;
    return `${s.group} ${o.lineLabel} ${shortNumber(p.mid)}${range} on tick ${p.tick}`;
  });
  return `${o.title}: ${o.yLabel} by group over ticks; ${ends.join('; ')}.${describeMarkers(o.markers)}`;
}
