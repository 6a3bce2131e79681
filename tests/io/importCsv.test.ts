// CSV import: the table for the preview, the guessed mapping (English and Dutch headers), and
// what importCsv does with actors, ties, codebook values and odd rows, all in the report.
import { describe, expect, it } from 'vitest';
import {
  guessCsvMapping,
  guessCsvRole,
  importCsv,
  importFile,
  readCsvTable,
  type CsvMapping,
  type CsvTable,
  type ImportResult,
  type ReportEntry,
} from '../../src/io';
import { bytes } from './helpers';

function table(text: string | Uint8Array, name = 'test.csv'): CsvTable {
  const read = readCsvTable(typeof text === 'string' ? bytes(text) : text, { name });
  if (!read.ok) throw new Error(`${read.error.code} ${JSON.stringify(read.error.params)}`);
  return read.table;
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result;
}

const codes = (entries: readonly ReportEntry[]) => entries.map((e) => e.code);
const sheet = (t: CsvTable, role: 'actors' | 'ties', mapping?: CsvMapping) => ({
  table: t,
  mapping: mapping ?? guessCsvMapping(t.headers, role),
});

describe('readCsvTable', () => {
  it('reads Excel-for-Dutch CSV: semicolons, Windows-1252, decimal commas stay text', () => {
    // "ö" written as one Windows-1252 byte (0xF6), not UTF-8.
    const raw = new Uint8Array([...bytes('Naam;X\r\nCo'), 0xf6, ...bytes('peratie;12,5\r\n')]);
    const t = table(raw);
    expect(t).toMatchObject({ delimiter: ';', encoding: 'windows-1252', headers: ['Naam', 'X'] });
    expect(t.rows).toEqual([{ line: 2, cells: ['Coöperatie', '12,5'] }]);
  });

  it('drops a BOM, pads short rows, skips empty rows and restores defused formulas', () => {
    const t = table("\uFEFFid,label,notes\r\na1,'=1+1\r\n,,\r\na2,B,x\r\n");
    expect(t.headers).toEqual(['id', 'label', 'notes']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['a1', '=1+1', ''] },
      { line: 4, cells: ['a2', 'B', 'x'] },
    ]);
  });

  it("reads Excel's Unicode text: UTF-16 with tabs", () => {
    const text = '\uFEFFsource\ttarget\nA\tB\n';
    const utf16 = new Uint8Array(text.length * 2);
    [...text].forEach((c, i) => {
      utf16[2 * i] = c.charCodeAt(0) & 0xff;
      utf16[2 * i + 1] = c.charCodeAt(0) >> 8;
    });
    const t = table(utf16);
    expect(t).toMatchObject({
      delimiter: '\t',
      encoding: 'utf-16le',
      headers: ['source', 'target'],
    });
  });

  it.each([
    ['', { code: 'empty' }],
    ['a,b\nc,"open', { code: 'malformed-csv', params: { line: 2 } }],
    ['a,b\nc,d,e', { code: 'too-many-fields', params: { line: 2, count: 3, expected: 2 } }],
  ])('refuses %j with a clear error', (text, error) => {
    expect(readCsvTable(bytes(text))).toMatchObject({ ok: false, error });
  });
});

describe('guessCsvMapping', () => {
  it('knows Dutch and English tie headers, motive labels and attribute labels', () => {
    const headers = ['Van', 'Naar', 'Gewicht', 'Beweegredenen', 'Frequentie', 'Locatie'];
    expect(guessCsvMapping([...headers, 'Opmerking', 'Telefoon'], 'ties')).toEqual([
      'source',
      'target',
      'weight',
      'motives',
      'frequency',
      'location',
      'notes',
      'notes',
    ]);
    expect(guessCsvMapping(['from', 'to', 'Teacher as researcher'], 'ties')).toEqual([
      'source',
      'target',
      'motives.teacher-as-researcher',
    ]);
    expect(guessCsvRole(['Van', 'Naar'])).toBe('ties');
    expect(guessCsvRole(['Naam', 'Type'])).toBe('actors');
  });

  it('gives each field one column: the native name first, then a synonym', () => {
    expect(guessCsvMapping(['Name', 'label', 'naam', 'Soort', 'x', 'Y'], 'actors')).toEqual([
      'notes',
      'label',
      'notes',
      'type',
      'x',
      'y',
    ]);
  });
});

