// insightsFor + formatInsight: the sample maps' insights in both languages, each kind on a small
// map, the order, and that every message (insights and metrics) exists in en and nl.
import { describe, expect, it } from 'vitest';
import {
  formatInsight,
  INSIGHT_KINDS,
  INSIGHT_SEVERITIES,
  insightsFor,
  localizeParams,
  METRIC_IDS,
  metricMessages,
  type Insight,
} from '../../../src/analysis/insights';
import type { Locale } from '../../../src/codebook';
import { CATALOG } from '../../../src/i18n/catalog';
import type { PartnerMapDoc } from '../../../src/model';
import { analyse, buildMap, loadSample, reordered, type ActorSpec } from './helpers';

const insightsOf = (map: PartnerMapDoc) => insightsFor(map, analyse(map));
const texts = (map: PartnerMapDoc, locale: Locale) =>
  insightsOf(map).map((i) => formatInsight(i, map.codebook, locale));

describe('insightsFor on the sample maps', () => {
  it('finds the designed insights of the primary school, in order', () => {
    const map = loadSample('primary');
    expect(texts(map, 'en')).toEqual([
      'Only CLB Gent connects you to Huis van het Kind Gent',
      'Only Leerkrachten 3de graad connects you to Technologiebedrijf uit de buurt',
      'Only Zorgteam connects you to Logopediepraktijk De Babbeltoren',
      'Wijkcomité Brugse Poort is on the map but has no tie yet',
      'No partner from “International” on the map',
      'Contact with Nascholingscentrum leesdidactiek is once a year or less',
      'Contact with Natuurpunt Gent – educatie is once a year or less',
      'Contact with Technologiebedrijf uit de buurt is once a year or less',
      'Few ties with “Welfare, community, culture” from the “Growth dimension”: 1 of 9 (11 %)',
      'Brede School Brugse Poort is a core actor: #3 in number of ties (3), #7 as a link between others, #5 in short paths to everyone',
      'CLB Gent is a core actor: #3 in number of ties (3), #3 as a link between others, #4 in short paths to everyone',
      'Leerkrachten 3de graad is a core actor: #1 in number of ties (4), #1 as a link between others, #1 in short paths to everyone',
      'Ondersteuningsnetwerk – ondersteuner is a core actor: #3 in number of ties (3), #5 as a link between others, #1 in short paths to everyone',
      'Zorgteam is a core actor: #1 in number of ties (4), #2 as a link between others, #1 in short paths to everyone',
    ]);
    const [first, , , , gap] = insightsOf(map);
    expect(first).toEqual({
      id: 'only-through:a-clb',
      kind: 'dependency',
      severity: 'warning',
      actors: ['a-clb', 'a-family-centre'],
      message: {
        key: 'insight.onlyThrough.one',
        params: {
          via: 'CLB Gent',
          viaId: 'a-clb',
          actor: 'Huis van het Kind Gent',
          actorId: 'a-family-centre',
          others: 0,
        },
      },
    });
    expect(gap).toEqual({
      id: 'gap-type:international',
      kind: 'gap-type',
      severity: 'attention',
      actors: [],
      message: { key: 'insight.gapType', params: { group: 'international' } },
    });
  });

  it('says the same in Dutch', () => {
    const nl = texts(loadSample('primary'), 'nl');
    expect(nl.slice(0, 5)).toEqual([
      'Alleen CLB Gent verbindt jullie met Huis van het Kind Gent',
      'Alleen Leerkrachten 3de graad verbindt jullie met Technologiebedrijf uit de buurt',
      'Alleen Zorgteam verbindt jullie met Logopediepraktijk De Babbeltoren',
      'Wijkcomité Brugse Poort staat op de kaart, maar heeft nog geen band',
      'Geen partner uit “Internationaal” op de kaart',
    ]);
    expect(nl).toContain('Met Natuurpunt Gent – educatie is er hooguit één keer per jaar contact');
    expect(nl).toContain(
      'Weinig banden met “Welzijn, samenleving, cultuur” uit de “Groeidimensie”: 1 van de 9 (11 %)',
    );
  });

  it('finds the designed insights of the secondary school', () => {
    const map = loadSample('secondary');
    expect(insightsOf(map).map((i) => i.id)).toEqual([
      'only-through:a-clb',
      'only-through:a-care-cell',
      'only-through:a-stem',
      'only-through:a-intl',
      'isolate:a-publisher',
      'gap-type:families',
      'yearly-only:a-mentors',
      'yearly-only:a-training',
      'yearly-only:a-inspection',
      'gap-dimension:growth:welfare-culture',
      'gap-dimension:relation:international',
      'core:a-care-cell',
      'core:a-clb',
      'core:a-city',
      'core:a-stem',
      'core:a-intl',
    ]);
    const en = texts(map, 'en');
    expect(en[0]).toBe('Only CLB Kortrijk connects you to CAW Zuid-West-Vlaanderen – JAC');
    expect(en[4]).toBe('Educatieve uitgeverij (wiskundemethode) is on the map but has no tie yet');
    expect(en[5]).toBe('No partner from “Families” on the map');
    expect(texts(map, 'nl')[5]).toBe('Geen partner uit “Ouders en families” op de kaart');
  });

  it.each(['primary', 'secondary'] as const)(
    'gives the %s sample the same insights whatever the order of actors and ties',
    (name) => {
      const map = loadSample(name);
      const ids = insightsOf(map).map((i) => i.id);
      for (const seed of [3, 11, 2026])
        expect(insightsOf(reordered(map, seed)).map((i) => i.id)).toEqual(ids);
    },
  );
});

