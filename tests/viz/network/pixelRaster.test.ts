// Tests of the software rasteriser and the edge layer: discs, blending, lines and clipping.
import { describe, expect, it } from 'vitest';
import { rasterEdges } from '../../../viz/network/edgeLayer.js';
import { PixelRaster, hexToRgb } from '../../../viz/network/pixelRaster.js';

const alphaAt = (r: PixelRaster, x: number, y: number) => r.pixels[y * r.width + x] >>> 24;
const redAt = (r: PixelRaster, x: number, y: number) => r.pixels[y * r.width + x] & 255;

describe('hexToRgb', () => {
  it('splits a CSS colour into bytes', () => {
    expect(hexToRgb('#D55E00')).toEqual([213, 94, 0]);
  });
});

describe('PixelRaster.disc', () => {
  it('fills the inside opaquely and the rim partly, leaving the rest transparent', () => {
    const r = new PixelRaster(20, 20);
    r.disc(10, 10, 4, [213, 94, 0]);
    expect(alphaAt(r, 10, 10)).toBe(255);
    expect(redAt(r, 10, 10)).toBe(213);
    const rim = alphaAt(r, 10, 6);
    expect(rim).toBeGreaterThan(0);
    expect(rim).toBeLessThan(255);
    expect(alphaAt(r, 1, 1)).toBe(0);
    let covered = 0;
    for (let i = 0; i < r.pixels.length; i++) covered += (r.pixels[i] >>> 24) / 255;
    expect(Math.abs(covered - Math.PI * 16)).toBeLessThan(1);
  });

  it('clips discs at the edges without wrapping to the next row', () => {
    const r = new PixelRaster(10, 10);
    r.disc(0, 5, 3, [0, 0, 0]);
    expect(alphaAt(r, 9, 4)).toBe(0);
    expect(alphaAt(r, 0, 5)).toBe(255);
  });
});

describe('PixelRaster.lines', () => {
  it('blends a faint line pixel by pixel', () => {
    const r = new PixelRaster(10, 3);
    r.lines(Float32Array.of(0, 1, 9, 1), 1, [0, 0, 0], 0.5);
    for (let x = 0; x < 10; x++) expect(alphaAt(r, x, 1)).toBe(128);
    expect(alphaAt(r, 0, 0)).toBe(0);
  });
});

describe('rasterEdges', () => {
  it('draws grey lines whose opacity builds up where edges overlap', () => {
    const xy = Float32Array.of(0, 0, 10, 0, 0, 4);
    const rgba = rasterEdges(xy, Int32Array.of(0, 0, 1), Int32Array.of(1, 1, 2), { width: 12, height: 6, k: 1, x: 1, y: 1 }, { grey: 70, alpha: 0.5 });
    const alpha = (x: number, y: number) => rgba[4 * (y * 12 + x) + 3];
    expect(rgba[4 * (1 * 12 + 5)]).toBe(70);
    expect(alpha(5, 1)).toBe(192);
    expect(alpha(5, 5)).toBe(0);
  });
});
