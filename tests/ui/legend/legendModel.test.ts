import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/codebook';
import { buildElements } from '../../../src/canvas/elements';
import { makeEncoding } from '../../../src/canvas/encoding';
import type { PartnerMapDoc } from '../../../src/model';
import { NO_FILTERS, type ColourBy } from '../../../src/store';
import { makeI18n } from '../../../src/ui/i18nContext';
import { filterCounts, legendFor } from '../../../src/ui/legend/legendModel';
import { encodingMap, sampleMap } from '../../canvas/encodingFixtures';
import { smallMap } from '../../model/fixtures';

const MAPS: [string, () => PartnerMapDoc][] = [
  ['small map', smallMap],
  ['map with every special case', encodingMap],
  ['primary sample', () => sampleMap('primary-school')],
  ['secondary sample', () => sampleMap('secondary-school')],
];

function legendAndElements(map: PartnerMapDoc, colourBy: ColourBy, locale: Locale = 'en') {
  const legend = legendFor(
    map,
    makeEncoding(map.codebook, colourBy, locale),
    locale,
    makeI18n(locale).t,
  );
  const elements = buildElements(map, locale, { colourBy, filters: NO_FILTERS });
  return {
    legend,
    nodes: elements.filter((e) => e.group === 'nodes').map((e) => e.data),
    edges: elements.filter((e) => e.group === 'edges').map((e) => e.data),
  };
}

describe('the legend lists exactly what buildElements draws', () => {
  for (const [name, make] of MAPS) {
    for (const colourBy of ['type-group', 'position'] as const) {
      it(`${name}, colour by ${colourBy}`, () => {
        const { legend, nodes, edges } = legendAndElements(make(), colourBy);

        // Actors: one entry per drawn category, with the very colour and shape drawn.
        const drawnActors = new Map<string, string>();
        for (const n of nodes)
          drawnActors.set(String(n['category']), `${n['colour']}/${n['shape']}`);
        expect(
          new Map(legend.actors.map((e) => [e.key, `${e.look.colour}/${e.look.shape}`])),
        ).toEqual(drawnActors);
        expect(legend.actors.reduce((sum, e) => sum + e.count, 0)).toBe(nodes.length);

        // Ties: one entry per drawn dimension combination, same colours (in band order) and letters.
        const drawnTies = new Map<string, string>();
        for (const e of edges) {
          const colours = e['multi']
            ? [...new Set(String(e['stopColours']).split(' '))]
            : [e['colour']];
          drawnTies.set(String(e['dimensions']), `${colours.join(',')}|${e['marker']}`);
        }
        expect(
          new Map(legend.ties.map((e) => [e.key, `${e.colours.join(',')}|${e.marker}`])),
        ).toEqual(drawnTies);
        expect(legend.ties.reduce((sum, e) => sum + e.count, 0)).toBe(edges.length);

        // Widths, dashes and arrows.
        const drawnWidths = new Map<number | null, number>();
        for (const e of edges)
          drawnWidths.set(e['level'] === 0 ? null : Number(e['level']), Number(e['width']));
        expect(new Map(legend.widths.map((w) => [w.level, w.width]))).toEqual(drawnWidths);
        expect(legend.informalCount).toBe(edges.filter((e) => e['informal']).length);
        expect(legend.directedCount).toBe(edges.filter((e) => e['directed'] === 1).length);
      });
    }
  }
});

describe('legend labels', () => {
  it('names categories from the codebook and the special cases from the messages, in both languages', () => {
    const en = legendAndElements(encodingMap(), 'type-group', 'en').legend;
    expect(en.actorsTitle).toBe('Actors by type group');
    expect(en.actors.map((e) => e.label)).toEqual([
      'The school',
      'Inside the school (staff, teams)',
      'Education support',
      'Higher education',
      'Government',
      'No type yet',
    ]);
    expect(en.ties.map((e) => e.label)).toEqual([
      'Task dimension',
      'Task + Relationship + Growth',
      'No motive yet',
    ]);
    expect(en.widths.map((w) => w.label)).toEqual([
      'Once a year or less',
      'Monthly',
      'Weekly or more',
      'No frequency yet',
    ]);
    const nl = legendAndElements(encodingMap(), 'position', 'nl').legend;
    expect(nl.actorsTitle).toBe('Actoren per positie');
    expect(nl.actors.map((e) => e.label)).toContain('Kernactor');
    expect(nl.actors.map((e) => e.label)).toContain('Nog geen positie');
    expect(nl.ties.at(-1)!.label).toBe('Nog geen beweegreden');
  });

  it('counts what each filter value matches', () => {
    const map = encodingMap();
    const counts = filterCounts(map, makeEncoding(map.codebook, 'type-group', 'en'));
    expect(counts.dimensions.get('task')).toBe(3); // t-1, t-2, t-multi
    expect(counts.dimensions.get('relation')).toBe(1);
    expect(counts.motives.get('care-and-guidance')).toBe(1);
    expect(counts.frequencies.get('weekly')).toBe(1);
    expect(counts.typeGroups.get('education-support')).toBe(1);
    expect(counts.typeGroups.get('government')).toBe(1);
  });
});
