// The core-actor rule: ranks computed by hand on small maps, its limits, and determinism.
import { describe, expect, it } from 'vitest';
import { coreActors, rankActors, type RankedActor } from '../../../src/analysis/insights';
import { smallMap } from '../../model/fixtures';
import { analyse, buildMap, loadSample, reordered } from './helpers';

const summary = (list: readonly RankedActor[]) =>
  list.map((a) => [
    a.id,
    a.ranks.degree.rank,
    a.ranks.betweenness.rank,
    a.ranks.closeness.rank,
    a.rankSum,
    a.place,
    a.core,
  ]);

describe('rankActors', () => {
  it('ranks a path D–S–A–B–C by hand', () => {
    // Without the school: degree A 2, B 2, C 1, D 1; betweenness A 4/6, B 3/6, C 0, D 0;
    // closeness A 4/6, B 4/7, C 4/10, D 4/10. Ranks share the best place on equal values.
    const map = buildMap(
      [['a'], ['b'], ['c'], ['d']],
      [
        ['d', 's'],
        ['s', 'a'],
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const ranked = rankActors(map, analyse(map));
    expect(summary(ranked)).toEqual([
      ['a', 1, 1, 1, 3, 1, true],
      ['b', 1, 2, 2, 5, 2, true],
      ['c', 3, 3, 3, 9, 3, false],
      ['d', 3, 3, 3, 9, 4, false],
    ]);
    expect(ranked[0]!.ranks.betweenness.value).toBeCloseTo(4 / 6, 12);
    expect(ranked[1]!.ranks.closeness.value).toBeCloseTo(4 / 7, 12);
    expect(ranked[0]!.label).toBe('A');
  });

  it('breaks equal sums by label, then id, whatever the map order', () => {
    const map = buildMap(
      [['b'], ['a'], ['c']],
      [
        ['s', 'b'],
        ['s', 'a'],
        ['s', 'c'],
      ],
    );
    expect(rankActors(map, analyse(map)).map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('treats values that differ only by rounding as equal', () => {
    const map = buildMap(
      [['b'], ['a'], ['c']],
      [
        ['s', 'b'],
        ['s', 'a'],
        ['s', 'c'],
      ],
    );
    const analysis = analyse(map);
    const b = analysis.actors['b']!;
    const nudged = {
      ...analysis,
      actors: { ...analysis.actors, b: { ...b, closeness: b.closeness * (1 + 1e-14) } },
    };
    expect(rankActors(map, nudged).map((a) => [a.id, a.ranks.closeness.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('has no core actors with fewer than 3 actors besides the school', () => {
    const map = smallMap();
    const ranked = rankActors(map, analyse(map));
    expect(ranked.map((a) => a.id)).toEqual(['a-clb', 'a-uni']);
    expect(ranked.every((a) => !a.core)).toBe(true);
    expect(coreActors(map, analyse(map))).toEqual([]);
  });

  it('never makes an actor without ties a core actor', () => {
    // n = 3, so ⌈√3⌉ = 2 places, but only A has a tie.
    const map = buildMap([['a'], ['b'], ['c']], [['s', 'a']]);
    expect(coreActors(map, analyse(map)).map((a) => a.id)).toEqual(['a']);
  });

  it('takes ⌈√n⌉ actors, at most 5', () => {
    const ids = Array.from({ length: 30 }, (_, i) => `p${String(i + 1).padStart(2, '0')}`);
    const star = buildMap(
      ids.map((id) => [id]),
      ids.map((id): [string, string] => ['s', id]),
    );
    expect(coreActors(star, analyse(star)).map((a) => a.id)).toEqual([
      'p01',
      'p02',
      'p03',
      'p04',
      'p05',
    ]);
    const five = buildMap(
      [['a'], ['b'], ['c'], ['d'], ['e']],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['s', 'c'],
        ['s', 'd'],
        ['s', 'e'],
      ],
    );
    // ⌈√5⌉ = 3: A first (a broker to B), then C, D by label.
    expect(coreActors(five, analyse(five)).map((a) => a.id)).toEqual(['a', 'c', 'd']);
  });

  it.each(['primary', 'secondary'] as const)(
    'gives the same result on the %s sample whatever the order of actors and ties',
    (name) => {
      const map = loadSample(name);
      const expected = summary(rankActors(map, analyse(map)));
      for (const seed of [1, 2, 3, 42, 99]) {
        const other = reordered(map, seed);
        expect(summary(rankActors(other, analyse(other)))).toEqual(expected);
      }
    },
  );

  it('names the core actors of the sample maps', () => {
    const primary = loadSample('primary');
    expect(coreActors(primary, analyse(primary)).map((a) => [a.label, a.rankSum])).toEqual([
      ['Leerkrachten 3de graad', 3],
      ['Zorgteam', 4],
      ['Ondersteuningsnetwerk – ondersteuner', 9],
      ['CLB Gent', 10],
      ['Brede School Brugse Poort', 15], // ties with Werkgroep lezen (15): B before W
    ]);
    const secondary = loadSample('secondary');
    expect(coreActors(secondary, analyse(secondary)).map((a) => a.id)).toEqual([
      'a-care-cell',
      'a-stem',
      'a-clb',
      'a-intl',
      'a-city',
    ]);
  });
});
