import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  clampToCanvas,
  paperPixels,
  requestedSize,
} from '../../../src/io/image/raster';

describe('PNG sizes', () => {
  it('print sizes are the paper at 300 dpi', () => {
    expect(paperPixels('a4', false)).toEqual({ width: 2480, height: 3508 });
    expect(paperPixels('a4', true)).toEqual({ width: 3508, height: 2480 });
    expect(paperPixels('a3', false)).toEqual({ width: 3508, height: 4961 });
    expect(paperPixels('a3', true)).toEqual({ width: 4961, height: 3508 });
  });

  it('screen, 2× and custom sizes follow the image', () => {
    const natural = { width: 1234.5, height: 800.2 };
    expect(requestedSize('screen', natural)).toEqual({ width: 1235, height: 801 });
    expect(requestedSize('double', natural)).toEqual({ width: 2469, height: 1601 });
    expect(requestedSize('a4-landscape', natural)).toEqual({ width: 3508, height: 2480 });
    expect(requestedSize('custom', natural, 2469)).toEqual({ width: 2469, height: 1600 });
    expect(requestedSize('custom', natural, 0)).toEqual({ width: 1, height: 1 });
    expect(requestedSize('custom', natural, Number.NaN)).toEqual({ width: 1, height: 1 });
  });

  it('a size that fits is kept as it is', () => {
    expect(clampToCanvas({ width: 4961, height: 3508 })).toEqual({
      width: 4961,
      height: 3508,
      scale: 1,
      clamped: false,
    });
  });

  it('a side over the limit shrinks both sides in proportion', () => {
    const limits = { maxSide: 1000, maxArea: 10_000_000 };
    const out = clampToCanvas({ width: 4000, height: 1000 }, limits);
    expect(out).toEqual({ width: 1000, height: 250, scale: 0.25, clamped: true });
  });

  it('an area over the limit shrinks by the square root', () => {
    const limits = { maxSide: 100_000, maxArea: 1_000_000 };
    const out = clampToCanvas({ width: 4000, height: 1000 }, limits);
    expect(out.clamped).toBe(true);
    expect(out.scale).toBeCloseTo(0.5, 10); // sqrt(1e6 / 4e6)
    expect(out.width * out.height).toBeLessThanOrEqual(limits.maxArea);
    expect([out.width, out.height]).toEqual([2000, 500]);
  });

  it('never exceeds the default limits and keeps the proportions, whatever is asked', () => {
    for (const [w, h] of [
      [40_000, 30_000],
      [100_000, 50],
      [50, 100_000],
      [16_385, 16_385],
      [12_000, 11_000],
    ] as const) {
      const out = clampToCanvas({ width: w, height: h });
      expect(out.clamped).toBe(true);
      expect(out.width).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
      expect(out.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
      expect(out.width * out.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
      expect(out.width).toBeGreaterThanOrEqual(1);
      expect(out.height).toBeGreaterThanOrEqual(1);
      // Proportions kept to the pixel.
      expect(Math.abs(out.width - w * out.scale)).toBeLessThan(1);
      expect(Math.abs(out.height - h * out.scale)).toBeLessThan(1);
    }
  });
});
