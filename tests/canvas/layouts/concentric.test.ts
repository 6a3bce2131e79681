import { describe, expect, it } from 'vitest';
import {
  closestDistance,
  concentricLayout,
  MIN_DISTANCE,
  strongestFrequencies,
} from '../../../src/canvas/layouts';
import { FIRST_RING } from '../../../src/canvas/layouts/concentric';
import { MIN_SECTOR_ANGLE } from '../../../src/canvas/layouts/sectors';
import { generateMap } from '../../fixtures/generateMap';
import { angleOf, buildMap, distance, sampleMap, SCHOOL, shuffled } from './maps';

const TAU = 2 * Math.PI;

/** School; A weekly with the school; B yearly with the school but weekly with A; C only tied to
 * A (monthly); D tied to the school without a frequency and weekly to A; E isolated; a team. */
const frequencyMap = () =>
  buildMap(
    [
      { id: 'a', label: 'A', type: 'clb', position: 'anchoring' },
      { id: 'b', label: 'B', type: 'university', position: 'context' },
      { id: 'c', label: 'C', type: 'business', position: 'core' },
      { id: 'd', label: 'D', type: 'government', position: 'framing' },
      { id: 'e', label: 'E', type: 'clb' },
      { id: 'team', label: 'Care team', kind: 'internal', type: 'team' },
    ],
    [
      { id: 't1', source: SCHOOL, target: 'a', frequency: 'weekly' },
      { id: 't2', source: 'b', target: SCHOOL, frequency: 'yearly' },
      { id: 't3', source: 'a', target: 'b', frequency: 'weekly' },
      { id: 't4', source: 'c', target: 'a', frequency: 'monthly' },
      { id: 't5', source: SCHOOL, target: 'd', frequency: null },
      { id: 't6', source: 'd', target: 'a', frequency: 'weekly' },
    ],
  );

describe('strongestFrequencies', () => {
  it('takes the strongest tie with the school, else with anyone, else none', () => {
    const strongest = strongestFrequencies(frequencyMap());
    expect(strongest.get('a')).toBe('weekly');
    expect(strongest.get('b')).toBe('yearly'); // its weekly tie to A does not count
    expect(strongest.get('c')).toBe('monthly'); // no tie to the school
    expect(strongest.get('d')).toBe(null); // tied to the school, frequency not set
    expect(strongest.get('e')).toBe(null); // isolated
  });
});

