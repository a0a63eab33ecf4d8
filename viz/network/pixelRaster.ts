// A small software rasteriser for the network view: anti-aliased discs and faint lines written straight into pixels.
// Headless and GPU-less browsers fill 10k canvas arcs at a few frames a second; writing pixels stays far above.

/** A CSS hex colour `#rrggbb` as its red, green and blue bytes. */
export function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.replace('#', ''), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Radius steps of the disc stamps: radii are rounded to a quarter pixel. */
const STAMP_STEPS = 4;

/** A disc's coverage: per row, the fully covered span and the partly covered pixels with their coverage. */
interface DiscStamp {
  size: number;
  solidFrom: Int32Array;
  solidTo: Int32Array;
  edgeRow: Int32Array;
  edgeCol: Int32Array;
  edgeAlpha: Float32Array;
}

/**
 * An RGBA pixel buffer (0xAABBGGRR words, as ImageData stores them, not premultiplied) that starts
 * transparent. Everything is clipped to the buffer.
 */
export class PixelRaster {
  pixels: Uint32Array<ArrayBuffer>;
  private readonly stamps = new Map<number, DiscStamp>();

  constructor(
    public width: number,
    public height: number,
  ) {
    this.pixels = new Uint32Array(Math.max(1, width * height));
  }

  /** Resizes and clears the buffer. */
  resize(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.pixels = new Uint32Array(Math.max(1, width * height));
  }

  /** Makes every pixel transparent. */
  clear(): void {
    this.pixels.fill(0);
  }

  /** A filled disc of radius `r` pixels at (cx, cy): interior rows filled at once, rim pixels blended by coverage. */
  disc(cx: number, cy: number, r: number, rgb: readonly [number, number, number]): void {
    const s = this.stamp(r);
    const half = (s.size - 1) / 2;
    const x0 = Math.round(cx - half);
    const y0 = Math.round(cy - half);
    const { pixels, width: w, height: h } = this;
    const solid = word(rgb[0], rgb[1], rgb[2], 255);
    for (let row = 0; row < s.size; row++) {
      const py = y0 + row;
      if (py < 0 || py >= h || s.solidFrom[row] > s.solidTo[row]) continue;
      const from = Math.max(0, x0 + s.solidFrom[row]);
      const to = Math.min(w - 1, x0 + s.solidTo[row]);
      if (from <= to) pixels.fill(solid, py * w + from, py * w + to + 1);
    }
    for (let e = 0; e < s.edgeAlpha.length; e++) {
      const px = x0 + s.edgeCol[e];
      const py = y0 + s.edgeRow[e];
      if (px >= 0 && py >= 0 && px < w && py < h) this.blend(py * w + px, rgb, s.edgeAlpha[e]);
    }
  }

  /** One-pixel lines blended in with opacity `alpha` (no anti-aliasing: faint lines do not show it). `coords`: x0, y0, x1, y1 each. */
  lines(coords: Float32Array, count: number, rgb: readonly [number, number, number], alpha: number): void {
    const { width: w, height: h } = this;
    for (let k = 0; k < count; k++) {
      const x = coords[4 * k];
      const y = coords[4 * k + 1];
      const dx = coords[4 * k + 2] - x;
      const dy = coords[4 * k + 3] - y;
      const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)));
      if (!(steps < 4 * (w + h))) continue;
      for (let s = 0; s <= steps; s++) {
        const px = (x + (dx * s) / (steps || 1)) | 0;
        const py = (y + (dy * s) / (steps || 1)) | 0;
        if (px >= 0 && py >= 0 && px < w && py < h) this.blend(py * w + px, rgb, alpha);
      }
    }
  }

  /** A ring (outline) of radius `r`, about 1.5 px wide, for the highlighted agent. */
  ring(cx: number, cy: number, r: number, rgb: readonly [number, number, number]): void {
    const steps = Math.max(16, Math.ceil(4 * Math.PI * r));
    for (let s = 0; s < steps; s++) {
      const t = (2 * Math.PI * s) / steps;
      this.disc(cx + (r + 0.5) * Math.cos(t), cy + (r + 0.5) * Math.sin(t), 0.75, rgb);
    }
  }

  /** Source-over of `rgb` at opacity `a` onto pixel i (non-premultiplied). */
  private blend(i: number, rgb: readonly [number, number, number], a: number): void {
    const p = this.pixels[i];
    const dest = p >>> 24;
    if (dest === 0) {
      this.pixels[i] = (((a * 255 + 0.5) << 24) | (rgb[2] << 16) | (rgb[1] << 8) | rgb[0]) >>> 0;
      return;
    }
    const da = dest / 255;
    const outA = a + da * (1 - a);
    const keep = (da * (1 - a)) / outA;
    const own = a / outA;
    const r = rgb[0] * own + (p & 255) * keep;
    const g = rgb[1] * own + ((p >> 8) & 255) * keep;
    const b = rgb[2] * own + ((p >> 16) & 255) * keep;
    this.pixels[i] = (((outA * 255 + 0.5) << 24) | ((b + 0.5) << 16) | ((g + 0.5) << 8) | (r + 0.5)) >>> 0;
  }

  /** The stamp of a radius (rounded to 1/STAMP_STEPS px), from 4×4 supersampled coverage; computed once. */
  private stamp(r: number): DiscStamp {
    const key = Math.max(2, Math.round(r * STAMP_STEPS));
    const cached = this.stamps.get(key);
    if (cached) return cached;
    const radius = key / STAMP_STEPS;
    const size = 2 * Math.ceil(radius) + 1;
    const c = (size - 1) / 2;
    const solidFrom = new Int32Array(size).fill(size);
    const solidTo = new Int32Array(size).fill(-1);
    const rows: number[] = [];
    const cols: number[] = [];
    const alphas: number[] = [];
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        let inside = 0;
        for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
          const dx = x - c + (sx + 0.5) / 4 - 0.5;
          const dy = y - c + (sy + 0.5) / 4 - 0.5;
          if (dx * dx + dy * dy <= radius * radius) inside++;
        }
        if (inside === 16) {
          solidFrom[y] = Math.min(solidFrom[y], x);
          solidTo[y] = Math.max(solidTo[y], x);
        } else if (inside > 0) {
          rows.push(y);
          cols.push(x);
          alphas.push(inside / 16);
        }
      }
    }
    const stamp = { size, solidFrom, solidTo, edgeRow: Int32Array.from(rows), edgeCol: Int32Array.from(cols), edgeAlpha: Float32Array.from(alphas) };
    this.stamps.set(key, stamp);
    return stamp;
  }
}

/** A pixel word from channels (each rounded into 0–255). */
function word(r: number, g: number, b: number, a: number): number {
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return ((byte(a) << 24) | (byte(b) << 16) | (byte(g) << 8) | byte(r)) >>> 0;
}
