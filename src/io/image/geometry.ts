/** Shape geometry for the image renderer: outlines as SVG, where a tie meets an outline, bounds. */
import type { Outline } from './scene';
import { element, num } from './xml';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export const EMPTY_BOX: Box = {
  left: Infinity,
  top: Infinity,
  right: -Infinity,
  bottom: -Infinity,
};

export const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

export const boxAround = (x: number, y: number, halfWidth: number, halfHeight: number): Box => ({
  left: x - halfWidth,
  top: y - halfHeight,
  right: x + halfWidth,
  bottom: y + halfHeight,
});

/** Corner radius of a round rectangle, as Cytoscape 3.34 draws it. */
export const cornerRadius = (width: number, height: number): number =>
  Math.min(width / 4, height / 4, 8);

/** The outline as an SVG element (fill and stroke attributes given by the caller). */
export function outlineElement(
  outline: Outline,
  cx: number,
  cy: number,
  width: number,
  height: number,
  paint: Readonly<Record<string, string | number | null>>,
): string {
  const hw = width / 2;
  const hh = height / 2;
  if (outline.kind === 'ellipse') {
    return element('ellipse', { cx, cy, rx: hw, ry: hh, ...paint });
  }
  if (outline.kind === 'round-rectangle') {
    const r = cornerRadius(width, height);
    return element('rect', { x: cx - hw, y: cy - hh, width, height, rx: r, ry: r, ...paint });
  }
  const points: string[] = [];
  for (let i = 0; i + 1 < outline.points.length; i += 2) {
    points.push(`${num(cx + hw * outline.points[i]!)},${num(cy + hh * outline.points[i + 1]!)}`);
  }
  return element('polygon', { points: points.join(' '), ...paint });
}

/**
 * How far from the centre, along the unit direction (dx, dy), the outline lies: where a tie
 * starts or an arrow's tip touches. A round rectangle counts as its rectangle.
 */
export function outlineDistance(
  outline: Outline,
  halfWidth: number,
  halfHeight: number,
  dx: number,
  dy: number,
): number {
  if (halfWidth <= 0 || halfHeight <= 0) return 0;
  if (outline.kind === 'ellipse') {
    return 1 / Math.hypot(dx / halfWidth, dy / halfHeight);
  }
  if (outline.kind === 'round-rectangle') {
    const tx = dx === 0 ? Infinity : halfWidth / Math.abs(dx);
    const ty = dy === 0 ? Infinity : halfHeight / Math.abs(dy);
    return Math.min(tx, ty);
  }
  // Ray from the centre against each polygon side: the nearest hit.
  const p = outline.points;
  const n = Math.floor(p.length / 2);
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const ax = p[2 * i]! * halfWidth;
    const ay = p[2 * i + 1]! * halfHeight;
    const bx = p[2 * ((i + 1) % n)]! * halfWidth;
    const by = p[2 * ((i + 1) % n) + 1]! * halfHeight;
    const ex = bx - ax;
    const ey = by - ay;
    const denom = dx * ey - dy * ex;
    if (Math.abs(denom) < 1e-12) continue;
    const t = (ax * ey - ay * ex) / denom;
    const s = (ax * dy - ay * dx) / denom;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
  }
  return Number.isFinite(best) ? best : Math.min(halfWidth, halfHeight);
}
