// gapsOf: each kind of gap on small hand-drawn maps (thresholds at their edges), then the
// designed gaps of the sample maps.
import { describe, expect, it } from 'vitest';
import {
  gapsOf,
  GROUP_MIN_TIES,
  ONE_PERSON_MIN_TIES,
  ONE_PERSON_SHARE,
  THIN_SHARE,
} from '../../../src/analysis/insights';
import { smallMap } from '../../model/fixtures';
import { analyse, buildMap, loadSample, type ActorSpec, type TieSpec } from './helpers';

const gaps = (map: ReturnType<typeof buildMap>) => gapsOf(map, analyse(map));

/** The school tied to partners p1…pn (type `type`), tie i carrying motives[i]. */
function star(motives: readonly (readonly string[])[], type = 'business') {
  const actors: ActorSpec[] = motives.map((_, i) => [`p${i + 1}`, type]);
  const ties: TieSpec[] = motives.map((m, i) => ['s', `p${i + 1}`, { motives: [...m] }]);
  return buildMap(actors, ties);
}

describe('gapsOf', () => {
  it('documents its thresholds', () => {
    expect(THIN_SHARE).toBe(0.15);
    expect(ONE_PERSON_SHARE).toBe(0.4);
    expect(ONE_PERSON_MIN_TIES).toBe(3);
    expect(GROUP_MIN_TIES).toBe(3);
  });

  it('lists the type groups with no external actor, in codebook order', () => {
    const map = smallMap();
    expect(gapsOf(map, analyse(map)).missingGroups).toEqual([
      'schools',
      'government',
      'business',
      'welfare-culture',
      'individual-roles',
      'families',
      'international',
    ]);
    // Internal roles are no type group; an isolated partner still counts as present.
    const more = buildMap([
      ['t', 'teacher', 'internal'],
      ['e', 'international-partner'],
    ]);
    expect(gaps(more).missingGroups).not.toContain('international');
    expect(gaps(more).missingGroups).toHaveLength(8);
  });

  it('finds missing motive dimensions on the whole map', () => {
    const map = smallMap(); // two ties, both with a task motive only
    const dims = gapsOf(map, analyse(map)).dimensions;
    expect(dims.map((d) => [d.dimension, d.group, d.severity, d.count, d.total])).toEqual([
      ['relation', null, 'missing', 0, 2],
      ['growth', null, 'missing', 0, 2],
    ]);
  });

  it('calls a dimension thin below 15 % of the ties with a motive, not at 15 %', () => {
    const task = ['care-and-guidance'];
    const both = ['care-and-guidance', 'quality-development'];
    const relation = ['fallback-network'];
    // 20 ties with a motive (and one without, which does not count): growth on 3 = 15 %.
    const at = star([...Array(3).fill(both), ...Array(17).fill(task), [], ...Array(0)]);
    expect(
      gaps(at)
        .dimensions.filter((d) => d.group === null)
        .map((d) => d.dimension),
    ).toEqual(['relation']);
    // Growth on 2 of 20 = 10 %: thin, with its ties; relation on 20 of 20.
    const below = star(
      [...Array(2).fill(both), ...Array(18).fill(task)].map((m) => [...m, ...relation]),
    );
    const thin = gaps(below).dimensions.filter((d) => d.group === null);
    expect(thin).toEqual([
      {
        dimension: 'growth',
        group: null,
        severity: 'thin',
        count: 2,
        total: 20,
        share: 0.1,
        ties: ['t1', 't2'],
        actors: [],
      },
    ]);
  });

  it('checks each type group with at least 3 ties with a motive', () => {
    const map = buildMap(
      [
        ['u1', 'university'],
        ['u2', 'teacher-education'],
        ['u3', 'student-teachers'],
        ['g1', 'government'],
        ['g2', 'government'],
      ],
      [
        ['s', 'u1', { motives: ['teacher-as-researcher', 'fallback-network'] }],
        ['s', 'u2', { motives: ['dual-workplace-internships'] }],
        ['u2', 'u3', { motives: ['connect-isolated-teachers', 'quality-development'] }],
        ['s', 'g1', { motives: ['policy-requirements'] }],
        ['s', 'g2', { motives: ['policy-requirements'] }],
      ],
    );
    const perGroup = gaps(map).dimensions.filter((d) => d.group !== null);
    // Higher education: 3 ties, growth on 1 of 3 (33 %), so no gap; government has only 2 ties.
    expect(perGroup).toEqual([]);
    const noGrowth = buildMap(
      [
        ['u1', 'university'],
        ['u2', 'teacher-education'],
        ['u3', 'student-teachers'],
        ['c', 'clb'],
      ],
      [
        ['s', 'u1', { motives: ['teacher-as-researcher'] }],
        ['s', 'u2', { motives: ['dual-workplace-internships', 'fallback-network'] }],
        ['u3', 'u2', { motives: ['connect-isolated-teachers'] }],
        ['s', 'c', { motives: ['quality-development'] }],
      ],
    );
    expect(gaps(noGrowth).dimensions.filter((d) => d.group !== null)).toEqual([
      {
        dimension: 'growth',
        group: 'higher-education',
        severity: 'missing',
        count: 0,
        total: 3,
        share: 0,
        ties: [],
        actors: ['u1', 'u2', 'u3'],
      },
    ]);
  });

  it('finds actors with only yearly contact: all their ties, or those with the school', () => {
    const map = buildMap(
      [
        ['t', 'teacher', 'internal'],
        ['a', 'business'],
        ['b', 'business'],
        ['c', 'business'],
        ['d', 'business'],
        ['e', 'business'],
      ],
      [
        ['s', 't', { frequency: 'weekly' }],
        ['s', 'a', { frequency: 'yearly' }], // a: its only tie is yearly
        ['t', 'b', { frequency: 'yearly' }], // b: yearly with the team, monthly with c
        ['b', 'c', { frequency: 'monthly' }],
        ['s', 'c', { frequency: 'monthly' }],
        ['s', 'd', { frequency: 'yearly' }], // d: one yearly tie and one without a frequency
        ['d', 'e'],
        ['e', 's', { frequency: 'few-per-year' }],
      ],
    );
    const result = gaps(map);
    expect(result.yearly).toEqual([
      { actor: 'a', scope: 'all', ties: ['t2'] },
      { actor: 'b', scope: 'school', ties: ['t3'] },
      { actor: 'd', scope: 'school', ties: ['t6'] },
    ]);
    expect(result.withoutFrequency).toEqual(['t7']);
  });

  it('flags an internal actor that carries at least 40 % of the ties with partners', () => {
    const actors: ActorSpec[] = [
      ['t', 'teacher', 'internal'],
      ['p1'],
      ['p2'],
      ['p3'],
      ['p4'],
      ['p5'],
      ['p6'],
    ];
    const atForty = buildMap(actors, [
      ['s', 't'], // inside the school: not a tie with a partner
      ['s', 'p1'],
      ['s', 'p2'],
      ['s', 'p3'],
      ['t', 'p4'],
      ['p5', 't'],
      ['p5', 'p6'], // between partners: not counted
    ]);
    expect(gaps(atForty).onePerson).toEqual([
      { actor: 't', count: 2, total: 5, share: 0.4, partners: ['p4', 'p5'], ties: ['t5', 't6'] },
    ]);
    const below = buildMap(actors, [
      ['s', 'p1'],
      ['s', 'p2'],
      ['s', 'p3'],
      ['s', 'p4'],
      ['t', 'p5'],
      ['t', 'p6'],
    ]);
    expect(gaps(below).onePerson).toEqual([]); // 2 of 6 = 33 %
    const tooFew = buildMap(actors, [
      ['t', 'p1'],
      ['t', 'p2'],
    ]);
    expect(gaps(tooFew).onePerson).toEqual([]); // 100 %, but only 2 ties with partners
  });

  it('lists isolates, islands and data still to complete', () => {
    const map = buildMap(
      [['a', 'clb'], ['x', 'publisher'], ['y'], ['z', 'cultural-org'], ['q', 'no-such-type']],
      [
        ['s', 'a', { motives: ['care-and-guidance'], frequency: 'weekly' }],
        ['y', 'z', { frequency: 'not-a-frequency' }],
      ],
    );
    const result = gaps(map);
    expect(result.isolates).toEqual(['x', 'q']);
    expect(result.islands).toEqual([['y', 'z']]);
    expect(result.withoutMotive).toEqual(['t2']);
    expect(result.withoutFrequency).toEqual(['t2']);
    expect(result.withoutType).toEqual(['y', 'q']);
    expect(result.onlyThrough).toEqual([]);
  });

  it('finds the designed gaps of the primary sample', () => {
    const map = loadSample('primary');
    const result = gapsOf(map, analyse(map));
    expect(result.missingGroups).toEqual(['international']);
    expect(result.isolates).toEqual(['a-neighbourhood']);
    expect(result.islands).toEqual([]);
    expect(result.yearly.map((y) => [y.actor, y.scope])).toEqual([
      ['a-training', 'all'],
      ['a-tech-company', 'all'],
      ['a-nature', 'all'],
    ]);
    expect(result.onePerson).toEqual([]);
    expect(
      result.dimensions.map((d) => [d.dimension, d.group, d.severity, d.count, d.total]),
    ).toEqual([['growth', 'welfare-culture', 'thin', 1, 9]]);
    expect([result.withoutMotive, result.withoutFrequency, result.withoutType]).toEqual([
      [],
      [],
      [],
    ]);
  });

  it('finds the designed gaps of the secondary sample', () => {
    const map = loadSample('secondary');
    const result = gapsOf(map, analyse(map));
    expect(result.missingGroups).toEqual(['families']);
    expect(result.isolates).toEqual(['a-publisher']);
    expect(result.onlyThrough.find((e) => e.via === 'a-clb')?.actors).toEqual(['a-caw']);
    expect(result.yearly.map((y) => y.actor)).toEqual(['a-training', 'a-inspection', 'a-mentors']);
  });
});
