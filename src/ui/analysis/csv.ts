/**
 * The metrics table as a CSV file that Excel opens right in either language: UTF-8 with a byte
 * order mark; Dutch uses `;` between fields and a decimal comma (as Excel in Belgium and the
 * Netherlands expects), English `,` and a decimal point. Pure: no DOM.
 */
import type { Locale } from '../../codebook';

/** A text cell (user text: defused) or a number (written as a number); null is empty. */
export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';

export const csvDelimiter = (locale: Locale): string => (locale === 'nl' ? ';' : ',');

/** Numbers with at most six decimals, no thousands separator, the locale's decimal mark. */
export function csvNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return '';
  const text = String(Number(value.toFixed(6)));
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/**
 * A spreadsheet treats a cell starting with = + - @ (or a tab or carriage return before one)
 * as a formula: a leading apostrophe keeps user text as text (OWASP "CSV injection").
 */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quoted(text: string, delimiter: string): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText(cell: CsvCell, locale: Locale, delimiter: string): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return quoted(csvNumber(cell, locale), delimiter);
  return quoted(defuseFormula(cell), delimiter);
}

/** The whole file: BOM, header row, data rows, CRLF line ends. Headers are text cells too. */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  locale: Locale,
): string {
  const delimiter = csvDelimiter(locale);
  const line = (cells: readonly CsvCell[]) =>
    cells.map((c) => cellText(c, locale, delimiter)).join(delimiter);
  return CSV_BOM + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}
