/**
 * Geometry for redrawing part of the canvas: the areas an element paints, as boxes in model
 * coordinates, and whether an element paints inside a set of boxes. Pure: no Cytoscape.
 */

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A straight tie as drawn: its two ends, how far its paint reaches beside the line, its label. */
export interface Stroke {
  readonly from: Point;
  readonly to: Point;
  /** Half the line width, plus arrowheads, underlay and antialiasing. */
  readonly reach: number;
  readonly label: Box | null;
}

export const boxesMeet = (a: Box, b: Box): boolean =>
  a.x1 <= b.x2 && a.x2 >= b.x1 && a.y1 <= b.y2 && a.y2 >= b.y1;

/** The overlap of two boxes, or null when they do not overlap. */
export function overlap(a: Box, b: Box): Box | null {
  const box = {
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
    x2: Math.min(a.x2, b.x2),
    y2: Math.min(a.y2, b.y2),
  };
  return box.x1 <= box.x2 && box.y1 <= box.y2 ? box : null;
}

/** The smallest box holding every box of a non-empty list. */
export function union(boxes: readonly Box[]): Box {
  let { x1, y1, x2, y2 } = boxes[0]!;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x1);
    y1 = Math.min(y1, b.y1);
    x2 = Math.max(x2, b.x2);
    y2 = Math.max(y2, b.y2);
  }
  return { x1, y1, x2, y2 };
}

/** How far the stroke's box reaches beyond its line's ends: the paint's reach beside the line. */
export function reachBeyond(box: Box, from: Point, to: Point): number {
  return Math.max(
    0,
    Math.min(from.x, to.x) - box.x1,
    box.x2 - Math.max(from.x, to.x),
    Math.min(from.y, to.y) - box.y1,
    box.y2 - Math.max(from.y, to.y),
  );
}

/**
 * The area a stroke paints, as boxes along its line of at most `step` long each (one box
 * around a long diagonal tie would cover half the map), plus the label's box.
 */
export function strokeBoxes(stroke: Stroke, step: number): Box[] {
  const { from, to, reach } = stroke;
  const length = Math.hypot(to.x - from.x, to.y - from.y);
  const parts = Math.max(1, Math.ceil(length / Math.max(step, 1)));
  const boxes: Box[] = [];
  for (let k = 0; k < parts; k++) {
    const ax = from.x + ((to.x - from.x) * k) / parts;
    const ay = from.y + ((to.y - from.y) * k) / parts;
    const bx = from.x + ((to.x - from.x) * (k + 1)) / parts;
    const by = from.y + ((to.y - from.y) * (k + 1)) / parts;
    boxes.push({
      x1: Math.min(ax, bx) - reach,
      y1: Math.min(ay, by) - reach,
      x2: Math.max(ax, bx) + reach,
      y2: Math.max(ay, by) + reach,
    });
  }
  if (stroke.label) boxes.push(stroke.label);
  return boxes;
}

/** Whether the segment from–to meets the box grown by `reach` on every side (Liang–Barsky). */
export function segmentMeetsBox(from: Point, to: Point, reach: number, box: Box): boolean {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return (
    clip(-dx, from.x - (box.x1 - reach)) &&
    clip(dx, box.x2 + reach - from.x) &&
    clip(-dy, from.y - (box.y1 - reach)) &&
    clip(dy, box.y2 + reach - from.y)
  );
}

/** Whether a stroke paints inside any of the boxes. */
export function strokeMeets(stroke: Stroke, boxes: readonly Box[]): boolean {
  for (const box of boxes) {
    if (segmentMeetsBox(stroke.from, stroke.to, stroke.reach, box)) return true;
    if (stroke.label && boxesMeet(stroke.label, box)) return true;
  }
  return false;
}

/**
 * Model boxes → whole device pixels (zoom and pan already multiplied by the pixel ratio), one
 * pixel wider on each side so that antialiased edges are cleared and redrawn too.
 */
export function toDevicePixels(box: Box, zoom: number, pan: Point): Box {
  return {
    x1: Math.floor(box.x1 * zoom + pan.x) - 1,
    y1: Math.floor(box.y1 * zoom + pan.y) - 1,
    x2: Math.ceil(box.x2 * zoom + pan.x) + 1,
    y2: Math.ceil(box.y2 * zoom + pan.y) + 1,
  };
}

/** The device-pixel box back in model coordinates: what to redraw covers the cleared pixels. */
export function toModel(box: Box, zoom: number, pan: Point): Box {
  return {
    x1: (box.x1 - pan.x) / zoom,
    y1: (box.y1 - pan.y) / zoom,
    x2: (box.x2 - pan.x) / zoom,
    y2: (box.y2 - pan.y) / zoom,
  };
}
