/**
 * Collecting report entries during an import, and wording entries and errors in English (the
 * command line; the app words the same codes through its i18n messages).
 */
import type { ImportError, ImportErrorCode, Params, ReportCode, ReportEntry } from './types';

/** Codes that repeat per value: counted once per (field, value) instead of listed each time. */
const COUNTED: ReadonlySet<ReportCode> = new Set([
  'value-mapped',
  'value-added',
  'value-to-notes',
  'attribute-to-notes',
  'column-to-notes',
]);

export class ReportCollector {
  private readonly list: { code: ReportCode; params: Record<string, string | number> }[] = [];
  private readonly counted = new Map<string, Record<string, string | number>>();

  add(code: ReportCode, params: Params = {}): void {
    if (!COUNTED.has(code)) {
      this.list.push({ code, params: { ...params } });
      return;
    }
    const name = params.field ?? params.name ?? params.column;
    const key = `${code}\u0000${name}\u0000${params.value ?? ''}`;
    const seen = this.counted.get(key);
    if (seen) {
      seen.count = Number(seen.count) + 1;
      return;
    }
    const entry = { ...params, count: 1 };
    this.counted.set(key, entry);
    this.list.push({ code, params: entry });
  }

  get entries(): readonly ReportEntry[] {
    return this.list.map((e) => ({ code: e.code, params: { ...e.params } }));
  }
}

const at = (p: Params) => (p.line !== undefined ? `line ${p.line}: ` : '');
const times = (p: Params) => (Number(p.count) > 1 ? ` (${p.count} times)` : '');
const q = (v: string | number | undefined) => JSON.stringify(String(v ?? ''));

const ENTRY_TEXT: Readonly<Record<ReportCode, (p: Params) => string>> = {
  'encoding-fallback': (p) => `The file is not UTF-8; it was read as ${p.encoding}.`,
  migrated: (p) => `The map was written in schema version ${p.from} and updated to ${p.to}.`,
  'graphs-ignored': (p) => `The file holds ${p.count} graphs; only the first was imported.`,
  'actor-duplicate-id': (p) => `${at(p)}a second actor with the id ${q(p.id)} was skipped.`,
  'actor-empty': (p) => `${at(p)}an actor without id and label was skipped.`,
  'ego-demoted': (p) =>
    `A map has one school (kind "ego"); actor ${q(p.id)} was imported as internal.`,
  'ego-type-dropped': (p) => `The school ${q(p.id)} has no actor type; ${q(p.value)} was dropped.`,
  'kind-unknown': (p) => `Actor ${q(p.id)} has the unknown kind ${q(p.value)}; it is external.`,
  'actors-created': (p) => `${p.count} actors were created from the ends of the ties.`,
  'tie-unknown-endpoint': (p) => `${at(p)}a tie to the unknown actor ${q(p.endpoint)} was skipped.`,
  'tie-empty-endpoint': (p) => `${at(p)}a tie without source or target was skipped.`,
  'tie-self-loop': (p) => `${at(p)}a tie from ${q(p.actor)} to itself was skipped.`,
  'tie-duplicate-pair': (p) =>
    `${at(p)}a second tie between ${q(p.source)} and ${q(p.target)} was merged into the first.`,
  'tie-duplicate-id': (p) =>
    `${at(p)}a second tie with the id ${q(p.id)} was imported as ${q(p.newId)}.`,
  'value-mapped': (p) => `${p.field}: ${q(p.value)} was read as ${q(p.id)}${times(p)}.`,
  'value-added': (p) =>
    `${p.field}: ${q(p.value)} is not in the codebook; added as ${q(p.id)}${times(p)}.`,
  'value-to-notes': (p) =>
    `${p.field}: ${q(p.value)} is not in the codebook; kept in the notes${times(p)}.`,
  'value-invalid': (p) => `${at(p)}${p.field}: ${q(p.value)} cannot be read; it was left out.`,
  'single-value-kept': (p) => `${at(p)}${p.field} takes one value; the first was kept.`,
  'column-ignored': (p) => `The column ${q(p.column)} was not imported.`,
  'column-to-notes': (p) => `The column ${q(p.column)} was kept in the notes${times(p)}.`,
  'attribute-to-notes': (p) =>
    `The attribute ${q(p.name)} is not a PartnerMap field; kept in the notes${times(p)}.`,
  'attribute-ignored': (p) => `The drawing attribute ${q(p.name)} was not imported.`,
  'codebook-invalid': (p) =>
    `The file's codebook could not be read (${p.detail}); the default codebook was used.`,
};

/** Every report code (the app checks that it has a message for each). */
export const REPORT_CODES = Object.keys(ENTRY_TEXT) as readonly ReportCode[];

export function formatReportEntry(entry: ReportEntry): string {
  return ENTRY_TEXT[entry.code](entry.params);
}

const ERROR_TEXT: Readonly<Record<ImportErrorCode, (p: Params) => string>> = {
  'too-large': (p) =>
    `the file is ${megabytes(p.size)}; files up to ${megabytes(p.limit)} can be imported`,
  empty: () => 'the file is empty',
  'unknown-format': (p) =>
    `cannot tell what kind of file ${q(p.name)} is: use a PartnerMap file (.json), CSV, GraphML or GEXF`,
  'refused-declaration': (p) =>
    `${at(p)}files with a ${p.declaration} declaration are refused (they can hide entity attacks)`,
  'malformed-xml': (p) => `${at(p)}${p.detail}`,
  'malformed-csv': (p) => `${at(p)}${p.detail}`,
  'invalid-json': (p) => `not valid JSON (${p.detail})`,
  'not-partnermap': (p) => `not a PartnerMap file: ${p.detail}`,
  'invalid-map': (p) => `not a valid map: ${p.detail}`,
  'wrong-root': (p) =>
    `${at(p)}this is not ${p.expected}: the root element is <${p.found}>, not <${String(p.expected).toLowerCase()}>`,
  'no-graph': (p) => `${at(p)}<${p.element}> holds no <graph>`,
  unsupported: (p) => `${at(p)}${p.feature} are not supported`,
  'missing-attribute': (p) => `${at(p)}<${p.element}> has no ${p.attribute}`,
  'missing-column': (p) => `${p.table}: no column is mapped to ${q(p.field)}`,
  'duplicate-column': (p) => `${p.table}: two columns are mapped to ${q(p.field)}`,
  'too-many-fields': (p) =>
    `${p.table}: ${at(p)}${p.count} fields where the header has ${p.expected}`,
  'bad-zip': (p) => `the zip file cannot be read: ${p.detail}`,
  'nothing-to-import': () => 'the file holds no actors and no ties',
  'internal-error': (p) => `the import failed unexpectedly (${p.detail}); please report this`,
};

/** Every import error code (the app checks that it has a message for each). */
export const IMPORT_ERROR_CODES = Object.keys(ERROR_TEXT) as readonly ImportErrorCode[];

export function formatImportError(error: ImportError): string {
  return ERROR_TEXT[error.code](error.params);
}

function megabytes(value: string | number | undefined): string {
  return `${(Number(value) / (1024 * 1024)).toFixed(1)} MB`;
}

/** Splits a low-level reader message "line 12: …" into its line and detail. */
export function lineError(code: 'malformed-xml' | 'malformed-csv', message: string): ImportError {
  const match = /^line (\d+): ([\s\S]*)$/.exec(message);
  return match
    ? { code, params: { line: Number(match[1]), detail: match[2]! } }
    : { code, params: { detail: message } };
}
