import { describe, expect, it } from 'vitest';
import {
  boxesMeet,
  overlap,
  reachBeyond,
  segmentMeetsBox,
  strokeBoxes,
  strokeMeets,
  toDevicePixels,
  toModel,
  union,
  type Stroke,
} from '../../../src/canvas/redraw/dirtyAreas';

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe('boxes', () => {
  it('meet when they share a point, and overlap in their common part', () => {
    expect(boxesMeet(box(0, 0, 10, 10), box(10, 10, 20, 20))).toBe(true);
    expect(boxesMeet(box(0, 0, 10, 10), box(10.5, 0, 20, 10))).toBe(false);
    expect(overlap(box(0, 0, 10, 10), box(5, -5, 20, 5))).toEqual(box(5, 0, 10, 5));
    expect(overlap(box(0, 0, 10, 10), box(11, 0, 20, 10))).toBeNull();
  });

  it('unite into the smallest box that holds them all', () => {
    expect(union([box(0, 5, 10, 10)])).toEqual(box(0, 5, 10, 10));
    expect(union([box(0, 5, 10, 10), box(-3, 8, 4, 30), box(2, -1, 3, 2)])).toEqual(
      box(-3, -1, 10, 30),
    );
  });

  it('round outwards to whole device pixels, one more on each side, and back', () => {
    const model = box(10.2, -3.7, 20.1, 4.05);
    const pixels = toDevicePixels(model, 2, { x: 5, y: 7 });
    expect(pixels).toEqual(box(24, -2, 47, 17));
    const back = toModel(pixels, 2, { x: 5, y: 7 });
    expect(back.x1).toBeLessThan(model.x1);
    expect(back.y1).toBeLessThan(model.y1);
    expect(back.x2).toBeGreaterThan(model.x2);
    expect(back.y2).toBeGreaterThan(model.y2);
  });
});

describe('strokes', () => {
  const diagonal: Stroke = { from: { x: 0, y: 0 }, to: { x: 300, y: 300 }, reach: 4, label: null };

  it('reach beyond their line as far as their box does', () => {
    expect(reachBeyond(box(-3, -5, 303, 302), { x: 0, y: 0 }, { x: 300, y: 300 })).toBe(5);
    expect(reachBeyond(box(0, 0, 300, 300), { x: 0, y: 0 }, { x: 300, y: 300 })).toBe(0);
  });

  it('split a long tie into boxes that follow it, plus its label', () => {
    const parts = strokeBoxes(diagonal, 100);
    expect(parts).toHaveLength(5); // 424 long: five parts of at most 100
    expect(parts[0]).toEqual({ x1: -4, y1: -4, x2: 64, y2: 64 });
    expect(parts.at(-1)).toEqual({ x1: 236, y1: 236, x2: 304, y2: 304 });
    // None of them covers the empty corners of the tie's bounding box.
    expect(parts.some((p) => boxesMeet(p, box(250, 0, 300, 50)))).toBe(false);
    const labelled = strokeBoxes({ ...diagonal, label: box(140, 140, 170, 155) }, 100);
    expect(labelled).toHaveLength(6);
    expect(strokeBoxes({ ...diagonal, to: { x: 0, y: 0 } }, 100)).toHaveLength(1);
  });

  it('meet a box when the line passes within reach or the label overlaps it', () => {
    expect(segmentMeetsBox(diagonal.from, diagonal.to, 0, box(140, 140, 160, 160))).toBe(true);
    // The box grown by 50 on every side touches the diagonal at (150, 150).
    expect(segmentMeetsBox(diagonal.from, diagonal.to, 49, box(200, 50, 250, 100))).toBe(false);
    expect(segmentMeetsBox(diagonal.from, diagonal.to, 50, box(200, 50, 250, 100))).toBe(true);
    // Beyond the ends of the segment, even when on its line.
    expect(segmentMeetsBox(diagonal.from, diagonal.to, 2, box(310, 310, 320, 320))).toBe(false);
    expect(segmentMeetsBox({ x: 5, y: 5 }, { x: 5, y: 5 }, 1, box(0, 0, 10, 10))).toBe(true);
    expect(strokeMeets(diagonal, [box(200, 50, 250, 100)])).toBe(false);
    const labelled = { ...diagonal, label: box(180, 80, 230, 95) };
    expect(strokeMeets(labelled, [box(200, 50, 250, 100)])).toBe(true);
  });
});
