import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../src/codebook';
import {
  FREQUENCY_WIDTHS,
  NO_FREQUENCY_WIDTH,
  isInformal,
  makeEncoding,
  tieWidth,
} from '../../src/canvas/encoding';
import {
  DIMENSION_COLOURS,
  EGO_LOOK,
  INTERNAL_LOOK,
  NO_MOTIVE_COLOUR,
  NOT_SET_LOOK,
  POSITION_LOOKS,
  TYPE_GROUP_LOOKS,
} from '../../src/canvas/palette';
import { asActorId, makeActor, makeTie } from '../../src/model';

const A = asActorId('a');
const B = asActorId('b');
const external = (type: string | null, position: string | null = null) =>
  makeActor({ label: 'x', type, position });

describe('actor encoding', () => {
  it('by type group: each of the 9 groups has its own colour and its own shape', () => {
    const enc = makeEncoding(DEFAULT_CODEBOOK, 'type-group', 'en');
    const groups = enc.categories.filter((c) => c.term);
    expect(groups.map((c) => c.term!.id)).toEqual(
      DEFAULT_CODEBOOK.actorTypeGroups.map((g) => g.id),
    );
    expect(new Set(groups.map((c) => c.look.colour)).size).toBe(9);
    expect(new Set(groups.map((c) => c.look.shape)).size).toBe(9);
    // Neither the school's nor the internal look nor "not set" is reused by a group.
    for (const special of [EGO_LOOK, INTERNAL_LOOK, NOT_SET_LOOK]) {
      expect(groups.map((c) => c.look.colour)).not.toContain(special.colour);
    }
    expect(groups.map((c) => c.look.shape)).not.toContain(EGO_LOOK.shape);
  });

  it('by type group: an actor takes the look of its type group', () => {
    const enc = makeEncoding(DEFAULT_CODEBOOK, 'type-group', 'en');
    const clb = enc.categoryFor(external('clb', 'core'));
    expect(clb.key).toBe('category:education-support');
    expect(clb.look).toEqual(TYPE_GROUP_LOOKS['education-support']);
    expect(enc.categoryFor(external('university')).look).toEqual(
      TYPE_GROUP_LOOKS['higher-education'],
    );
    expect(enc.categoryFor(external(null, 'core')).key).toBe('not-set');
    expect(enc.categoryFor(external(null)).look).toEqual(NOT_SET_LOOK);
  });

  it('by position: an actor takes the look of its position cluster', () => {
    const enc = makeEncoding(DEFAULT_CODEBOOK, 'position', 'en');
    const positions = enc.categories.filter((c) => c.term);
    expect(positions.map((c) => c.term!.id)).toEqual(['core', 'context', 'anchoring', 'framing']);
    expect(new Set(positions.map((c) => c.look.shape)).size).toBe(4);
    expect(new Set(positions.map((c) => c.look.colour)).size).toBe(4);
    expect(enc.categoryFor(external('clb', 'core')).look).toEqual(POSITION_LOOKS['core']);
    expect(enc.categoryFor(external('clb', null)).key).toBe('not-set');
  });

  it('the school and internal actors keep their own look in both modes', () => {
    for (const mode of ['type-group', 'position'] as const) {
      const enc = makeEncoding(DEFAULT_CODEBOOK, mode, 'en');
      const ego = makeActor({ label: 'School', kind: 'ego', position: 'core' });
      const team = makeActor({ label: 'Team', kind: 'internal', type: 'team', position: 'core' });
      expect(enc.categoryFor(ego)).toMatchObject({ key: 'ego', look: EGO_LOOK });
      expect(enc.categoryFor(team)).toMatchObject({ key: 'internal', look: INTERNAL_LOOK });
    }
  });

  it('categories a map adds to its codebook still get a distinct look', () => {
    const codebook = {
      ...DEFAULT_CODEBOOK,
      actorTypeGroups: [
        ...DEFAULT_CODEBOOK.actorTypeGroups,
        { id: 'sports', label: { en: 'Sports', nl: 'Sport' } },
        { id: 'media', label: { en: 'Media', nl: 'Media' } },
      ],
    };
    const looks = makeEncoding(codebook, 'type-group', 'en')
      .categories.filter((c) => c.term)
      .map((c) => `${c.look.colour}/${c.look.shape}`);
    expect(new Set(looks).size).toBe(11);
  });
});