describe('insightsFor on small maps', () => {
  it('names one or more other partners behind one actor', () => {
    const actors: ActorSpec[] = [['c', 'clb'], ['h'], ['w'], ['k']];
    const two = buildMap(actors.slice(0, 3), [
      ['s', 'c'],
      ['c', 'w'],
      ['c', 'h'],
    ]);
    expect(texts(two, 'en')[0]).toBe('Only C connects you to H and 1 other partner');
    const three = buildMap(actors, [
      ['s', 'c'],
      ['c', 'w'],
      ['c', 'h'],
      ['k', 'c'],
    ]);
    expect(texts(three, 'en')[0]).toBe('Only C connects you to H and 2 other partners');
    expect(texts(three, 'nl')[0]).toBe('Alleen C verbindt jullie met H en 2 andere partners');
    expect(insightsOf(three)[0]!.actors).toEqual(['c', 'h', 'k', 'w']);
  });

  it('warns when one internal actor carries the school’s ties with partners', () => {
    const map = buildMap(
      [['t', 'teacher', 'internal'], ['p1'], ['p2'], ['p3'], ['p4']],
      [
        ['s', 'p1'],
        ['t', 'p2'],
        ['t', 'p3'],
        ['t', 'p4'],
        ['s', 't'],
      ],
    );
    const [onePerson] = insightsOf(map).filter((i) => i.kind === 'one-person');
    expect(onePerson).toMatchObject({
      id: 'one-person:t',
      severity: 'warning',
      actors: ['t', 'p2', 'p3', 'p4'],
      ties: ['t2', 't3', 't4'],
    });
    expect(formatInsight(onePerson!, map.codebook, 'en')).toBe(
      '75 % of your ties with partners run through one person or team: T (3 of 4)',
    );
    expect(formatInsight(onePerson!, map.codebook, 'nl')).toBe(
      '75 % van jullie banden met partners loopt via één persoon of team: T (3 van de 4)',
    );
  });

  it('reports islands, isolates (one by one, or together beyond 3) and missing data', () => {
    const islands = buildMap(
      [
        ['a', 'clb'],
        ['y', null],
        ['z', 'cultural-org'],
        ['x', 'publisher'],
      ],
      [
        ['s', 'a', { motives: ['care-and-guidance'], frequency: 'weekly' }],
        ['y', 'z', { frequency: 'monthly' }],
      ],
    );
    expect(texts(islands, 'en').filter((t) => !t.startsWith('No partner'))).toEqual([
      'Y and Z are tied to each other, but not to your school',
      'X is on the map but has no tie yet',
      'None of your ties has a motive from the “Relationship dimension”',
      'None of your ties has a motive from the “Growth dimension”',
      // Nobody lies between two others, so betweenness is no reason here.
      'A is a core actor: #1 in number of ties (1), #1 in short paths to everyone',
      'Y is a core actor: #1 in number of ties (1), #1 in short paths to everyone',
      'One tie has no motive yet',
      'One partner has no type yet',
    ]);
    const many = buildMap(
      ['e', 'd', 'c', 'b', 'a', 'f'].map((id): ActorSpec => [id, 'business']),
      [['s', 'f']],
    );
    const [isolates] = insightsOf(many).filter((i) => i.kind === 'isolate');
    expect(isolates).toMatchObject({ id: 'isolates', actors: ['a', 'b', 'c', 'd', 'e'] });
    expect(formatInsight(isolates!, many.codebook, 'en')).toBe(
      '5 actors are on the map without any tie yet: A, B, C, D, E',
    );
    expect(texts(many, 'en')).toContain('One tie has no contact frequency yet');
    expect(texts(many, 'nl')).toContain('Eén band heeft nog geen beweegreden');
  });

  it('orders by severity, then kind, then the first actor’s label', () => {
    for (const map of [loadSample('primary'), loadSample('secondary')]) {
      const list = insightsOf(map);
      const keys = list.map((i) => [
        INSIGHT_SEVERITIES.indexOf(i.severity),
        INSIGHT_KINDS.indexOf(i.kind),
      ]);
      const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
      expect(keys).toEqual(sorted);
    }
  });

  it('translates codebook ids in parameters with the map’s own codebook', () => {
    const map = loadSample('primary');
    const params = { group: 'higher-education', dimension: 'growth', actor: 'X', other: 'no-id' };
    expect(localizeParams(params, map.codebook, 'nl')).toEqual({
      group: 'Hoger onderwijs',
      dimension: 'Groeidimensie',
      actor: 'X',
      other: 'no-id',
    });
    expect(localizeParams({ group: 'made-up' }, map.codebook, 'en')).toEqual({ group: 'made-up' });
  });
});

