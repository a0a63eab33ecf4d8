// A line chart of one metric over ticks, one line per group: a pure function from data to an SVG element.
import { axisBottom, axisLeft, extent, line, max, scaleLinear, scaleOrdinal, select } from 'd3';

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
  /** Colour-blind-safe palette (Okabe–Ito by default). */
  palette: readonly string[];
}

/** Defaults: 640 × 320, Okabe–Ito colours. */
export const LINE_CHART_DEFAULTS: LineChartOptions = {
  width: 640,
  height: 320,
  title: '',
  yLabel: '',
  palette: ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'],
};

const MARGIN = { top: 28, right: 130, bottom: 30, left: 48 };

/**
 * Draws the series as an `<svg>` created in `doc` (a browser document or jsdom's), with a title, a
 * text description for screen readers, axes and a legend. Nothing outside the returned element is touched.
 */
export function lineChart(doc: Document, series: readonly LineSeries[], options: Partial<LineChartOptions> = {}): SVGSVGElement {
  const o = { ...LINE_CHART_DEFAULTS, ...options };
  const svg = select(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'))
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${o.width} ${o.height}`)
    .attr('width', o.width)
    .attr('height', o.height)
    .attr('role', 'img')
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 11);
  svg.append('title').text(o.title);
  svg.append('desc').text(describe(series, o));

  const all = series.flatMap((s) => s.points);
  const [x0, x1] = extent(all, (p) => p.tick) as [number, number] | [undefined, undefined];
  const x = scaleLinear().domain([x0 ?? 0, x1 ?? 1]).range([MARGIN.left, o.width - MARGIN.right]);
  const y = scaleLinear().domain([0, max(all, (p) => p.value) ?? 1]).nice().range([o.height - MARGIN.bottom, MARGIN.top]);
  const colour = scaleOrdinal<string, string>().domain(series.map((s) => s.group)).range(o.palette);

  svg.append('text').attr('x', MARGIN.left).attr('y', 16).attr('font-weight', 600).text(o.title);
  svg.append('g').attr('transform', `translate(0,${o.height - MARGIN.bottom})`).call(axisBottom(x).ticks(6));
  svg.append('g').attr('transform', `translate(${MARGIN.left},0)`).call(axisLeft(y).ticks(5));
  svg.append('text').attr('x', 4).attr('y', MARGIN.top - 6).text(o.yLabel);

  const path = line<{ tick: number; value: number }>()
    .defined((p) => Number.isFinite(p.value))
    .x((p) => x(p.tick))
    .y((p) => y(p.value));
  series.forEach((s, i) => {
    svg.append('path').attr('fill', 'none').attr('stroke', colour(s.group)).attr('stroke-width', 1.5).attr('d', path(s.points) ?? '');
    const ly = MARGIN.top + i * 16;
    svg.append('rect').attr('x', o.width - MARGIN.right + 12).attr('y', ly - 8).attr('width', 10).attr('height', 10).attr('fill', colour(s.group));
    svg.append('text').attr('x', o.width - MARGIN.right + 26).attr('y', ly + 1).text(s.group);
  });
  return svg.node()!;
}

/** A one-sentence text alternative: what is plotted and where each line ends. */
function describe(series: readonly LineSeries[], o: LineChartOptions): string {
  const ends = series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const last = s.points[s.points.length - 1];
      return `${s.group} ends at ${Number(last.value.toPrecision(3))} on tick ${last.tick}`;
    });
  return `${o.title}: ${o.yLabel} over ticks for ${series.length} groups; ${ends.join('; ')}.`;
}
