/**
 * CSV files without a mapping step (the command line, a dropped file, the zip of an export):
 * tables read, mapping guessed. A single file is a tie list when its header names both ends,
 * else an actor list. The zip holds actors.csv and ties.csv (PartnerMap's CSV export) or one
 * file of another format.
 */
import { unzipSync } from 'fflate';
import { MAX_IMPORT_BYTES, type ImportOptions, type ImportResult } from '../types';
import { guessCsvMapping, guessCsvRole, importCsv, type CsvSheet } from './csv';
import { readCsvTable } from './csvTable';
import type { TableRole } from './fieldNames';

export interface CsvFiles {
  readonly actors?: Uint8Array;
  readonly ties?: Uint8Array;
}

type Sheet = { ok: true; sheet: CsvSheet } | Extract<ImportResult, { ok: false }>;

function sheetOf(
  bytes: Uint8Array,
  name: string,
  options: ImportOptions,
  role?: TableRole,
): Sheet & { role?: TableRole } {
  const read = readCsvTable(bytes, { name, maxBytes: options.maxBytes });
  if (!read.ok) return read;
  const actual = role ?? guessCsvRole(read.table.headers, options.codebook);
  const mapping = guessCsvMapping(read.table.headers, actual, options.codebook);
  return { ok: true, sheet: { table: read.table, mapping }, role: actual };
}

export function importCsvFiles(files: CsvFiles, options: ImportOptions = {}): ImportResult {
  const sheets: { actors?: CsvSheet; ties?: CsvSheet } = {};
  for (const role of ['actors', 'ties'] as const) {
    const bytes = files[role];
    if (!bytes) continue;
    const read = sheetOf(bytes, `${role}.csv`, options, role);
    if (!read.ok) return read;
    sheets[role] = read.sheet;
  }
  return importCsv(sheets, options);
}

export function importCsvFile(
  bytes: Uint8Array,
  name: string,
  options: ImportOptions = {},
): ImportResult {
  const read = sheetOf(bytes, name, options);
  if (!read.ok) return read;
  return importCsv(read.role === 'ties' ? { ties: read.sheet } : { actors: read.sheet }, options);
}

export type ZipContent =
  | { readonly ok: true; readonly files: ReadonlyMap<string, Uint8Array> }
  | Extract<ImportResult, { ok: false }>;

/** The files of a zip (folders left out), refusing more than `limit` bytes unpacked. */
export function unzip(bytes: Uint8Array, limit = MAX_IMPORT_BYTES): ZipContent {
  let total = 0;
  try {
    // The filter runs before a file is inflated, so a zip bomb stops at its declared size.
    const entries = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return !file.name.endsWith('/') && total <= limit;
      },
    });
    if (total > limit) {
      return { ok: false, error: { code: 'too-large', params: { size: total, limit } } };
    }
    const files = new Map<string, Uint8Array>();
    for (const [name, data] of Object.entries(entries)) {
      files.set(name.slice(name.lastIndexOf('/') + 1), data);
    }
    return { ok: true, files };
  } catch (error) {
    return { ok: false, error: { code: 'bad-zip', params: { detail: (error as Error).message } } };
  }
}
