import { describe, expect, it } from 'vitest';
import { freeSpot, MIN_ACTOR_DISTANCE } from '../../src/canvas/freeSpot';
import { positionsFor } from '../../src/canvas/placement';
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  addActor,
  asActorId,
  asMapId,
  createMap,
  makeActor,
  type PartnerMapDoc,
  type Point,
} from '../../src/model';
import { smallMap, T0 } from '../model/fixtures';

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function emptyMap(): PartnerMapDoc {
  return createMap({
    school: 'Sint-Jozefscollege',
    codebook: DEFAULT_CODEBOOK,
    now: T0,
    id: asMapId('map-free'),
    egoId: asActorId('ego'),
  });
}

/** Every actor's distance to `p`, using the positions the canvas draws. */
const nearest = (map: PartnerMapDoc, p: Point) =>
  Math.min(...[...positionsFor(map).values()].map((q) => dist(p, q)));

/** Adds `n` actors of `type` one after another, each at freeSpot. */
function addMany(map: PartnerMapDoc, n: number, type: string | null, prefix = 'a'): PartnerMapDoc {
  let m = map;
  for (let i = 0; i < n; i += 1) {
    const spot = freeSpot(m, { type });
    m = addActor(makeActor({ label: `${prefix}${i}`, type }, asActorId(`${prefix}-${i}`)), spot)(m);
  }
  return m;
}

describe('freeSpot', () => {
  it('on an empty map, places the actor near the school but not on it', () => {
    const map = emptyMap();
    const spot = freeSpot(map, { type: 'clb' });
    const toSchool = dist(spot, { x: 0, y: 0 });
    expect(toSchool).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE);
    expect(toSchool).toBeLessThan(400);
    const untyped = freeSpot(map);
    expect(dist(untyped, { x: 0, y: 0 })).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE);
    expect(dist(untyped, { x: 0, y: 0 })).toBeLessThan(200);
  });

  it('is deterministic: the same map and options give the same point', () => {
    const map = addMany(emptyMap(), 5, 'clb');
    expect(freeSpot(map, { type: 'university' })).toEqual(freeSpot(map, { type: 'university' }));
    expect(freeSpot(smallMap())).toEqual(freeSpot(smallMap()));
  });

  it('keeps the minimum distance to every actor, also on a crowded map', () => {
    let map = emptyMap();
    const types = ['clb', 'university', 'business', 'government', null, 'cultural-org'];
    for (let i = 0; i < 60; i += 1) {
      const type = types[i % types.length] ?? null;
      const spot = freeSpot(map, { type });
      expect(nearest(map, spot)).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE - 1e-6);
      map = addActor(makeActor({ label: `p${i}`, type }, asActorId(`p-${i}`)), spot)(map);
    }
    // No two actors ended up on top of each other.
    const points = [...positionsFor(map).values()];
    for (let i = 0; i < points.length; i += 1) {
      for (let j = i + 1; j < points.length; j += 1) {
        expect(dist(points[i]!, points[j]!)).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE - 1e-6);
      }
    }
  });

  it('honours a custom minimum distance', () => {
    const map = addMany(emptyMap(), 4, 'clb');
    const spot = freeSpot(map, { type: 'clb', minDistance: 250 });
    expect(nearest(map, spot)).toBeGreaterThanOrEqual(250);
  });

  it('puts an actor near the others of its type group, away from other groups', () => {
    let map = addMany(emptyMap(), 3, 'university', 'u'); // higher education
    map = addMany(map, 3, 'business', 'b');
    const uni = freeSpot(map, { type: 'teacher-education' }); // also higher education
    const centroid = (prefix: string) => {
      const pts = [0, 1, 2].map((i) => map.positions[`${prefix}-${i}`]!);
      return {
        x: (pts[0]!.x + pts[1]!.x + pts[2]!.x) / 3,
        y: (pts[0]!.y + pts[1]!.y + pts[2]!.y) / 3,
      };
    };
    expect(dist(uni, centroid('u'))).toBeLessThan(dist(uni, centroid('b')));
  });

  it('keeps internal actors close to the school', () => {
    const map = addMany(emptyMap(), 6, 'clb');
    const spot = freeSpot(map, { kind: 'internal', type: 'teacher' });
    expect(dist(spot, { x: 0, y: 0 })).toBeLessThan(320);
    expect(nearest(map, spot)).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE);
  });

  it('avoids actors that have no stored position yet (drawn where the canvas puts them)', () => {
    const map = smallMap(); // UGent has no stored position
    const spot = freeSpot(map, { type: 'university' });
    expect(nearest(map, spot)).toBeGreaterThanOrEqual(MIN_ACTOR_DISTANCE);
  });
});
