// Rasterises the drawn follow edges into an RGBA layer (grey lines of low opacity on transparent), off the page's thread.

/** Where the layer was drawn: device pixels, and the map from layout units to them (x' = x + k·u). */
export interface LayerView {
  width: number;
  height: number;
  k: number;
  x: number;
  y: number;
}

/** Grey level and opacity of one edge; overlapping edges darken. */
export const EDGE_LAYER_STYLE = { grey: 70, alpha: 0.09 };

/**
 * The edges `src[e] → dst[e]` at positions `xy` (pairs, layout units) as RGBA bytes of `view.width ×
 * view.height`. Opacity accumulates as `a + (1 − a)·alpha` per line pixel (one-pixel DDA lines).
 */
export function rasterEdges(xy: Float32Array, src: Int32Array, dst: Int32Array, view: LayerView, style = EDGE_LAYER_STYLE): Uint8ClampedArray<ArrayBuffer> {
  const { width: w, height: h, k } = view;
  const alphaOf = Uint8Array.from({ length: 256 }, (_, a) => Math.round(a + (255 - a) * style.alpha));
  const coverage = new Uint8Array(w * h);
  for (let e = 0; e < src.length; e++) {
    const x = view.x + k * xy[2 * src[e]];
    const y = view.y + k * xy[2 * src[e] + 1];
    const dx = view.x + k * xy[2 * dst[e]] - x;
    const dy = view.y + k * xy[2 * dst[e] + 1] - y;
    const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
    if (!(steps < 4 * (w + h))) continue;
    const sx = dx / (steps || 1);
    const sy = dy / (steps || 1);
    for (let s = 0; s <= steps; s++) {
      const px = (x + sx * s) | 0;
      const py = (y + sy * s) | 0;
      if (px < 0 || py < 0 || px >= w || py >= h) continue;
      const i = py * w + px;
      coverage[i] = alphaOf[coverage[i]];
    }
  }
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < coverage.length; i++) {
    if (coverage[i] === 0) continue;
    rgba[4 * i] = style.grey;
    rgba[4 * i + 1] = style.grey;
    rgba[4 * i + 2] = style.grey;
    rgba[4 * i + 3] = coverage[i];
  }
  return rgba;
}