describe('concentricLayout', () => {
  it('puts the school at the centre and the team on the innermost ring', () => {
    const { positions, guides } = concentricLayout(frequencyMap(), 'frequency');
    expect(positions[SCHOOL]).toEqual({ x: 0, y: 0 });
    expect(guides.rings[0]!.label).toEqual({ message: 'layout.ring.school' });
    expect(distance(positions.team!)).toBeCloseTo(guides.rings[0]!.radius, 0);
  });

  it('rings by frequency: weekly innermost, unset and isolated actors outermost', () => {
    const { positions, guides } = concentricLayout(frequencyMap(), 'frequency');
    expect(guides.rings.map((r) => r.label)).toEqual([
      { message: 'layout.ring.school' },
      { vocabulary: 'frequencies', id: 'weekly' },
      { vocabulary: 'frequencies', id: 'monthly' },
      { vocabulary: 'frequencies', id: 'yearly' },
      { message: 'layout.ring.noFrequency' },
    ]);
    const r = (id: string) => Math.round(distance(positions[id]!));
    const radii = guides.rings.map((ring) => Math.round(ring.radius));
    expect([r('a'), r('c'), r('b'), r('d'), r('e')]).toEqual([
      radii[1],
      radii[2],
      radii[3],
      radii[4],
      radii[4],
    ]);
    expect(radii[1]).toBeGreaterThanOrEqual(FIRST_RING);
  });

  it('rings by position: core, anchoring, framing, context, then not set', () => {
    const { positions, guides } = concentricLayout(frequencyMap(), 'position');
    expect(guides.rings.map((r) => r.label)).toEqual([
      { message: 'layout.ring.school' },
      { vocabulary: 'positions', id: 'core' },
      { vocabulary: 'positions', id: 'anchoring' },
      { vocabulary: 'positions', id: 'framing' },
      { vocabulary: 'positions', id: 'context' },
      { message: 'layout.ring.noPosition' },
    ]);
    const order = ['c', 'a', 'd', 'b', 'e'].map((id) => distance(positions[id]!));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(new Set(order.map(Math.round)).size).toBe(5);
  });

  it('keeps a position id the codebook lacks on a ring of its own', () => {
    const map = buildMap([
      { id: 'x', label: 'X', type: 'clb', position: 'member' },
      { id: 'y', label: 'Y', type: 'clb', position: 'core' },
    ]);
    const { guides } = concentricLayout(map, 'position');
    expect(guides.rings.map((r) => r.label)).toEqual([
      { vocabulary: 'positions', id: 'core' },
      { vocabulary: 'positions', id: 'member' },
    ]);
  });

  it('cuts sectors per actor-type group in codebook order, sized by their actors', () => {
    const map = sampleMap('secondary-school');
    const { positions, guides } = concentricLayout(map, 'frequency');
    const groupOf = new Map(map.codebook.actorTypes.map((t) => [t.id, t.group]));
    const present = new Set(
      map.actors.filter((a) => a.kind === 'external').map((a) => groupOf.get(a.type ?? '')),
    );
    const expected = map.codebook.actorTypeGroups.filter((g) => present.has(g.id));
    expect(guides.sectors.map((s) => s.label)).toEqual(
      expected.map((g) => ({ vocabulary: 'actorTypeGroups', id: g.id })),
    );
    // The sectors go round once, turned at most 30° from north.
    const start = guides.sectors[0]!.startAngle;
    expect(Math.abs(start)).toBeLessThanOrEqual(Math.PI / 6 + 1e-9);
    expect(guides.sectors[guides.sectors.length - 1]!.endAngle).toBeCloseTo(start + TAU, 9);
    guides.sectors.forEach((s, i) => {
      expect(s.endAngle - s.startAngle).toBeGreaterThanOrEqual(MIN_SECTOR_ANGLE - 1e-9);
      if (i > 0) expect(s.startAngle).toBeCloseTo(guides.sectors[i - 1]!.endAngle, 9);
    });
    // Every partner stands inside its group's sector.
    for (const actor of map.actors.filter((a) => a.kind === 'external')) {
      const index = expected.findIndex((g) => g.id === groupOf.get(actor.type ?? ''));
      const sector = guides.sectors[index]!;
      const angle = angleOf(positions[actor.id]!, start);
      expect(angle).toBeGreaterThan(sector.startAngle);
      expect(angle).toBeLessThan(sector.endAngle);
    }
    // The bigger group gets the wider sector: schools (9 partners) vs international (2).
    const width = (id: string) => {
      const s = guides.sectors.find((x) => 'id' in x.label && x.label.id === id)!;
      return s.endAngle - s.startAngle;
    };
    expect(width('schools')).toBeGreaterThan(width('international'));
  });

  it('puts partners without a type in a last sector of their own', () => {
    const map = buildMap([
      { id: 'x', label: 'X', type: null },
      { id: 'y', label: 'Y', type: 'university' },
      { id: 'z', label: 'Z', type: 'clb' },
    ]);
    const { guides } = concentricLayout(map, 'position');
    expect(guides.sectors.map((s) => s.label)).toEqual([
      { vocabulary: 'actorTypeGroups', id: 'education-support' },
      { vocabulary: 'actorTypeGroups', id: 'higher-education' },
      { message: 'layout.sector.noType' },
    ]);
  });

  it('orders a sector by type, then label, then id, clockwise', () => {
    const map = buildMap([
      { id: 'p3', label: 'Zonnebloem', type: 'pedagogical-support' },
      { id: 'c1', label: 'CLB Noord', type: 'clb' },
      { id: 'p1', label: 'Anker', type: 'pedagogical-support' },
      { id: 'p2', label: 'anker', type: 'pedagogical-support' },
    ]);
    const { positions, guides } = concentricLayout(map, 'position');
    const from = guides.sectors[0]!.startAngle;
    const clockwise = ['p1', 'p2', 'p3', 'c1'].map((id) => angleOf(positions[id]!, from));
    expect(clockwise).toEqual([...clockwise].sort((a, b) => a - b));
  });

  it('is deterministic, also when the actors and ties come in another order', () => {
    for (const map of [sampleMap('secondary-school'), generateMap({ actors: 80, ties: 200 })]) {
      for (const mode of ['frequency', 'position'] as const) {
        const first = concentricLayout(map, mode);
        expect(concentricLayout(map, mode)).toEqual(first);
        expect(concentricLayout(shuffled(map), mode)).toEqual(first);
      }
    }
  });

  it('keeps actors at least MIN_DISTANCE apart and places every actor', () => {
    const maps = [
      sampleMap('primary-school'),
      sampleMap('secondary-school'),
      generateMap({ actors: 120, ties: 300, seed: 7 }),
    ];
    for (const map of maps) {
      for (const mode of ['frequency', 'position'] as const) {
        const { positions } = concentricLayout(map, mode);
        expect(Object.keys(positions).sort()).toEqual(map.actors.map((a) => a.id).sort());
        // Rounding to whole pixels may take off half a pixel.
        expect(closestDistance(Object.values(positions))).toBeGreaterThanOrEqual(MIN_DISTANCE - 1);
      }
    }
  });

  it('grows a crowded ring instead of squeezing its actors', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `p${String(i).padStart(2, '0')}`,
      label: `Partner school number ${i}`,
      type: 'peer-teachers',
    }));
    const map = buildMap(
      many,
      many.map((a, i) => ({ id: `t${i}`, source: SCHOOL, target: a.id, frequency: 'weekly' })),
    );
    const { positions, guides } = concentricLayout(map, 'frequency');
    expect(guides.rings).toHaveLength(1);
    expect(guides.rings[0]!.radius).toBeGreaterThan(FIRST_RING);
    expect(closestDistance(Object.values(positions))).toBeGreaterThanOrEqual(MIN_DISTANCE - 1);
  });

  it('describes rings as bands that touch, from the centre outwards', () => {
    const { guides } = concentricLayout(sampleMap('secondary-school'), 'frequency');
    guides.rings.forEach((ring, i) => {
      expect(ring.inner).toBeLessThan(ring.radius);
      expect(ring.outer).toBeGreaterThan(ring.radius);
      if (i > 0) expect(ring.inner).toBeCloseTo(guides.rings[i - 1]!.outer, 9);
    });
    const partners = guides.rings.slice(1);
    for (const sector of guides.sectors) {
      expect(sector.inner).toBe(partners[0]!.inner);
      expect(sector.outer).toBe(partners[partners.length - 1]!.outer);
    }
  });

  it('lays out a map with only the school', () => {
    const { positions, guides } = concentricLayout(buildMap([]), 'frequency');
    expect(positions).toEqual({ [SCHOOL]: { x: 0, y: 0 } });
    expect(guides).toEqual({ rings: [], sectors: [] });
  });
});
