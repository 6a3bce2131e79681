import { describe, expect, it } from 'vitest';
import { parseMap } from '../../src/model';
import { smallMap } from './fixtures';

/** A deep, writable copy to break on purpose. */
const broken = (): Record<string, unknown> & {
  actors: Record<string, unknown>[];
  ties: Record<string, unknown>[];
} => JSON.parse(JSON.stringify(smallMap()));

const errorOf = (raw: unknown): string => {
  const result = parseMap(raw);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.error;
};

describe('parseMap', () => {
  it('accepts a valid map and returns an equal document', () => {
    const map = smallMap();
    const result = parseMap(JSON.parse(JSON.stringify(map)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.map).toEqual(map);
  });

  it('rejects non-objects and a missing or future schema version', () => {
    expect(errorOf(null)).toMatch(/not a JSON object/);
    expect(errorOf([])).toMatch(/not a JSON object/);
    expect(errorOf({ ...broken(), schemaVersion: undefined })).toMatch(/^schemaVersion/);
    expect(errorOf({ ...broken(), schemaVersion: 99 })).toMatch(/newer PartnerMap/);
  });

  it('names the field of a structural error', () => {
    const doc = broken();
    doc.actors[1]!.label = 42;
    expect(errorOf(doc)).toContain('actors[1].label');
    const doc2 = broken();
    doc2.ties[0]!.directed = 'yes';
    expect(errorOf(doc2)).toContain('ties[0].directed');
  });

  it('rejects a tie to an unknown actor, a self-loop and a second tie for a pair', () => {
    const unknown = broken();
    unknown.ties[0]!.target = 'a-ghost';
    expect(errorOf(unknown)).toContain('ties[0].target: unknown actor "a-ghost"');

    const loop = broken();
    loop.ties[0]!.target = loop.ties[0]!.source;
    expect(errorOf(loop)).toMatch(/ties\[0\]: a tie cannot connect "a-school" to itself/);

    const twice = broken();
    twice.ties.push({ ...twice.ties[0]!, id: 't-3', source: 'a-clb', target: 'a-school' });
    expect(errorOf(twice)).toMatch(/ties\[2\]: a second tie between/);
  });

  it('rejects values that are not in the map codebook', () => {
    const doc = broken();
    doc.ties[0]!.motives = ['care-and-guidance', 'world-peace'];
    doc.ties[1]!.frequency = 'hourly';
    doc.actors[1]!.type = 'spaceship';
    const error = errorOf(doc);
    expect(error).toContain('ties[0].motives[1]: unknown motive "world-peace"');
    expect(error).toContain('ties[1].frequency: unknown frequency "hourly"');
    expect(error).toContain('actors[1].type: unknown actor type "spaceship"');
  });

  it('rejects duplicate ids, two egos, and a repeated motive', () => {
    const doc = broken();
    doc.actors[2]!.id = 'a-clb';
    expect(errorOf(doc)).toContain('actors[2].id: duplicate actor id "a-clb"');
    const egos = broken();
    egos.actors[1]!.kind = 'ego';
    egos.actors[1]!.type = null;
    expect(errorOf(egos)).toMatch(/2 actors of kind "ego"/);
    const repeated = broken();
    repeated.ties[0]!.motives = ['care-and-guidance', 'care-and-guidance'];
    expect(errorOf(repeated)).toContain('listed twice');
  });

  it('checks tie attributes against their codebook definition', () => {
    const doc = broken();
    doc.ties[0]!.attributes = {
      setting: ['face-to-face', 'online'],
      formality: ['formal', 'informal'],
    };
    expect(errorOf(doc)).toContain('ties[0].attributes.formality: takes one value, has 2');
    const unknown = broken();
    unknown.ties[0]!.attributes = { colour: ['blue'] };
    expect(errorOf(unknown)).toContain('unknown attribute "colour"');
  });

  it('rejects non-finite positions and positions of unknown actors', () => {
    const doc = broken();
    doc.positions = { 'a-school': { x: 0, y: Number.NaN } };
    expect(errorOf(doc)).toContain('positions.a-school.y');
    const stale = broken();
    stale.positions = { 'a-gone': { x: 1, y: 1 } };
    expect(errorOf(stale)).toContain('positions.a-gone: unknown actor');
  });
});
