// Shock markers: a dashed vertical line and a label at every shock's tick, drawn into a time chart.
import type { ScaleLinear } from 'd3';
import type { SvgSelection } from './chartFrame.js';

/** One marked moment on a time axis: the tick and a short label (e.g. "switch to klout-2011"). */
export interface TickMarker {
  tick: number;
  label: string;
}

/**
 * Draws each marker inside the x domain as a dashed line from `top` to `bottom` with its label,
 * rotated so that long labels fit; markers outside the domain are skipped.
 */
export function drawMarkers(svg: SvgSelection, x: ScaleLinear<number, number>, markers: readonly TickMarker[], top: number, bottom: number): void {
  const [d0, d1] = x.domain();
  const inside = markers.filter((m) => m.tick >= d0 && m.tick <= d1);
  if (inside.length === 0) return;
  const group = svg.append('g').attr('class', 'markers');
  for (const marker of inside) {
    const px = x(marker.tick);
    group.append('line').attr('x1', px).attr('x2', px).attr('y1', top).attr('y2', bottom)
      .attr('stroke', '#000000').attr('stroke-dasharray', '4 3').attr('stroke-width', 1);
    group.append('text').attr('x', px + 3).attr('y', top + 10).attr('font-size', 10).text(marker.label);
  }
}

/** Draws a thin vertical cursor at `tick` (the explorer's current view), if inside the x domain. */
export function drawCursor(svg: SvgSelection, x: ScaleLinear<number, number>, tick: number | undefined, top: number, bottom: number): void {
  if (tick === undefined) return;
  const [d0, d1] = x.domain();
  if (tick < d0 || tick > d1) return;
  svg.append('line').attr('class', 'cursor').attr('x1', x(tick)).attr('x2', x(tick)).attr('y1', top).attr('y2', bottom)
    .attr('stroke', '#555555').attr('stroke-width', 1);
}

/** A text-alternative sentence naming the markers, or '' when there are none. */
export function describeMarkers(markers: readonly TickMarker[]): string {
  if (markers.length === 0) return '';
  return ` Shocks: ${markers.map((m) => `${m.label} on tick ${m.tick}`).join('; ')}.`;
}