describe('tie encoding', () => {
  const enc = makeEncoding(DEFAULT_CODEBOOK, 'type-group', 'en');

  it('a tie without motives is grey with no marker', () => {
    const style = enc.tieStyleFor(makeTie(A, B));
    expect(style).toMatchObject({ key: 'none', colours: [NO_MOTIVE_COLOUR], marker: '' });
  });

  it('a one-dimension tie has the dimension colour and its letter', () => {
    const style = enc.tieStyleFor(
      makeTie(A, B, { motives: ['care-and-guidance', 'policy-requirements'] }),
    );
    expect(style).toMatchObject({ key: 'task', colours: [DIMENSION_COLOURS['task']], marker: 'T' });
    expect(enc.tieStyleFor(makeTie(A, B, { motives: ['fallback-network'] })).marker).toBe('R');
    expect(enc.tieStyleFor(makeTie(A, B, { motives: ['quality-development'] })).marker).toBe('G');
  });

  it('a multi-dimension tie shows every dimension: hard colour bands and all letters', () => {
    const style = enc.tieStyleFor(
      makeTie(A, B, { motives: ['quality-development', 'exchange-design-materials'] }),
    );
    expect(style.key).toBe('task+growth'); // codebook order, whatever the motive order
    expect(style.colours).toEqual([DIMENSION_COLOURS['task'], DIMENSION_COLOURS['growth']]);
    expect(style.marker).toBe('T·G');
    const colours = style.stopColours.split(' ');
    const positions = style.stopPositions.split(' ').map((p) => Number.parseFloat(p));
    expect(colours).toHaveLength(12); // 2 dimensions × 3 repeats × 2 stops per band
    expect(positions).toHaveLength(colours.length);
    expect(positions[0]).toBe(0);
    expect(positions.at(-1)).toBe(100);
    for (let i = 1; i < positions.length; i++)
      expect(positions[i]).toBeGreaterThanOrEqual(positions[i - 1]!);
    // Hard edges: each band starts where the previous one ends, with the other colour.
    for (let i = 1; i + 1 < positions.length; i += 2) {
      expect(positions[i]).toBe(positions[i + 1]);
      expect(colours[i]).not.toBe(colours[i + 1]);
    }
    const all = enc.tieStyleFor(
      makeTie(A, B, {
        motives: ['raise-pupil-achievement', 'fallback-network', 'policy-requirements'],
      }),
    );
    expect(all.marker).toBe('T·R·G');
    expect(new Set(all.stopColours.split(' '))).toEqual(new Set(Object.values(DIMENSION_COLOURS)));
  });

  it('the letters follow the language', () => {
    const nl = makeEncoding(DEFAULT_CODEBOOK, 'type-group', 'nl');
    expect(nl.dimensions.map((d) => d.marker)).toEqual(['T', 'R', 'G']); // Taak, Relatie, Groei
  });

  it('width grows with the frequency level; no frequency is thinnest', () => {
    expect(tieWidth(null)).toBe(NO_FREQUENCY_WIDTH);
    const widths = [1, 2, 3, 4, 5].map(tieWidth);
    expect(widths).toEqual(FREQUENCY_WIDTHS);
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1]!);
    expect(widths[0]).toBeGreaterThan(NO_FREQUENCY_WIDTH);
  });

  it('informal means formality = informal', () => {
    expect(isInformal(makeTie(A, B, { attributes: { formality: ['informal'] } }))).toBe(true);
    expect(isInformal(makeTie(A, B, { attributes: { formality: ['formal'] } }))).toBe(false);
    expect(isInformal(makeTie(A, B))).toBe(false);
  });
});
