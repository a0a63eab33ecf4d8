// The mapping from layout units to canvas pixels: a fit to the nodes' extent, then the user's zoom and pan.
import { zoomIdentity, type ZoomTransform } from 'd3';

/** Blank space kept around the fitted nodes, in pixels. */
export const FIT_PADDING = 16;

/** Scale and offset that fit the points `xy` (pairs) into a `width` × `height` box, centred. */
export function fitTransform(xy: Float32Array, width: number, height: number): { k: number; x: number; y: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < xy.length; i += 2) {
    if (xy[i] < x0) x0 = xy[i];
    if (xy[i] > x1) x1 = xy[i];
    if (xy[i + 1] < y0) y0 = xy[i + 1];
    if (xy[i + 1] > y1) y1 = xy[i + 1];
  }
  if (!Number.isFinite(x0)) return { k: 1, x: width / 2, y: height / 2 };
  const k = Math.min((width - 2 * FIT_PADDING) / Math.max(1, x1 - x0), (height - 2 * FIT_PADDING) / Math.max(1, y1 - y0));
  return { k, x: width / 2 - k * (x0 + x1) / 2, y: height / 2 - k * (y0 + y1) / 2 };
}

/** The fit followed by the user's zoom transform, as one scale and offset. */
export function viewTransform(fit: { k: number; x: number; y: number }, user: ZoomTransform = zoomIdentity): { k: number; x: number; y: number } {
  return { k: fit.k * user.k, x: user.x + user.k * fit.x, y: user.y + user.k * fit.y };
}

/** The node nearest to the pixel (px, py) within `slack` pixels of its drawn radius, or -1 (a linear scan: ~0.1 ms at 10k). */
export function nearestNode(
  xy: Float32Array,
  radius: Float32Array,
  active: Uint8Array,
  view: { k: number; x: number; y: number },
  px: number,
  py: number,
  slack = 4,
): number {
  let best = -1;
  let bestD = Infinity;
  const n = Math.min(xy.length / 2, radius.length);
  for (let i = 0; i < n; i++) {
    if (!active[i]) continue;
    const dx = view.x + view.k * xy[2 * i] - px;
    const dy = view.y + view.k * xy[2 * i + 1] - py;
    const d = Math.sqrt(dx * dx + dy * dy);
    const reach = Math.max(2, radius[i] * Math.sqrt(view.k)) + slack;
    if (d <= reach && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
