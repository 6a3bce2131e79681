/**
 * A CSV file as a table for the preview and the column mapping: the header, the rows (with
 * their line numbers), and the delimiter and encoding that were detected. Rows shorter than
 * the header are padded; a row with more non-empty cells than the header is an error naming
 * its line. Cells lose the apostrophe that PartnerMap's export put before formula-like text.
 */
import { restoreFormula } from '../csvCells';
import { detectDelimiter, parseCsv, type Delimiter } from '../readers/csv';
import { decodeText, type TextEncoding } from '../readers/text';
import { lineError } from '../report';
import { MAX_IMPORT_BYTES, type ImportError } from '../types';

export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  /** The file name (for messages), e.g. "ties.csv". */
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly CsvRow[];
  readonly delimiter: Delimiter;
  readonly encoding: TextEncoding;
}

export type CsvTableResult =
  | { readonly ok: true; readonly table: CsvTable }
  | { readonly ok: false; readonly error: ImportError };

export interface CsvTableOptions {
  readonly name?: string;
  /** Detected from the header line when not given. */
  readonly delimiter?: Delimiter;
  readonly maxBytes?: number;
}

export function readCsvTable(bytes: Uint8Array, options: CsvTableOptions = {}): CsvTableResult {
  const name = options.name ?? 'CSV';
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > limit) {
    return { ok: false, error: { code: 'too-large', params: { size: bytes.length, limit } } };
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (!parsed.ok) return { ok: false, error: lineError('malformed-csv', parsed.error) };
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, error: { code: 'empty', params: {} } };
  const headers = header.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const rows: CsvRow[] = [];
  for (const { line, fields } of records) {
    const extra = fields.slice(headers.length);
    if (extra.some((cell) => cell.trim() !== '')) {
      return {
        ok: false,
        error: {
          code: 'too-many-fields',
          params: { table: name, line, count: fields.length, expected: headers.length },
        },
      };
    }
    const cells = headers.map((_, i) => restoreFormula(fields[i] ?? ''));
    if (cells.every((cell) => cell.trim() === '')) continue;
    rows.push({ line, cells });
  }
  return { ok: true, table: { name, headers, rows, delimiter, encoding } };
}
