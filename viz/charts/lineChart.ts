// A line chart of one metric over ticks, one line per group: a pure function from data to an SVG element.
import { axisBottom, axisLeft, extent, line, max, min, scaleLinear } from 'd3';
import { chartFrame, legend, shortNumber } from './chartFrame.js';
import { describeMarkers, drawCursor, drawMarkers, type TickMarker } from './markers.js';
import { OKABE_ITO, groupColour } from './palette.js';

/** One line: a group name and its points. */
export interface LineSeries {
  group: string;
  points: ReadonlyArray<{ tick: number; value: number }>;
}

/** Options of `lineChart`; defaults in `LINE_CHART_DEFAULTS`. */
export interface LineChartOptions {
  width: number;
  height: number;
  title: string;
  yLabel: string;
  /** Colour-blind-safe palette (Okabe–Ito by default); groups named after an agent type take that type's colour; lines past the palette's length are dashed. */
  palette: readonly string[];
  /** Shocks to mark with dashed lines (default none). */
  markers: readonly TickMarker[];
  /** Tick of the explorer's view cursor (default none). */
  cursor: number | undefined;
  /** Lowest value of the y axis; default 0, `'auto'` fits the data (for correlations that go negative). */
  yMin: number | 'auto';
}

/** Defaults: 640 × 320, Okabe–Ito colours, no markers, no cursor, y from 0. */
export const LINE_CHART_DEFAULTS: LineChartOptions = {
  width: 640,
  height: 320,
  title: '',
  yLabel: '',
  palette: OKABE_ITO,
  markers: [],
  cursor: undefined,
  yMin: 0,
};

const MARGIN = { top: 40, right: 150, bottom: 30, left: 48 };

/**
 * Draws the series as an `<svg>` created in `doc` (a browser document or jsdom's), with a title, a
 * text description for screen readers, axes, a legend and any shock markers. Nothing outside the
 * returned element is touched.
 */
export function lineChart(doc: Document, series: readonly LineSeries[], options: Partial<LineChartOptions> = {}): SVGSVGElement {
  const o = { ...LINE_CHART_DEFAULTS, ...options };
  const svg = chartFrame(doc, o.width, o.height, o.title, describe(series, o), MARGIN.left);
  const all = series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.value));
  const [x0, x1] = extent(all, (p) => p.tick) as [number, number] | [undefined, undefined];
  const x = scaleLinear().domain([x0 ?? 0, x1 === x0 ? (x0 ?? 0) + 1 : (x1 ?? 1)]).range([MARGIN.left, o.width - MARGIN.right]);
  const low = o.yMin === 'auto' ? Math.min(0, min(all, (p) => p.value) ?? 0) : o.yMin;
  const y = scaleLinear().domain([low, max(all, (p) => p.value) ?? 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);

  svg.append('g').attr('transform', `translate(0,${o.height - MARGIN.bottom})`).call(axisBottom(x).ticks(6));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 6).text(o.yLabel);
  drawMarkers(svg, x, o.markers, MARGIN.top, o.height - MARGIN.bottom);
  drawCursor(svg, x, o.cursor, MARGIN.top, o.height - MARGIN.bottom);

  const path = line<{ tick: number; value: number }>()
    .defined((p) => Number.isFinite(p.value))
    .x((p) => x(p.tick))
    .y((p) => y(p.value));
  series.forEach((s, i) => {
    const drawn = svg.append('path').attr('fill', 'none').attr('stroke', groupColour(s.group, i, o.palette)).attr('stroke-width', 1.5).attr('d', path(s.points) ?? '');
    if (i >= o.palette.length) drawn.attr('stroke-dasharray', '6 3');
  });
  legend(svg, o.width - MARGIN.right + 12, MARGIN.top, series.map((s, i) => ({ label: s.group, colour: groupColour(s.group, i, o.palette) })));
  return svg.node()!;
}

/** A one-sentence text alternative: what is plotted and where each line ends. */
function describe(series: readonly LineSeries[], o: LineChartOptions): string {
  const ends = series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const last = s.points[s.points.length - 1];
      return `${s.group} ends at ${shortNumber(last.value)} on tick ${last.tick}`;
    });
  return `${o.title}: ${o.yLabel} over ticks for ${series.length} groups; ${ends.join('; ')}.${describeMarkers(o.markers)}`;
}