describe('importCsv', () => {
  const actors = table(
    'Naam;Type;Positie;Telefoon;X;Y\n' +
      'De Linde;;;;0;0\n' +
      'Universiteit Gent;University;Kernactor;09 123;12,5;-3,25\n' +
      'Zorgteam;Leerkracht;;;;\n' +
      'Muziekschool;Academie;;;;\n',
  );

  it('matches codebook values by label, adds unknown ones, keeps unknown columns in notes', () => {
    const ties = table(
      'Van;Naar;Beweegredenen;Frequentie;Teacher as researcher\n' +
        'De Linde;Universiteit Gent;Kwaliteitsontwikkeling;3;x\n' +
        'De Linde;Zorgteam;care-and-guidance;Elke dag;0\n',
    );
    const result = ok(importCsv({ actors: sheet(actors, 'actors'), ties: sheet(ties, 'ties') }));
    const { map, report } = result;
    expect(report).toMatchObject({ format: 'csv', actors: 4, ties: 2 });
    const [school, ugent, team, music] = map.actors;
    expect(school).toMatchObject({ id: 'De Linde', kind: 'external', type: null });
    expect(ugent).toMatchObject({
      type: 'university',
      position: 'core',
      notes: 'Telefoon: 09 123',
    });
    expect(map.positions[ugent!.id]).toEqual({ x: 12.5, y: -3.25 });
    expect(team).toMatchObject({ kind: 'internal', type: 'teacher' });
    expect(music).toMatchObject({ type: 'academie' });
    expect(map.codebook.actorTypes.find((t) => t.id === 'academie')).toMatchObject({
      group: 'imported',
      label: { en: 'Academie', nl: 'Academie' },
    });
    expect(map.ties[0]).toMatchObject({
      source: 'De Linde',
      target: 'Universiteit Gent',
      motives: ['quality-development', 'teacher-as-researcher'],
      frequency: 'termly',
    });
    expect(map.ties[1]).toMatchObject({ motives: ['care-and-guidance'], frequency: null });
    expect(map.ties[1]!.notes).toBe('frequency: Elke dag');
    expect(report.entries).toEqual(
      expect.arrayContaining([
        {
          code: 'value-mapped',
          params: { field: 'type', value: 'University', id: 'university', count: 1 },
        },
        {
          code: 'value-added',
          params: { field: 'type', value: 'Academie', id: 'academie', count: 1 },
        },
        { code: 'value-to-notes', params: { field: 'frequency', value: 'Elke dag', count: 1 } },
        { code: 'column-to-notes', params: { column: 'Telefoon', count: 1 } },
      ]),
    );
  });

  it('skips what the model refuses and says so: loops, unknown ends, doubles', () => {
    const ties = table(
      'source,target,id,directed,motives\n' +
        'De Linde,De Linde,t1,,\n' +
        'De Linde,Nobody,t2,,\n' +
        'De Linde,Zorgteam,t3,true,care-and-guidance\n' +
        'Zorgteam,De Linde,t4,true,fallback-network\n' +
        'De Linde,Muziekschool,t3,,\n' +
        ',Muziekschool,t6,,\n',
    );
    const { map, report } = ok(
      importCsv({ actors: sheet(actors, 'actors'), ties: sheet(ties, 'ties') }),
    );
    expect(map.ties.map((t) => t.id)).toEqual(['t3', 't-1']);
    expect(map.ties[0]).toMatchObject({
      directed: false,
      motives: ['care-and-guidance', 'fallback-network'],
    });
    const tieEntries = report.entries.filter((e) => e.code.startsWith('tie-'));
    expect(codes(tieEntries)).toEqual([
      'tie-self-loop',
      'tie-unknown-endpoint',
      'tie-duplicate-pair',
      'tie-duplicate-id',
      'tie-empty-endpoint',
    ]);
    expect(tieEntries[1]).toEqual({
      code: 'tie-unknown-endpoint',
      params: { endpoint: 'Nobody', line: 3 },
    });
  });

  it('reads a plain edge list: every end becomes an actor', () => {
    const result = ok(importFile('edges.csv', bytes('from;to;weight\nA;B;2,5\nB;C;\n')));
    expect(result.map.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['A', 'A', 'external'],
      ['B', 'B', 'external'],
      ['C', 'C', 'external'],
    ]);
    expect(result.map.ties[0]!.notes).toBe('weight: 2,5');
    expect(codes(result.report.entries)).toEqual(['actors-created']);
  });

  it('keeps one school (ego), without a type, and skips a second actor with the same id', () => {
    const t = table(
      'id,label,kind,type\ns,School,ego,university\ns2,Other,ego,\ns,Again,external,\n',
    );
    const { map, report } = ok(importCsv({ actors: sheet(t, 'actors') }));
    expect(map.actors.map((a) => [a.id, a.kind, a.type])).toEqual([
      ['s', 'ego', null],
      ['s2', 'internal', null],
    ]);
    expect(codes(report.entries)).toEqual([
      'ego-type-dropped',
      'ego-demoted',
      'actor-duplicate-id',
    ]);
  });

  it('reports a column left out of the mapping', () => {
    const t = table('id,label,secret\na,A,x\n');
    const { report } = ok(importCsv({ actors: sheet(t, 'actors', ['id', 'label', null]) }));
    expect(report.entries).toEqual([{ code: 'column-ignored', params: { column: 'secret' } }]);
  });

  it.each([
    [['source', null], { code: 'missing-column', params: { field: 'target' } }],
    [['source', 'source'], { code: 'duplicate-column', params: { field: 'source' } }],
  ])('refuses the mapping %j', (mapping, error) => {
    const t = table('a,b\n1,2\n', 'ties.csv');
    expect(importCsv({ ties: sheet(t, 'ties', mapping) })).toMatchObject({ ok: false, error });
  });
});
