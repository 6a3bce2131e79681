import type { Point } from '../../model';

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  readonly id: string;
  readonly at: Point;
}

/**
 * The nearest candidate in a direction from `origin` (screen-style axes: y grows downwards),
 * or null when nothing lies that way. Off-axis distance counts double, so an actor straight
 * ahead wins over a closer one far off to the side (as in browser spatial navigation).
 */
export function nearestInDirection(
  origin: Point,
  candidates: readonly Placed[],
  direction: Direction,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const { id, at } of candidates) {
    const dx = at.x - origin.x;
    const dy = at.y - origin.y;
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (ahead <= 0.5) continue;
    const score = Math.hypot(ahead, aside) + aside;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface HitArea {
  readonly id: string;
  readonly box: Box;
  readonly centre: Point;
}

/**
 * The actor whose hit area (grown by `slack` on every side) holds the point; where areas
 * overlap, the one whose centre is closest. Null over empty space.
 */
export function actorAtPoint(areas: readonly HitArea[], point: Point, slack = 0): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const { id, box, centre } of areas) {
    const inside =
      point.x >= box.x1 - slack &&
      point.x <= box.x2 + slack &&
      point.y >= box.y1 - slack &&
      point.y <= box.y2 + slack;
    if (!inside) continue;
    const distance = Math.hypot(point.x - centre.x, point.y - centre.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = id;
    }
  }
  return best;
}
