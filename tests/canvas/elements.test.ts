import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/canvas/elements';
import { tieWidth } from '../../src/canvas/encoding';
import { DIMENSION_COLOURS, POSITION_LOOKS, TYPE_GROUP_LOOKS } from '../../src/canvas/palette';
import { NO_FILTERS, type ColourBy, type Filters } from '../../src/store';
import { CLB, SCHOOL, UNI } from '../model/fixtures';
import { bigMap, encodingMap, GOV, NEW, TEAM } from './encodingFixtures';

const build = (colourBy: ColourBy = 'type-group', filters: Partial<Filters> = {}) => {
  const elements = buildElements(encodingMap(), 'en', {
    colourBy,
    filters: { ...NO_FILTERS, ...filters },
  });
  const byId = new Map<string, ElementDefinition['data']>(
    elements.map((e) => [String(e.data.id), e.data]),
  );
  return (id: string) => byId.get(id)!;
};

/** Ids of the elements a filter fades. */
const fadedIds = (filters: Partial<Filters>) =>
  buildElements(encodingMap(), 'en', {
    colourBy: 'type-group',
    filters: { ...NO_FILTERS, ...filters },
  })
    .filter((e) => e.data['faded'] === true)
    .map((e) => String(e.data.id))
    .sort();

describe('buildElements: encoding', () => {
  it('colours and shapes actors by type group, or by position', () => {
    const byType = build('type-group');
    expect(byType(CLB)).toMatchObject({
      category: 'category:education-support',
      colour: TYPE_GROUP_LOOKS['education-support']!.colour,
      shape: TYPE_GROUP_LOOKS['education-support']!.shape,
    });
    expect(byType(GOV)).toMatchObject({ shape: TYPE_GROUP_LOOKS['government']!.shape });
    expect(byType(NEW)).toMatchObject({ category: 'not-set' });
    const byPosition = build('position');
    expect(byPosition(CLB)).toMatchObject({
      category: 'category:core',
      colour: POSITION_LOOKS['core']!.colour,
      shape: POSITION_LOOKS['core']!.shape,
    });
    expect(byPosition(GOV)).toMatchObject({ category: 'category:anchoring' });
    expect(byPosition(UNI)).toMatchObject({ category: 'not-set' }); // no position discussed yet
    for (const get of [byType, byPosition]) {
      expect(get(SCHOOL)).toMatchObject({ category: 'ego', kind: 'ego' });
      expect(get(TEAM)).toMatchObject({ category: 'internal', kind: 'internal' });
    }
  });

  it('ties: dimension colour, bands and letters for several dimensions, width, dashes, arrow', () => {
    const get = build();
    expect(get('t-1')).toMatchObject({
      dimensions: 'task',
      colour: DIMENSION_COLOURS['task'],
      multi: false,
      marker: 'T',
      width: tieWidth(4), // monthly
      informal: false,
      directed: 0,
    });
    const multi = get('t-multi');
    expect(multi).toMatchObject({
      dimensions: 'task+relation+growth',
      multi: true,
      marker: 'T·R·G',
      width: tieWidth(1), // yearly
      informal: true,
      directed: 1,
      arrowColour: DIMENSION_COLOURS['growth'],
    });
    expect(String(multi['stopColours']).split(' ')).toHaveLength(18);
    expect(get('t-bare')).toMatchObject({ dimensions: 'none', marker: '', width: tieWidth(null) });
  });

  it('without filters nothing fades', () => {
    expect(fadedIds({})).toEqual([]);
  });
});

describe('buildElements: filters fade, never hide', () => {
  it('a dimension filter fades the other ties and the actors left without a matching tie', () => {
    const elements = buildElements(encodingMap(), 'en', {
      colourBy: 'type-group',
      filters: { ...NO_FILTERS, dimensions: ['relation'] },
    });
    expect(elements).toHaveLength(6 + 5); // everything is still there
    // Only t-multi has a relation motive: GOV and the school stay bright.
    expect(fadedIds({ dimensions: ['relation'] })).toEqual(
      ['t-1', 't-2', 't-bare', 't-team-new', CLB, UNI, TEAM, NEW].sort(),
    );
  });

  it('the school never fades, even when none of its ties match', () => {
    expect(fadedIds({ motives: ['teacher-as-researcher'] })).toEqual(
      ['t-1', 't-multi', 't-bare', 't-team-new', GOV, TEAM, NEW].sort(),
    );
    expect(fadedIds({ typeGroups: ['higher-education'] })).not.toContain(SCHOOL);
  });

  it('a frequency filter keeps ties of the chosen frequencies', () => {
    expect(fadedIds({ frequencies: ['weekly', 'monthly'] })).toEqual(
      ['t-2', 't-multi', 't-bare', UNI, GOV].sort(),
    );
  });

  it('a type-group filter fades actors of other groups and ties that touch none of its actors', () => {
    expect(fadedIds({ typeGroups: ['education-support'] })).toEqual(
      ['t-multi', 't-bare', 't-team-new', UNI, GOV, TEAM, NEW].sort(),
    );
  });

  it('values within a facet are alternatives; facets combine', () => {
    expect(fadedIds({ dimensions: ['relation', 'growth'] })).toEqual(
      fadedIds({ dimensions: ['relation'] }),
    );
    expect(fadedIds({ dimensions: ['task'], frequencies: ['yearly'] })).toEqual(
      ['t-1', 't-2', 't-bare', 't-team-new', CLB, UNI, TEAM, NEW].sort(),
    );
    expect(fadedIds({ dimensions: ['task'], typeGroups: ['government'] })).toEqual(
      ['t-1', 't-2', 't-bare', 't-team-new', CLB, UNI, TEAM, NEW].sort(),
    );
  });
});

describe('buildElements: a large map', () => {
  // Timing lives in `npm run bench`, never in a unit test (these machines are noisy).
  it('builds every element of a 300-actor, 900-tie map with filters', () => {
    const map = bigMap(300, 900);
    const options = {
      colourBy: 'type-group' as const,
      filters: { ...NO_FILTERS, dimensions: ['growth'], typeGroups: ['schools', 'business'] },
    };
    expect(buildElements(map, 'en', options)).toHaveLength(1200);
  });
});

describe('buildElements: selection', () => {
  const selectedIds = (selection: Parameters<typeof buildElements>[2]['selection']) =>
    buildElements(encodingMap(), 'en', { colourBy: 'type-group', filters: NO_FILTERS, selection })
      .filter((e) => e.data['selected'] === true)
      .map((e) => String(e.data.id));

  it('marks the selected actor or tie, and nothing else', () => {
    const tie = encodingMap().ties[0]!;
    expect(selectedIds({ kind: 'actor', id: CLB })).toEqual([CLB]);
    expect(selectedIds({ kind: 'tie', id: tie.id })).toEqual([tie.id]);
    expect(selectedIds(null)).toEqual([]);
    expect(selectedIds(undefined)).toEqual([]);
  });
});
