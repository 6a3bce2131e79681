// The English wording of report entries and errors (the command line prints it; the app words
// the same codes through its i18n messages).
import { describe, expect, it } from 'vitest';
import { formatImportError, formatReportEntry } from '../../src/io';
import { ReportCollector } from '../../src/io/report';

describe('formatReportEntry', () => {
  it.each([
    [
      { code: 'tie-self-loop', params: { actor: 'a-1', line: 4 } },
      'line 4: a tie from "a-1" to itself was skipped.',
    ],
    [
      {
        code: 'value-added',
        params: { field: 'type', value: 'Academie', id: 'academie', count: 3 },
      },
      'type: "Academie" is not in the codebook; added as "academie" (3 times).',
    ],
    [
      { code: 'encoding-fallback', params: { encoding: 'windows-1252' } },
      'The file is not UTF-8; it was read as windows-1252.',
    ],
  ] as const)('%j', (entry, text) => {
    expect(formatReportEntry(entry)).toBe(text);
  });
});

describe('formatImportError', () => {
  it('names the line where there is one', () => {
    expect(
      formatImportError({
        code: 'malformed-csv',
        params: { line: 3, detail: 'a quote inside a field' },
      }),
    ).toBe('line 3: a quote inside a field');
    expect(
      formatImportError({
        code: 'missing-attribute',
        params: { element: 'edge', attribute: 'source', line: 9 },
      }),
    ).toBe('line 9: <edge> has no source');
  });
});

describe('ReportCollector', () => {
  it('counts a repeated value once, and lists other entries each time', () => {
    const report = new ReportCollector();
    report.add('value-mapped', { field: 'type', value: 'Universiteit', id: 'university' });
    report.add('value-mapped', { field: 'type', value: 'Universiteit', id: 'university' });
    report.add('value-mapped', { field: 'type', value: 'CLB', id: 'clb' });
    report.add('tie-self-loop', { actor: 'a', line: 2 });
    report.add('tie-self-loop', { actor: 'a', line: 3 });
    expect(report.entries.map((e) => [e.code, e.params.count ?? e.params.line])).toEqual([
      ['value-mapped', 2],
      ['value-mapped', 1],
      ['tie-self-loop', 2],
      ['tie-self-loop', 3],
    ]);
  });
});
