// Draws a frame's agents into the node layer's pixels: one disc per agent, and the hovered agent's ring and follows.
import type { AgentFrame } from '../worker/protocol.js';
import type { LayerView } from './edgeLayer.js';
import type { NodeStyle } from './nodeStyle.js';
import { PixelRaster, hexToRgb } from './pixelRaster.js';

const BLACK = [0, 0, 0] as const;

/**
 * Clears `raster` and draws every styled agent at `view` (layout units → device pixels) with radius
 * `style.radius · sizeScale` (at least one device pixel per CSS pixel, `ratio`); then, when `hovered` ≥ 0,
 * its drawn follows and a ring around it.
 */
export function drawNodeLayer(
  raster: PixelRaster,
  frame: AgentFrame,
  style: NodeStyle,
  xy: ArrayLike<number>,
  view: LayerView,
  sizeScale: number,
  ratio: number,
  hovered = -1,
): void {
  raster.clear();
  for (const group of style.groups) {
    const rgb = hexToRgb(group.colour);
    for (const i of group.ids) raster.disc(view.x + view.k * xy[2 * i], view.y + view.k * xy[2 * i + 1], Math.max(ratio, style.radius[i] * sizeScale), rgb);
  }
  if (hovered < 0) return;
  const mine: number[] = [];
  for (let e = 0; e < frame.edgeSrc.length; e++) {
    const a = frame.edgeSrc[e];
    const b = frame.edgeDst[e];
    if (a === hovered || b === hovered) mine.push(view.x + view.k * xy[2 * a], view.y + view.k * xy[2 * a + 1], view.x + view.k * xy[2 * b], view.y + view.k * xy[2 * b + 1]);
  }
  raster.lines(Float32Array.from(mine), mine.length / 4, BLACK, 0.6);
  raster.ring(view.x + view.k * xy[2 * hovered], view.y + view.k * xy[2 * hovered + 1], Math.max(3, style.radius[hovered] * sizeScale + 2), BLACK);
}
