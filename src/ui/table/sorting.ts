/** Column sorting for the tables: stable, locale-aware, with empty values always last. */
import type { Locale } from '../../codebook';

/** What a column sorts by; null (or '') means "not set" and always goes to the bottom. */
export type SortValue = string | number | boolean | null;

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  readonly column: string;
  readonly direction: SortDirection;
}

const COLLATOR_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-GB', nl: 'nl-BE' };
const collators = new Map<Locale, Intl.Collator>();

/** One shared collator per language: numeric ("Klas 2" before "Klas 10"), case-insensitive. */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(COLLATOR_LOCALES[locale], { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

const isEmpty = (v: SortValue): boolean => v === null || v === '';

/** Compares two non-empty values of one column: numbers and booleans by value, text by collator. */
export function compareValues(a: SortValue, b: SortValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

/**
 * The rows in the order of `sort`, or as given when sort is null. Stable: rows with equal values
 * keep their given order in both directions; empty values come last in both directions.
 */
export function sortRows<R>(
  rows: readonly R[],
  sortValue: ((row: R) => SortValue) | undefined,
  direction: SortDirection,
  collator: Intl.Collator,
): readonly R[] {
  if (!sortValue) return rows;
  const sign = direction === 'ascending' ? 1 : -1;
  // Each value is computed once, not once per comparison.
  const keyed = rows.map((row, index) => ({ row, index, value: sortValue(row) }));
  keyed.sort((x, y) => {
    const ex = isEmpty(x.value);
    const ey = isEmpty(y.value);
    if (ex || ey) return ex === ey ? x.index - y.index : ex ? 1 : -1;
    return sign * compareValues(x.value, y.value, collator) || x.index - y.index;
  });
  return keyed.map((k) => k.row);
}

/** A click (or Enter) on a header: a new column sorts ascending, the same column flips. */
export function nextSort(current: SortState | null, column: string): SortState {
  if (current?.column === column) {
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  }
  return { column, direction: 'ascending' };
}