describe('messages', () => {
  const filled = (insight: Insight, map: PartnerMapDoc) => {
    for (const locale of ['en', 'nl'] as const) {
      const text = formatInsight(insight, map.codebook, locale);
      expect(text, `${insight.id} (${locale})`).not.toMatch(/[{}]/);
      expect(text.trim()).not.toBe('');
    }
  };

  it('fill every placeholder of every insight in both languages', () => {
    const maps = [
      loadSample('primary'),
      loadSample('secondary'),
      buildMap(
        [['a'], ['b'], ['c'], ['d'], ['e'], ['f', 'clb'], ['g', 'clb']],
        [
          ['f', 'g', { motives: ['policy-requirements'] }],
          ['s', 'g'],
        ],
      ),
    ];
    for (const map of maps) for (const insight of insightsOf(map)) filled(insight, map);
  });

  it('give every metric a short name and a one-line explanation in en and nl', () => {
    for (const id of METRIC_IDS) {
      const { name, explain } = metricMessages(id);
      for (const locale of ['en', 'nl'] as const) {
        expect(CATALOG[locale][name].length, `${name} ${locale}`).toBeGreaterThan(2);
        expect(CATALOG[locale][explain].length, `${explain} ${locale}`).toBeGreaterThan(30);
        expect(CATALOG[locale][explain], explain).not.toContain('\n');
      }
    }
    expect(CATALOG.en['metric.betweenness.explain']).toBe(
      'Betweenness: how often this actor lies on the shortest way between two others — a broker or bridge; if it falls away, others lose their link.',
    );
  });
});
