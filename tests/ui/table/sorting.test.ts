import { describe, expect, it } from 'vitest';
import { collatorFor, nextSort, sortRows, type SortValue } from '../../../src/ui/table/sorting';

interface Row {
  readonly id: string;
  readonly value: SortValue;
}
const rows = (...values: SortValue[]): Row[] => values.map((value, i) => ({ id: `r${i}`, value }));
const ids = (list: readonly Row[]) => list.map((r) => r.id);
const byValue = (r: Row) => r.value;
const en = collatorFor('en');

describe('sortRows', () => {
  it('keeps the given order without a sort column', () => {
    const list = rows('b', 'a');
    expect(sortRows(list, undefined, 'ascending', en)).toBe(list);
  });

  it('sorts text by the language collator: numeric, accent- and case-insensitive', () => {
    const list = rows('Klas 10', 'klas 2', 'Émile', 'Anna', 'emma');
    const sorted = sortRows(list, byValue, 'ascending', en).map((r) => r.value);
    expect(sorted).toEqual(['Anna', 'Émile', 'emma', 'klas 2', 'Klas 10']);
  });

  it('flips for descending but keeps equal rows in their given order (stable)', () => {
    const list = rows('b', 'a', 'b', 'a');
    expect(ids(sortRows(list, byValue, 'ascending', en))).toEqual(['r1', 'r3', 'r0', 'r2']);
    expect(ids(sortRows(list, byValue, 'descending', en))).toEqual(['r0', 'r2', 'r1', 'r3']);
  });

  it('puts empty values last in both directions', () => {
    const list = rows(null, 3, '', 1, 2);
    expect(sortRows(list, byValue, 'ascending', en).map((r) => r.value)).toEqual([
      1,
      2,
      3,
      null,
      '',
    ]);
    expect(sortRows(list, byValue, 'descending', en).map((r) => r.value)).toEqual([
      3,
      2,
      1,
      null,
      '',
    ]);
  });

  it('compares numbers and booleans by value', () => {
    expect(sortRows(rows(10, 9, 100), byValue, 'ascending', en).map((r) => r.value)).toEqual([
      9, 10, 100,
    ]);
    expect(sortRows(rows(true, false), byValue, 'ascending', en).map((r) => r.value)).toEqual([
      false,
      true,
    ]);
  });

  it('uses the Dutch collator for Dutch', () => {
    const nl = collatorFor('nl');
    expect(nl.resolvedOptions().locale.startsWith('nl')).toBe(true);
    const list = rows('Zorgteam', 'CLB Gent', 'Ätelier');
    expect(sortRows(list, byValue, 'ascending', nl).map((r) => r.value)).toEqual([
      'Ätelier',
      'CLB Gent',
      'Zorgteam',
    ]);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending and flips the same column', () => {
    const first = nextSort(null, 'name');
    expect(first).toEqual({ column: 'name', direction: 'ascending' });
    const second = nextSort(first, 'name');
    expect(second).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort(second, 'name').direction).toBe('ascending');
    expect(nextSort(second, 'type')).toEqual({ column: 'type', direction: 'ascending' });
  });
});
