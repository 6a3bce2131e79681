/**
 * CSV import in three steps, so the app can show a preview and let the user fix the mapping:
 * readCsvTable (csvTable.ts) → guessCsvMapping → importCsv. A mapping gives each column a
 * PartnerMap field (fields.ts names: "label", "source", "motives", "motives.<id>", a tie
 * attribute id, …) or null to leave it out. Several columns may go to "notes": a column named
 * like notes is the notes text, the others are appended as "column: value". With an actors
 * table, tie ends name actors by id (or by a label only one actor has); without one, the
 * ties are an edge list and every end becomes an actor.
 */
import { DEFAULT_CODEBOOK } from '../../codebook/default';
import type { Codebook } from '../../codebook/types';
import { ReportCollector } from '../report';
import type { ImportError, ImportOptions, ImportResult } from '../types';
import { assemble } from './assemble';
import type { CsvTable } from './csvTable';
import { guessFields, type TableRole } from './fieldNames';
import { rawRecord, type RawExtra, type RawRecord } from './raw';

export type CsvMapping = readonly (string | null)[];

export interface CsvSheet {
  readonly table: CsvTable;
  readonly mapping: CsvMapping;
}

export interface CsvImportInput {
  readonly actors?: CsvSheet;
  readonly ties?: CsvSheet;
}

const NOTES = 'notes';

/** A field per header; a header PartnerMap does not know goes to the notes. */
export function guessCsvMapping(
  headers: readonly string[],
  role: TableRole,
  codebook: Codebook = DEFAULT_CODEBOOK,
): CsvMapping {
  return guessFields(headers, role, codebook).map((field) => field ?? NOTES);
}

/** "ties" when the header names both tie ends (source / from / van …), else "actors". */
export function guessCsvRole(headers: readonly string[], codebook: Codebook = DEFAULT_CODEBOOK) {
  const fields = guessFields(headers, 'ties', codebook);
  return fields.includes('source') && fields.includes('target') ? 'ties' : 'actors';
}

type SheetRead = { ok: true; records: RawRecord[] } | { ok: false; error: ImportError };

function readSheet(
  sheet: CsvSheet,
  role: TableRole,
  codebook: Codebook,
  report: ReportCollector,
): SheetRead {
  const { table, mapping } = sheet;
  const fail = (code: 'missing-column' | 'duplicate-column', field: string): SheetRead => ({
    ok: false,
    error: { code, params: { table: table.name, field } },
  });
  const seen = new Set<string>();
  for (const field of mapping) {
    if (field === null || field === NOTES) continue;
    if (seen.has(field)) return fail('duplicate-column', field);
    seen.add(field);
  }
  if (role === 'ties') {
    for (const end of ['source', 'target']) if (!seen.has(end)) return fail('missing-column', end);
  } else if (!seen.has('id') && !seen.has('label')) {
    return fail('missing-column', 'label');
  }
  const guessed = guessFields(table.headers, role, codebook);
  const plainNotes = table.headers.findIndex(
    (_, i) => mapping[i] === NOTES && guessed[i] === NOTES,
  );
  table.headers.forEach((header, i) => {
    if ((mapping[i] ?? null) === null) report.add('column-ignored', { column: header });
  });
  const records = table.rows.map(({ line, cells }) => {
    const values = new Map<string, string>();
    const extras: RawExtra[] = [];
    cells.forEach((cell, i) => {
      const field = mapping[i] ?? null;
      if (field === null || cell.trim() === '') return;
      if (field === NOTES && i !== plainNotes)
        extras.push({ name: table.headers[i]!, value: cell });
      else values.set(field, cell);
    });
    return rawRecord(line, values, extras);
  });
  return { ok: true, records };
}

export function importCsv(input: CsvImportInput, options: ImportOptions = {}): ImportResult {
  const codebook = options.codebook ?? DEFAULT_CODEBOOK;
  const report = new ReportCollector();
  const sheets = [input.actors, input.ties].filter((s): s is CsvSheet => s !== undefined);
  if (sheets.length === 0) return { ok: false, error: { code: 'nothing-to-import', params: {} } };
  for (const encoding of new Set(sheets.map((s) => s.table.encoding))) {
    if (encoding !== 'utf-8') report.add('encoding-fallback', { encoding });
  }
  const actors = input.actors ? readSheet(input.actors, 'actors', codebook, report) : null;
  if (actors && !actors.ok) return actors;
  const ties = input.ties ? readSheet(input.ties, 'ties', codebook, report) : null;
  if (ties && !ties.ok) return ties;
  return assemble(
    {
      format: 'csv',
      meta: new Map(),
      actors: actors ? actors.records : null,
      ties: ties ? ties.records : [],
      directedByDefault: false,
      decimalComma: sheets.some((s) => s.table.delimiter === ';'),
    },
    report,
    options,
  );
}
