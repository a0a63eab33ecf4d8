// The network view as SVG, for export: the same nodes, colours, sizes and drawn edges as the canvas, in a fitted box.
import { chartFrame, legend } from '../charts/chartFrame.js';
import type { AgentFrame } from '../worker/protocol.js';
import type { NodeStyle } from './nodeStyle.js';
import { fitTransform } from './viewport.js';

/** Options of `networkSvg`. Defaults: 800 × 640. */
export interface NetworkSvgOptions {
  width: number;
  height: number;
  title: string;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Draws `frame` at positions `xy` (pairs in layout units) with `style`; a pure function from data to an `<svg>`. */
export function networkSvg(doc: Document, frame: AgentFrame, xy: Float32Array, style: NodeStyle, options: Partial<NetworkSvgOptions> = {}): SVGSVGElement {
  const o = { width: 800, height: 640, title: 'Follow network', ...options };
  const counts = style.groups.map((g) => `${g.ids.length} ${g.label}`).join(', ');
  const description = `${o.title} on tick ${frame.tick}: ${frame.count} agents (${counts}), ${frame.edgeSrc.length} most recent follows drawn; node size grows with the displayed score (${frame.displayed}).`;
  const svg = chartFrame(doc, o.width, o.height, o.title, description, 8);
  const plot = { width: o.width - 160, height: o.height - 30 };
  const fit = fitTransform(xy, plot.width, plot.height);
  const X = (i: number) => round(fit.x + fit.k * xy[2 * i]);
  const Y = (i: number) => round(30 + fit.y + fit.k * xy[2 * i + 1]);
  const parts: string[] = [];
  for (let e = 0; e < frame.edgeSrc.length; e++) parts.push(`M${X(frame.edgeSrc[e])},${Y(frame.edgeSrc[e])}L${X(frame.edgeDst[e])},${Y(frame.edgeDst[e])}`);
  svg.append('path').attr('d', parts.join('')).attr('stroke', 'rgba(60,60,60,0.12)').attr('stroke-width', 0.6).attr('fill', 'none');
  const scale = Math.sqrt(fit.k);
  for (const group of style.groups) {
    const g = svg.append('g').attr('fill', group.colour);
    for (const i of group.ids) g.append('circle').attr('cx', X(i)).attr('cy', Y(i)).attr('r', round(Math.max(1, style.radius[i] * scale)));
  }
  legend(svg, o.width - 140, 40, style.groups.map((g) => ({ label: g.label, colour: g.colour })));
  return svg.node()!;
}
