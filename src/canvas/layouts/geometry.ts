/**
 * Geometry shared by the layouts. Angles are radians clockwise from north, in Cytoscape's model
 * coordinates (y grows downwards): angle 0 is straight above the school.
 */
import type { Point } from '../../model';

export const TAU = 2 * Math.PI;

/** The smallest distance kept between two actors, so that their labels stay readable. */
export const MIN_DISTANCE = 90;

/**
 * A node label is drawn centred under its node in 14 px type, wrapped at spaces to 130 px
 * (stylesheet.ts), on a white box. Its width is estimated from its length; a word longer than
 * the wrap width sticks out, so it counts whole. (Checked against Cytoscape's label boxes in
 * Chromium: within about 10 px for the sample maps.)
 */
export const LABEL_MAX_WIDTH = 130;
export function labelWidth(label: string): number {
  const longestWord = Math.max(0, ...label.split(/\s+/).map((word) => [...word].length));
  const wrapped = Math.min(LABEL_MAX_WIDTH, [...label].length * 7.6);
  return Math.max(wrapped, longestWord * 8.3) + 10;
}
/** Room between two labels side by side. */
const LABEL_MARGIN = 10;
/** One actor above another: the upper one's node and label (up to three lines), then the lower node. */
export const LABEL_HEIGHT = MIN_DISTANCE;

export const polar = (radius: number, angle: number): Point => ({
  x: radius * Math.sin(angle),
  y: -radius * Math.cos(angle),
});

/**
 * The distance two neighbours on a circle need, given the angle midway between them and their
 * label widths: their chord runs along the tangent there, so near the top and bottom of a ring
 * they stand side by side (their labels must not touch) and near the left and right they stand
 * one above the other (LABEL_HEIGHT).
 */
export function neededGap(midAngle: number, widthA: number, widthB: number): number {
  const across = Math.abs(Math.cos(midAngle));
  const down = Math.abs(Math.sin(midAngle));
  const sideBySide = across > 1e-9 ? ((widthA + widthB) / 2 + LABEL_MARGIN) / across : Infinity;
  const stacked = down > 1e-9 ? LABEL_HEIGHT / down : Infinity;
  return Math.max(MIN_DISTANCE, Math.min(sideBySide, stacked));
}

export interface OnRing {
  readonly angle: number;
  /** The estimated width of the actor's label (labelWidth). */
  readonly width: number;
}

/** The smallest radius at which actors at these angles (sorted, one ring) keep their gaps. */
export function radiusForAngles(placed: readonly OnRing[]): number {
  if (placed.length < 2) return 0;
  let radius = 0;
  placed.forEach((p, i) => {
    const next = placed[(i + 1) % placed.length]!;
    const delta = next.angle - p.angle + (i + 1 === placed.length ? TAU : 0);
    if (delta <= 0) return;
    // The chord between two points delta apart on a circle of radius r is 2 r sin(delta / 2).
    const needed = neededGap(p.angle + delta / 2, p.width, next.width);
    radius = Math.max(radius, needed / (2 * Math.sin(delta / 2)));
  });
  return radius;
}

/**
 * Splits the full circle among groups in proportion to their sizes, but never below `minAngle`
 * (a group of one still gets room for its name). Returns one width per group, in order.
 */
export function proportionalAngles(sizes: readonly number[], minAngle: number): number[] {
  const floor = Math.min(minAngle, TAU / Math.max(sizes.length, 1));
  const atFloor = new Set<number>();
  for (;;) {
    const free = sizes.reduce((sum, size, i) => (atFloor.has(i) ? sum : sum + size), 0);
    const room = TAU - atFloor.size * floor;
    const widths = sizes.map((size, i) =>
      atFloor.has(i) ? floor : free > 0 ? (room * size) / free : room / sizes.length,
    );
    const tooSmall = widths.findIndex((w, i) => !atFloor.has(i) && w < floor - 1e-12);
    if (tooSmall === -1) return widths;
    atFloor.add(tooSmall);
  }
}

/** The smallest distance between any two of the points (Infinity for fewer than two). */
export function closestDistance(points: readonly Point[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      best = Math.min(best, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return best;
}
