// The network's edge layer on screen: a canvas under the nodes showing the layout worker's last raster,
// kept aligned with the current zoom and pan by a CSS transform until the next raster arrives.
import type { LayerView } from './edgeLayer.js';

/** The canvas that shows edge layers, and the view each was drawn for. */
export class EdgeCanvas {
  readonly canvas: HTMLCanvasElement;
  private view: LayerView | undefined;

  constructor(container: HTMLElement) {
    this.canvas = container.ownerDocument.createElement('canvas');
    this.canvas.className = 'network-edges';
    this.canvas.setAttribute('aria-hidden', 'true');
    container.append(this.canvas);
  }

  /** Shows a raster drawn for `view`. */
  show(rgba: Uint8ClampedArray<ArrayBuffer>, view: LayerView, now: LayerView, ratio: number): void {
    if (this.canvas.width !== view.width || this.canvas.height !== view.height) {
      this.canvas.width = view.width;
      this.canvas.height = view.height;
    }
    this.canvas.getContext('2d')?.putImageData(new ImageData(rgba, view.width, view.height), 0, 0);
    this.view = view;
    this.place(now, ratio);
  }

  /** Maps the last raster onto the view `now` (device pixels; `ratio` device pixels per CSS pixel). */
  place(now: LayerView, ratio: number): void {
    const layer = this.view;
    if (!layer) return;
    const scale = now.k / layer.k;
    this.canvas.style.width = `${layer.width / ratio}px`;
    this.canvas.style.height = `${layer.height / ratio}px`;
    this.canvas.style.transform = `matrix(${scale}, 0, 0, ${scale}, ${(now.x - scale * layer.x) / ratio}, ${(now.y - scale * layer.y) / ratio})`;
  }

  /** Draws the last raster into `ctx` as it appears in the view `now` (for the PNG export). */
  drawInto(ctx: CanvasRenderingContext2D, now: LayerView): void {
    const layer = this.view;
    if (!layer) return;
    const scale = now.k / layer.k;
    ctx.setTransform(scale, 0, 0, scale, now.x - scale * layer.x, now.y - scale * layer.y);
    ctx.drawImage(this.canvas, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  }

  /** A PNG of the whole view: white, this layer as it appears in `now`, then `nodes` on top. */
  composite(nodes: HTMLCanvasElement, now: LayerView): Promise<Blob> {
    const out = nodes.ownerDocument.createElement('canvas');
    out.width = nodes.width;
    out.height = nodes.height;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    this.drawInto(ctx, now);
    ctx.drawImage(nodes, 0, 0);
    return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  }
}
