import { describe, expect, it } from 'vitest';
import { analyzeMap, type MapAnalysis } from '../../../src/analysis';
import { buildCsv, CSV_BOM, csvNumber, defuseFormula } from '../../../src/ui/analysis/csv';
import { columnsFor, metricsCsv, sortRows } from '../../../src/ui/analysis/metricColumns';
import { smallMap } from '../../model/fixtures';

function analysis(): MapAnalysis {
  const result = analyzeMap(smallMap());
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

const lines = (text: string) => text.slice(CSV_BOM.length).split('\r\n');

describe('buildCsv', () => {
  it('writes Dutch files with ; and a decimal comma, English with , and a point', () => {
    const nl = buildCsv(
      ['Naam', 'Waarde'],
      [
        ['CLB Gent', 0.5],
        ['UGent', 1 / 3],
      ],
      'nl',
    );
    expect(nl.startsWith(CSV_BOM)).toBe(true);
    expect(lines(nl)).toEqual(['Naam;Waarde', 'CLB Gent;0,5', 'UGent;0,333333', '']);
    const en = buildCsv(['Name', 'Value'], [['CLB Gent', 0.5]], 'en');
    expect(lines(en)).toEqual(['Name,Value', 'CLB Gent,0.5', '']);
  });

  it('defuses formulas in text cells but keeps negative numbers as numbers', () => {
    const text = buildCsv(
      ['Name', 'Value'],
      [
        ['=HYPERLINK("x")', -2],
        ['+32 9 123', null],
        ['@SUM(A1)', 1],
        ['-minus', 0],
        ['\tTab', 0],
      ],
      'nl',
    );
    expect(lines(text).slice(1, 6)).toEqual([
      `"'=HYPERLINK(""x"")";-2`,
      "'+32 9 123;",
      "'@SUM(A1);1",
      "'-minus;0",
      "'\tTab;0",
    ]);
    expect(defuseFormula('\r=1')).toBe("'\r=1");
    expect(defuseFormula('Plain')).toBe('Plain');
  });

  it('quotes fields that hold the delimiter, quotes or line breaks', () => {
    expect(
      lines(buildCsv(['a'], [['x;y'], ['say "hi"'], ['two\nlines']], 'nl')).slice(1, 4),
    ).toEqual(['"x;y"', '"say ""hi"""', '"two\nlines"']);
    // A comma is only special in the English file.
    expect(lines(buildCsv(['a'], [['1,5']], 'nl'))[1]).toBe('1,5');
    expect(lines(buildCsv(['a'], [['1,5']], 'en'))[1]).toBe('"1,5"');
  });

  it('writes numbers without thousands separators and drops float noise', () => {
    expect(csvNumber(12345.5, 'nl')).toBe('12345,5');
    expect(csvNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(csvNumber(Number.NaN, 'en')).toBe('');
  });
});

describe('metricsCsv', () => {
  it('has a row per actor with the metrics as numbers in the locale', () => {
    const a = analysis();
    const core = new Set<string>(['a-clb']);
    const rows = sortRows(a, core, { key: 'label', descending: false }, 'nl');
    const columns = columnsFor(a);
    const text = metricsCsv(
      rows,
      columns,
      core,
      { actor: 'Actor', column: (id) => id, yes: 'Ja', no: 'Nee' },
      'nl',
    );
    const [header, ...body] = lines(text);
    expect(header).toBe(['Actor', ...columns.map((c) => c.id)].join(';'));
    expect(columns.map((c) => c.id)).not.toContain('inDegree'); // no directed ties
    const clb = body.find((l) => l.startsWith('CLB Gent;'))!.split(';');
    const at = (id: string) => clb[1 + columns.findIndex((c) => c.id === id)];
    expect(at('degree')).toBe('2');
    expect(at('betweenness')).toBe('1');
    expect(at('closeness')).toBe('1');
    expect(at('coreActor')).toBe('Ja');
    expect(at('harmonic')).toBe('2');
    const uni = body.find((l) => l.startsWith('UGent;'))!.split(';');
    expect(uni[1 + columns.findIndex((c) => c.id === 'closeness')]).toBe('0,666667');
  });
});

describe('sortRows', () => {
  it('sorts by a metric, ties in value by name, undefined values last', () => {
    const a = analysis();
    const byBetweenness = sortRows(a, new Set(), { key: 'betweenness', descending: true }, 'en');
    expect(byBetweenness.map((m) => m.label)).toEqual([
      'CLB Gent',
      'Basisschool De Linde',
      'UGent',
    ]);
    const ascending = sortRows(a, new Set(), { key: 'betweenness', descending: false }, 'en');
    expect(ascending.map((m) => m.label)).toEqual(['Basisschool De Linde', 'UGent', 'CLB Gent']);
  });
});
