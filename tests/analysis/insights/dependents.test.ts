// dependentsOf / reachableOnlyThrough on hand-drawn maps and the sample maps.
import { describe, expect, it } from 'vitest';
import { dependentsOf, reachableOnlyThrough } from '../../../src/analysis/insights';
import { analyse, buildMap, loadSample, reordered } from './helpers';

// s = the school; t = a teachers' team (internal). c, h, w: the CLB and two partners only it
// reaches; p only reached through the team; u tied to both the school and the team; x isolated;
// y–z an island with no link to the school.
const branches = () =>
  buildMap(
    [
      ['t', 'teacher', 'internal'],
      ['c', 'clb'],
      ['h', 'welfare-org'],
      ['w', 'welfare-org'],
      ['p', 'business'],
      ['u', 'university'],
      ['x', 'publisher'],
      ['y', 'cultural-org'],
      ['z', 'cultural-org'],
    ],
    [
      ['s', 'c'],
      ['c', 'h'],
      ['w', 'c'],
      ['s', 't'],
      ['t', 'p'],
      ['s', 'u'],
      ['u', 't'],
      ['y', 'z'],
    ],
  );

describe('dependentsOf', () => {
  const map = branches();

  it('lists the actors that lose every path to the school, in map order', () => {
    expect(dependentsOf(map, 'c')).toEqual(['h', 'w']);
    expect(dependentsOf(map, 't')).toEqual(['p']);
  });

  it('is empty where another path remains or nothing hangs on the actor', () => {
    expect(dependentsOf(map, 'u')).toEqual([]);
    expect(dependentsOf(map, 'h')).toEqual([]);
    expect(dependentsOf(map, 'p')).toEqual([]);
  });

  it('is empty for the school, isolates, islands and unknown ids', () => {
    expect(dependentsOf(map, 's')).toEqual([]);
    expect(dependentsOf(map, 'x')).toEqual([]);
    expect(dependentsOf(map, 'y')).toEqual([]);
    expect(dependentsOf(map, 'nobody')).toEqual([]);
  });

  it('follows a chain: everything behind the removed link is lost', () => {
    const chain = buildMap(
      [['a'], ['b'], ['c'], ['d']],
      [
        ['s', 'a'],
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    );
    expect(dependentsOf(chain, 'a')).toEqual(['b', 'c', 'd']);
    expect(dependentsOf(chain, 'c')).toEqual(['d']);
  });

  it('ignores the direction of ties and needs a school', () => {
    const directed = buildMap(
      [['a'], ['b']],
      [
        ['a', 's', { directed: true }],
        ['b', 'a', { directed: true }],
      ],
    );
    expect(dependentsOf(directed, 'a')).toEqual(['b']);
    const noSchool = { ...directed, actors: directed.actors.filter((a) => a.kind !== 'ego') };
    expect(dependentsOf(noSchool, 'a')).toEqual([]);
  });
});

describe('reachableOnlyThrough', () => {
  it('gives, per cut-point other than the school, the actors only it connects to the school', () => {
    const map = branches();
    const analysis = analyse(map);
    expect([...analysis.map.cutPoints].sort()).toEqual(['c', 's', 't']);
    expect(reachableOnlyThrough(map, analysis)).toEqual([
      { via: 't', actors: ['p'] },
      { via: 'c', actors: ['h', 'w'] },
    ]);
  });

  it('leaves out cut-points of parts of the map the school is not in', () => {
    const map = buildMap(
      [['a'], ['y'], ['m'], ['z']],
      [
        ['s', 'a'],
        ['y', 'm'],
        ['m', 'z'],
      ],
    );
    const analysis = analyse(map);
    expect(analysis.map.cutPoints).toEqual(['m']);
    expect(reachableOnlyThrough(map, analysis)).toEqual([]);
  });

  it('finds the designed dependencies of the primary sample', () => {
    const map = loadSample('primary');
    expect(reachableOnlyThrough(map, analyse(map))).toEqual([
      { via: 'a-care-team', actors: ['a-speech-therapist'] },
      { via: 'a-teachers-3', actors: ['a-tech-company'] },
      { via: 'a-clb', actors: ['a-family-centre'] },
    ]);
    expect(dependentsOf(map, 'a-clb')).toEqual(['a-family-centre']);
  });

  it('finds the designed dependencies of the secondary sample', () => {
    const map = loadSample('secondary');
    expect(reachableOnlyThrough(map, analyse(map))).toEqual([
      { via: 'a-care-cell', actors: ['a-bednet'] },
      { via: 'a-stem', actors: ['a-math-network'] },
      { via: 'a-intl', actors: ['a-etwinning'] },
      { via: 'a-clb', actors: ['a-caw'] },
    ]);
  });

  it('does not depend on the order of actors and ties (up to map order)', () => {
    const map = loadSample('secondary');
    const other = reordered(map, 7);
    const asSets = (list: ReturnType<typeof reachableOnlyThrough>) =>
      Object.fromEntries(list.map((e) => [e.via, [...e.actors].sort()]));
    expect(asSets(reachableOnlyThrough(other, analyse(other)))).toEqual(
      asSets(reachableOnlyThrough(map, analyse(map))),
    );
  });

  it('handles a 300-actor map quickly', () => {
    const ids = Array.from({ length: 300 }, (_, i) => `n${i}`);
    // A tree: every actor hangs under actor ⌊i/3⌋ (the school above the first three).
    const map = buildMap(
      ids.map((id) => [id]),
      ids.map((id, i): [string, string] => [i < 3 ? 's' : `n${Math.floor(i / 3) - 1}`, id]),
    );
    const analysis = analyse(map);
    const start = performance.now();
    const result = reachableOnlyThrough(map, analysis);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.find((e) => e.via === 'n0')?.actors.length).toBe(dependentsOf(map, 'n0').length);
    expect(dependentsOf(map, 'n0')).toContain('n3');
  });
});
