/**
 * CSV cells, both ways. Text that a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) gets a leading apostrophe (OWASP's advice); numbers stay numbers.
 * The reader removes exactly that apostrophe again, so text survives an export and an import.
 */
export type CsvDelimiter = ',' | ';';

const FORMULA_START = /^'*[=+\-@\t\r]/;

export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of defuseFormula. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** RFC 4180: a field holding the delimiter, a quote or a line break goes in double quotes. */
export function quoteField(text: string, delimiter: CsvDelimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * With ";" (Excel in Belgium and the Netherlands) numbers get a decimal comma, which is what
 * that Excel reads as a number.
 */
export function csvNumber(value: number, delimiter: CsvDelimiter): string {
  const text = String(value);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

export function csvCell(cell: string | number | boolean | null, delimiter: CsvDelimiter): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell, delimiter);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return quoteField(defuseFormula(cell), delimiter);
}

export const CSV_NEWLINE = '\r\n';
export const UTF8_BOM = '\uFEFF';

export function csvText(
  header: readonly string[],
  rows: readonly (readonly (string | number | boolean | null)[])[],
  delimiter: CsvDelimiter,
): string {
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => csvCell(cell, delimiter)).join(delimiter),
  );
  return UTF8_BOM + lines.join(CSV_NEWLINE) + CSV_NEWLINE;
}
