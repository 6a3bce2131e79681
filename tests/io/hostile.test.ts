// Hostile and broken files (tests/fixtures/hostile/, big ones made here): each gives a clear
// error naming its line or element, or a map with a report; never a throw, never half a map.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  formatImportError,
  formatReportEntry,
  importFile,
  MAX_IMPORT_BYTES,
  type ImportResult,
} from '../../src/io';
import { parseMap } from '../../src/model';
import { bytes } from './helpers';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const open = (name: string) => importFile(name, readFileSync(HOSTILE + name));

/** The invariant for every file: a valid map with counts that match, or one worded error. */
function expectWellBehaved(result: ImportResult) {
  if (result.ok) {
    expect(parseMap(result.map).ok).toBe(true);
    expect(result.report.actors).toBe(result.map.actors.length);
    expect(result.report.ties).toBe(result.map.ties.length);
    for (const entry of result.report.entries)
      expect(formatReportEntry(entry)).not.toMatch(/undefined/);
  } else {
    expect(formatImportError(result.error)).not.toMatch(/undefined/);
  }
}

describe('every file in the hostile corpus', () => {
  it.each(readdirSync(HOSTILE))('%s: an error or a report, never a throw', (name) => {
    expectWellBehaved(open(name));
  });
});

describe('errors name the problem and its place', () => {
  it.each([
    ['billion-laughs.graphml', 'refused-declaration', { declaration: 'DOCTYPE', line: 2 }],
    ['external-entity.gexf', 'refused-declaration', { declaration: 'ENTITY', line: 4 }],
    ['malformed.graphml', 'malformed-xml', { line: 7 }],
    ['unclosed-attribute.gexf', 'malformed-xml', { line: 6 }],
    [
      'edge-without-target.graphml',
      'missing-attribute',
      { element: 'edge', attribute: 'target', line: 6 },
    ],
    ['hyperedge.graphml', 'unsupported', { feature: 'hyperedges', line: 5 }],
    ['not-a-map.json', 'not-partnermap', { detail: 'the JSON is not an object' }],
    ['truncated.zip', 'bad-zip', {}],
    ['binary.bin', 'unknown-format', { name: 'binary.bin' }],
    ['wrong-root.xml', 'wrong-root', { expected: 'GraphML', found: 'html', line: 1 }],
  ])('%s → %s', (name, code, params) => {
    const result = open(name);
    expect(result).toMatchObject({ ok: false, error: { code, params } });
  });

  it('says which version a newer file needs', () => {
    const result = open('newer-version.json');
    expect(result.ok ? '' : formatImportError(result.error)).toMatch(
      /schemaVersion: 99 was written by a newer PartnerMap/,
    );
  });

  it('words a line error with its line', () => {
    const result = open('malformed.graphml');
    expect(result.ok ? '' : formatImportError(result.error)).toBe(
      'line 7: </graph> closes <node> (line 5)',
    );
  });
});

describe('files that import, with a report', () => {
  it('UTF-8 with BOM, semicolons and decimal commas', () => {
    const result = open('bom-semicolons-decimal-commas.csv');
    expect(result).toMatchObject({ ok: true, report: { actors: 2 } });
    if (!result.ok) return;
    expect(result.map.actors[0]!.label).toBe('De Linde');
    expect(result.map.positions['Universiteit Gent']).toEqual({ x: 12.5, y: -7.25 });
  });

  it('Windows-1252: accents, guillemets, € and the en dash survive; the fallback is reported', () => {
    const result = open('windows-1252.csv');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.map.actors.map((a) => a.label)).toEqual([
      'Café De Kroon',
      'Basisschool «De Linde»',
    ]);
    expect(result.map.ties[0]!.notes).toBe('Sponsoring € 50 – jaarlijks');
    expect(result.report.entries[0]).toEqual({
      code: 'encoding-fallback',
      params: { encoding: 'windows-1252' },
    });
  });

  it('duplicate ids: the second actor skipped, the second tie renamed, loops skipped', () => {
    const result = open('duplicate-ids.graphml');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.map.actors.map((a) => a.label)).toEqual(['First A', 'B', 'C']);
    expect(result.map.ties.map((t) => [t.id, t.source, t.target])).toEqual([
      ['e1', 'a', 'b'],
      ['t-1', 'a', 'c'],
    ]);
    expect(result.report.entries.map((e) => e.code)).toEqual([
      'actor-duplicate-id',
      'tie-duplicate-id',
      'tie-duplicate-pair',
      'tie-self-loop',
    ]);
  });

  it('missing endpoints: those ties skipped with their line', () => {
    const result = open('missing-endpoints.gexf');
    if (!result.ok) throw new Error(result.error.code);
    expect(result.map.ties).toHaveLength(1);
    expect(result.report.entries).toEqual([
      { code: 'tie-unknown-endpoint', params: { endpoint: 'ghost', line: 10 } },
      { code: 'tie-empty-endpoint', params: { line: 11 } },
    ]);
  });

  it.each(['script-labels.csv', 'script-labels.graphml'])('%s: labels stay text', (name) => {
    const result = open(name);
    if (!result.ok) throw new Error(result.error.code);
    const labels = result.map.actors.map((a) => a.label);
    expect(labels[0]).toBe('<script>alert("x")</script>');
    if (name.endsWith('.csv')) {
      expect(labels[1]).toBe("=cmd|'/C calc'!A0");
      expect(result.map.actors[0]!.notes).toBe('He said "yes";\nthen left 😀');
    } else {
      expect(labels[1]).toBe(`<img src=x onerror="alert('y')"> 😀 "quoted"`);
    }
  });
});

describe('big and deep files (made here)', () => {
  it('refuses a file over the limit before reading it', () => {
    const result = importFile('big.csv', new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-large', params: { size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES } },
    });
    expect(result.ok ? '' : formatImportError(result.error)).toBe(
      'the file is 20.0 MB; files up to 20.0 MB can be imported',
    );
  });

  it('imports a 10 MB CSV (long notes) under the limit', () => {
    const note = 'x'.repeat(5000);
    const rows = Array.from({ length: 2000 }, (_, i) => `a${i},Actor ${i},${note}`);
    const file = bytes(`id,label,notes\n${rows.join('\n')}\n`);
    expect(file.length).toBeGreaterThan(10_000_000);
    const result = importFile('big.csv', file);
    expect(result).toMatchObject({ ok: true, report: { actors: 2000, ties: 0 } });
  });

  it('stops a zip bomb at its declared size, before inflating it', () => {
    const zip = zipSync({ 'ties.csv': new Uint8Array(MAX_IMPORT_BYTES + 1024) });
    expect(zip.length).toBeLessThan(100_000);
    expect(importFile('bomb.zip', zip)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('survives 100 000 nested elements', () => {
    const depth = 100_000;
    const text = `<graphml><graph><node id="a"><data key="d">${'<y>'.repeat(depth)}${'</y>'.repeat(depth)}</data></node></graph></graphml>`;
    expectWellBehaved(importFile('deep.graphml', bytes(text)));
  });

  it('an empty file and a file of spaces are "empty"', () => {
    expect(importFile('x.csv', new Uint8Array())).toMatchObject({ error: { code: 'empty' } });
    expect(importFile('x.json', bytes('  \n'))).toMatchObject({ error: { code: 'empty' } });
  });
});
