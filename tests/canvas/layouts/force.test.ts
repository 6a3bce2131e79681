import { afterEach, describe, expect, it, vi } from 'vitest';
import { closestDistance, forceLayout, MIN_DISTANCE } from '../../../src/canvas/layouts';
import { generateMap } from '../../fixtures/generateMap';
import { buildMap, distance, sampleMap, SCHOOL, shuffled } from './maps';

afterEach(() => vi.restoreAllMocks());

describe('forceLayout', () => {
  it('pins the school at the centre, even when it stood elsewhere', () => {
    const map = buildMap(
      [
        { id: 'a', label: 'A', type: 'clb' },
        { id: 'b', label: 'B', type: 'clb' },
      ],
      [{ id: 't1', source: SCHOOL, target: 'a', frequency: 'weekly' }],
      { a: { x: 500, y: 500 }, b: { x: 700, y: 300 } },
    );
    const moved = { ...map, positions: { ...map.positions, [SCHOOL]: { x: 400, y: 400 } } };
    expect(forceLayout(moved).positions[SCHOOL]).toEqual({ x: 0, y: 0 });
  });

  it('never calls Math.random and gives the same result for the same map in any order', () => {
    const random = vi.spyOn(Math, 'random');
    for (const map of [sampleMap('secondary-school'), generateMap({ actors: 80, ties: 200 })]) {
      const first = forceLayout(map);
      expect(forceLayout(map)).toEqual(first);
      expect(forceLayout(shuffled(map))).toEqual(first);
    }
    expect(random).not.toHaveBeenCalled();
  });

  it('parts actors that share one spot, deterministically', () => {
    const spot = { x: 100, y: 100 };
    const map = buildMap(
      ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase(), type: 'clb' })),
      [],
      { a: spot, b: spot, c: spot, d: spot },
    );
    const { positions } = forceLayout(map);
    expect(forceLayout(map).positions).toEqual(positions);
    for (const p of Object.values(positions)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
    expect(closestDistance(Object.values(positions))).toBeGreaterThanOrEqual(MIN_DISTANCE - 1);
  });

  it('keeps actors at least MIN_DISTANCE apart', () => {
    for (const map of [sampleMap('primary-school'), generateMap({ actors: 150, ties: 450 })]) {
      const { positions } = forceLayout(map);
      expect(Object.keys(positions).sort()).toEqual(map.actors.map((a) => a.id).sort());
      expect(closestDistance(Object.values(positions))).toBeGreaterThanOrEqual(MIN_DISTANCE - 1);
    }
  });

  it('pulls frequent partners closer than rare ones', () => {
    const partners = Array.from({ length: 6 }, (_, i) => ({
      id: `p${i}`,
      label: `P${i}`,
      type: 'clb',
    }));
    const map = buildMap(
      partners,
      partners.map((p, i) => ({
        id: `t${i}`,
        source: SCHOOL,
        target: p.id,
        frequency: i < 3 ? 'weekly' : 'yearly',
      })),
    );
    const { positions } = forceLayout(map);
    const mean = (ids: string[]) =>
      ids.reduce((sum, id) => sum + distance(positions[id]!), 0) / ids.length;
    expect(mean(['p0', 'p1', 'p2'])).toBeLessThan(mean(['p3', 'p4', 'p5']));
  });
});
