import { describe, expect, it } from 'vitest';
import { exportCsvFiles, exportMap, importCsv } from '../../../src/io';
import { embedMapInPng } from '../../../src/io/image';
import { planImport, withRole, type NamedBytes } from '../../../src/ui/import/plan';
import { loadSampleMap } from '../../fixtures/samples';

const options = {};
const text = (name: string, content: string): NamedBytes => ({
  name,
  bytes: new TextEncoder().encode(content),
});
// The smallest valid PNG: signature, a 1×1 grey IHDR, an IDAT and IEND (from a real encoder).
const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

describe('planImport', () => {
  const map = loadSampleMap('primary-school');

  it('imports a PartnerMap file at once, giving back the same map', () => {
    const file = exportMap(map, 'native');
    const plan = planImport([{ name: file.name, bytes: file.bytes }], options);
    expect(plan.step).toBe('result');
    if (plan.step !== 'result' || !plan.result.ok) throw new Error('expected a map');
    expect(plan.result.map).toEqual(map);
  });

  it('sends two CSV files to the mapping step as actors and ties, whatever their order', () => {
    const [actors, ties] = exportCsvFiles(map, { delimiter: ';' });
    const plan = planImport(
      [ties, actors].map((f) => ({ name: f.name, bytes: f.bytes })),
      options,
    );
    if (plan.step !== 'csv') throw new Error(`expected the CSV step, got ${plan.step}`);
    expect(plan.drafts.map((d) => d.role)).toEqual(['ties', 'actors']);
    expect(plan.drafts[0]!.table.delimiter).toBe(';');
    const sheet = (role: 'actors' | 'ties') => {
      const draft = plan.drafts.find((d) => d.role === role)!;
      return { table: draft.table, mapping: draft.mapping };
    };
    const result = importCsv({ actors: sheet('actors'), ties: sheet('ties') });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.map.actors.map((a) => a.label)).toEqual(map.actors.map((a) => a.label));
    expect(result.map.ties).toHaveLength(map.ties.length);
  });

  it('guesses the columns again when the user changes what a file holds', () => {
    const [, ties] = exportCsvFiles(map);
    const plan = planImport([{ name: 'edges.csv', bytes: ties.bytes }], options);
    if (plan.step !== 'csv') throw new Error('expected the CSV step');
    const draft = plan.drafts[0]!;
    expect(draft.mapping).toContain('source');
    const asActors = withRole(draft, 'actors', options);
    expect(asActors.role).toBe('actors');
    expect(asActors.mapping).not.toContain('source');
  });

  it('reopens a PNG that embeds a map, and says so when a PNG holds none', () => {
    const envelope = new TextDecoder().decode(exportMap(map, 'native').bytes);
    const png = embedMapInPng(TINY_PNG, envelope);
    const plan = planImport([{ name: 'map.png', bytes: png }], options);
    if (plan.step !== 'result' || !plan.result.ok) throw new Error('expected a map');
    expect(plan.result.map).toEqual(map);

    expect(planImport([{ name: 'photo.png', bytes: TINY_PNG }], options)).toEqual({
      step: 'problem',
      problem: { kind: 'png-without-map' },
    });
  });

  it('takes one file at a time, or two CSV files', () => {
    const json = text('a.json', '{}');
    expect(planImport([json, json], options)).toEqual({
      step: 'problem',
      problem: { kind: 'one-file', count: 2 },
    });
    expect(planImport([], options)).toMatchObject({ problem: { count: 0 } });
    const csv = text('a.csv', 'source,target\na,b\n');
    expect(planImport([csv, csv, csv], options)).toMatchObject({ problem: { count: 3 } });
  });

  it('ends a hostile file in an error, never a throw', () => {
    const bomb = text(
      'bomb.graphml',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><graphml>&lol;</graphml>',
    );
    const plan = planImport([bomb], options);
    if (plan.step !== 'result' || plan.result.ok) throw new Error('expected an error');
    expect(plan.result.error.code).toBe('refused-declaration');

    expect(planImport([text('broken.csv', 'source,target\n"a,b\n')], options)).toEqual({
      step: 'error',
      error: { code: 'malformed-csv', params: { line: 2, detail: 'a quoted field is not closed' } },
    });
  });
});
