// Export then import, for every data format and both sample maps: the PartnerMap file gives
// the same map; GraphML carries everything; GEXF and CSV carry every actor and tie field,
// every position and the title (CSV: not the title), field by field.
import { describe, expect, it } from 'vitest';
import {
  exportCsvFiles,
  exportMap,
  guessCsvMapping,
  importCsv,
  importFile,
  readCsvTable,
  type ImportResult,
} from '../../src/io';
import type { PartnerMapDoc } from '../../src/model';
import { loadSampleMap, type SampleName } from '../fixtures/samples';

const SAMPLES: readonly SampleName[] = ['primary-school', 'secondary-school'];

function imported(result: ImportResult): PartnerMapDoc {
  if (!result.ok) throw new Error(`${result.error.code}: ${JSON.stringify(result.error.params)}`);
  expect(result.report.entries).toEqual([]);
  return result.map;
}

/** Every field of every actor and tie, and every position, compared one by one. */
function expectSameNetwork(actual: PartnerMapDoc, expected: PartnerMapDoc) {
  expect(actual.actors).toHaveLength(expected.actors.length);
  expected.actors.forEach((actor, i) => {
    const other = actual.actors[i]!;
    for (const field of Object.keys(actor) as (keyof typeof actor)[]) {
      expect({ actor: actor.id, field, value: other[field] }).toEqual({
        actor: actor.id,
        field,
        value: actor[field],
      });
    }
  });
  expect(actual.ties).toHaveLength(expected.ties.length);
  expected.ties.forEach((tie, i) => {
    const other = actual.ties[i]!;
    for (const field of Object.keys(tie) as (keyof typeof tie)[]) {
      expect({ tie: tie.id, field, value: other[field] }).toEqual({
        tie: tie.id,
        field,
        value: tie[field],
      });
    }
  });
  expect(actual.positions).toEqual(expected.positions);
  expect(actual.codebook).toEqual(expected.codebook);
}

describe.each(SAMPLES)('round trip of %s', (name) => {
  const map = loadSampleMap(name);
  const now = '2030-01-01T00:00:00.000Z';

  it('PartnerMap file: the same map, exactly', () => {
    const file = exportMap(map, 'native');
    expect(file.name).toMatch(/\.partnermap\.json$/);
    expect(imported(importFile(file.name, file.bytes))).toEqual(map);
  });

  it('GraphML: the same map, session and codebook included', () => {
    const file = exportMap(map, 'graphml');
    expect(imported(importFile(file.name, file.bytes, { now }))).toEqual(map);
  });

  it.each(['1.2draft', '1.3'] as const)('GEXF %s: every actor and tie field', (version) => {
    const file = exportMap(map, 'gexf', { gexfVersion: version });
    const back = imported(importFile(file.name, file.bytes, { now }));
    expectSameNetwork(back, map);
    expect(back.title).toBe(map.title);
    // GEXF has no graph-level attributes: the session is not carried.
    expect(back.session.participants).toEqual([]);
  });

  it.each([',', ';'] as const)('CSV zip with "%s": every actor and tie field', (delimiter) => {
    const file = exportMap(map, 'csv', { delimiter });
    const back = imported(importFile(file.name, file.bytes, { now }));
    expectSameNetwork(back, map);
    expect(back.title).toBe(file.name.replace(/-csv\.zip$/, ''));
  });

  it('CSV files through the preview and guessed mapping', () => {
    const [actors, ties] = exportCsvFiles(map, { delimiter: ';' });
    const tables = [actors, ties].map((f) => {
      const read = readCsvTable(f.bytes, { name: f.name });
      if (!read.ok) throw new Error(read.error.code);
      expect(read.table.delimiter).toBe(';');
      expect(read.table.encoding).toBe('utf-8');
      return read.table;
    });
    const [actorTable, tieTable] = tables as [(typeof tables)[0], (typeof tables)[0]];
    const actorMapping = guessCsvMapping(actorTable.headers, 'actors', map.codebook);
    const tieMapping = guessCsvMapping(tieTable.headers, 'ties', map.codebook);
    expect(actorMapping).toEqual(actorTable.headers);
    expect(tieMapping).toEqual(tieTable.headers);
    const back = imported(
      importCsv(
        {
          actors: { table: actorTable, mapping: actorMapping },
          ties: { table: tieTable, mapping: tieMapping },
        },
        { now },
      ),
    );
    expectSameNetwork(back, map);
  });
});

describe('round trip of awkward values', () => {
  const base = loadSampleMap('primary-school');
  const [first, second] = base.actors as [PartnerMapDoc['actors'][0], PartnerMapDoc['actors'][0]];
  const tie = base.ties[0]!;
  const map: PartnerMapDoc = {
    ...base,
    title: 'Map <script>alert("x")</script> & "quotes"',
    actors: [
      { ...first, label: '=HYPERLINK("http://evil")', notes: 'line 1\nline 2\r\n\ttabbed' },
      { ...second, label: "'+quoted 😀 \u0007bell", notes: '' },
      ...base.actors.slice(2),
    ],
    ties: [
      { ...tie, quotes: ['a; b', 'back\\slash', '-1'], duration: '@once', notes: '"x", y' },
      ...base.ties.slice(1),
    ],
    positions: { ...base.positions, [first.id]: { x: -12.345, y: 1e-7 } },
  };
  const xmlSafe = (text: string) => text.replace('\u0007', '');

  it.each(['graphml', 'gexf'] as const)('%s keeps them (minus XML-forbidden characters)', (f) => {
    const file = exportMap(map, f);
    const result = importFile(file.name, file.bytes);
    const back = imported(result);
    expect(back.title).toBe(map.title);
    expect(back.actors[0]!.label).toBe(map.actors[0]!.label);
    expect(back.actors[0]!.notes).toBe(map.actors[0]!.notes);
    expect(back.actors[1]!.label).toBe(xmlSafe(map.actors[1]!.label));
    expect(back.ties[0]).toEqual(map.ties[0]);
    expect(back.positions).toEqual(map.positions);
  });

  it.each([',', ';'] as const)('CSV with "%s" keeps them', (delimiter) => {
    const file = exportMap(map, 'csv', { delimiter });
    const back = imported(importFile(file.name, file.bytes));
    expect(back.actors[0]!.label).toBe(map.actors[0]!.label);
    // CSV's line breaks are \n inside a quoted cell, whatever they were.
    expect(back.actors[0]!.notes).toBe('line 1\nline 2\n\ttabbed');
    expect(back.actors[1]!.label).toBe(map.actors[1]!.label);
    expect(back.ties[0]).toEqual(map.ties[0]);
    expect(back.positions).toEqual(map.positions);
  });
});
