// The frame every chart shares: an <svg> root with a title, a text alternative, a heading and a legend.
import { select, type Selection } from 'd3';

/** An SVG selection, as the chart functions build it. */
export type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;

/** Margins of the plot area inside a chart, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates a detached `<svg>` in `doc` of `width` × `height` with `role="img"`, a `<title>` and a `<desc>`
 * (the text alternative screen readers and reports use), and a bold heading drawn at the top left.
 */
export function chartFrame(doc: Document, width: number, height: number, title: string, description: string, left = 48): SvgSelection {
  const svg = select(doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
    .attr('xmlns', SVG_NS)
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 11);
  svg.append('title').text(title);
  svg.append('desc').text(description);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#ffffff');
  svg.append('text').attr('x', left).attr('y', 16).attr('font-weight', 600).text(title);
  return svg;
}

/** Draws a vertical legend of coloured squares and labels starting at (x, y), 16 px apart. */
export function legend(svg: SvgSelection, x: number, y: number, entries: ReadonlyArray<{ label: string; colour: string }>): void {
  entries.forEach((entry, i) => {
    const ly = y + i * 16;
    svg.append('rect').attr('x', x).attr('y', ly - 8).attr('width', 10).attr('height', 10).attr('fill', entry.colour);
    svg.append('text').attr('x', x + 14).attr('y', ly + 1).text(entry.label);
  });
}

/** A number for text alternatives and labels: three significant digits, no trailing zeros; NaN as "n/a". */
export function shortNumber(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(3))) : 'n/a';
}
