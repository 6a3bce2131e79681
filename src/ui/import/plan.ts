/**
 * What the import does with the files the user chose or dropped: a PartnerMap image is
 * reopened from the map it embeds, CSV files go to the column-mapping step first, anything
 * else is imported at once. Pure (bytes in, a step out), so it is tested without a browser.
 */
import {
  guessCsvMapping,
  guessCsvRole,
  importFile,
  readCsvTable,
  type CsvMapping,
  type CsvTable,
  type ImportError,
  type ImportOptions,
  type ImportResult,
  type TableRole,
} from '../../io';
import { readMapFromPng } from '../../io/image';

export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One CSV file in the mapping step: what it holds and which field each column goes to. */
export interface CsvDraft {
  readonly table: CsvTable;
  readonly role: TableRole;
  readonly mapping: CsvMapping;
}

/** Problems the import dialog finds before any reader runs. */
export type PlanProblem =
  { readonly kind: 'one-file'; readonly count: number } | { readonly kind: 'png-without-map' };

export type ImportPlan =
  | { readonly step: 'result'; readonly name: string; readonly result: ImportResult }
  | { readonly step: 'csv'; readonly drafts: readonly CsvDraft[] }
  | { readonly step: 'problem'; readonly problem: PlanProblem }
  | { readonly step: 'error'; readonly error: ImportError };

const isCsvName = (name: string) => /\.(csv|tsv|txt)$/i.test(name);
const isPngBytes = (bytes: Uint8Array) =>
  bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e;

export function planImport(files: readonly NamedBytes[], options: ImportOptions): ImportPlan {
  const csv = files.length > 0 && files.every((f) => isCsvName(f.name));
  if (files.length === 0 || files.length > 2 || (files.length === 2 && !csv)) {
    return { step: 'problem', problem: { kind: 'one-file', count: files.length } };
  }
  if (csv) return planCsv(files, options);
  const file = files[0]!;
  if (isPngBytes(file.bytes)) {
    const json = readMapFromPng(file.bytes);
    if (json === null) return { step: 'problem', problem: { kind: 'png-without-map' } };
    const name = file.name.replace(/\.png$/i, '.json');
    return { step: 'result', name: file.name, result: importFile(name, encode(json), options) };
  }
  return { step: 'result', name: file.name, result: importFile(file.name, file.bytes, options) };
}

function planCsv(files: readonly NamedBytes[], options: ImportOptions): ImportPlan {
  const drafts: CsvDraft[] = [];
  for (const file of files) {
    const read = readCsvTable(file.bytes, { name: file.name, maxBytes: options.maxBytes });
    if (!read.ok) return { step: 'error', error: read.error };
    const role = guessCsvRole(read.table.headers, options.codebook);
    drafts.push({ table: read.table, role, mapping: mappingFor(read.table, role, options) });
  }
  // Two files guessed alike: the one that looks less like ties holds the actors.
  if (drafts.length === 2 && drafts[0]!.role === drafts[1]!.role) {
    const actors = drafts[0]!.role === 'ties' ? 1 : 0;
    drafts[actors] = withRole(drafts[actors]!, 'actors', options);
    drafts[1 - actors] = withRole(drafts[1 - actors]!, 'ties', options);
  }
  return { step: 'csv', drafts };
}

const mappingFor = (table: CsvTable, role: TableRole, options: ImportOptions): CsvMapping =>
  guessCsvMapping(table.headers, role, options.codebook);

/** The draft with another role: the columns are guessed again for it. */
export const withRole = (draft: CsvDraft, role: TableRole, options: ImportOptions): CsvDraft =>
  draft.role === role ? draft : { ...draft, role, mapping: mappingFor(draft.table, role, options) };

const encode = (text: string) => new TextEncoder().encode(text);
