import { describe, expect, it } from 'vitest';
import {
  actorAtPoint,
  nearestInDirection,
  type Placed,
} from '../../../src/canvas/gestures/spatial';

//            up (y < 0)
//   west  ·  centre  ·  east
//            down (y > 0)
const around: Placed[] = [
  { id: 'east', at: { x: 100, y: 0 } },
  { id: 'west', at: { x: -100, y: 0 } },
  { id: 'north', at: { x: 0, y: -100 } },
  { id: 'south', at: { x: 0, y: 100 } },
  { id: 'far-east', at: { x: 300, y: 0 } },
];
const centre = { x: 0, y: 0 };

describe('nearestInDirection', () => {
  it('finds the nearest actor on each side (y grows downwards, as on screen)', () => {
    expect(nearestInDirection(centre, around, 'right')).toBe('east');
    expect(nearestInDirection(centre, around, 'left')).toBe('west');
    expect(nearestInDirection(centre, around, 'up')).toBe('north');
    expect(nearestInDirection(centre, around, 'down')).toBe('south');
  });

  it('goes on from there, and finds nothing beyond the last one', () => {
    expect(nearestInDirection({ x: 100, y: 0 }, around, 'right')).toBe('far-east');
    expect(nearestInDirection({ x: 300, y: 0 }, around, 'right')).toBeNull();
  });

  it('prefers an actor straight ahead to a closer one far off to the side', () => {
    const candidates: Placed[] = [
      { id: 'aside', at: { x: 60, y: 70 } },
      { id: 'ahead', at: { x: 120, y: 5 } },
    ];
    expect(nearestInDirection(centre, candidates, 'right')).toBe('ahead');
  });

  it('never picks an actor behind or level with the origin', () => {
    const candidates: Placed[] = [
      { id: 'same-spot', at: { x: 0, y: 0 } },
      { id: 'straight-below', at: { x: 0, y: 50 } },
    ];
    expect(nearestInDirection(centre, candidates, 'right')).toBeNull();
    expect(nearestInDirection(centre, candidates, 'down')).toBe('straight-below');
  });

  it('returns null for an empty map', () => {
    expect(nearestInDirection(centre, [], 'up')).toBeNull();
  });
});

describe('actorAtPoint', () => {
  const areas = [
    { id: 'a', box: { x1: -10, y1: -10, x2: 10, y2: 30 }, centre: { x: 0, y: 0 } },
    { id: 'b', box: { x1: 5, y1: -10, x2: 25, y2: 30 }, centre: { x: 15, y: 0 } },
  ];

  it('finds the actor under the point, the closest centre where areas overlap', () => {
    expect(actorAtPoint(areas, { x: -5, y: 20 })).toBe('a');
    expect(actorAtPoint(areas, { x: 9, y: 0 })).toBe('b');
    expect(actorAtPoint(areas, { x: 6, y: 0 })).toBe('a');
  });

  it('is null over empty space, unless within the slack', () => {
    expect(actorAtPoint(areas, { x: 40, y: 0 })).toBeNull();
    expect(actorAtPoint(areas, { x: 40, y: 0 }, 20)).toBe('b');
    expect(actorAtPoint([], { x: 0, y: 0 }, 20)).toBeNull();
  });
});
