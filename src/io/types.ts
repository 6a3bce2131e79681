/**
 * The contract of every import and export (issue 5). Imports never throw and never return a
 * half-imported map: either a validated map with a report of what happened, or one error.
 * Report entries and errors are codes with parameters, so the app can word them in its own
 * language; report.ts words them in English for the command line.
 */
import type { Codebook } from '../codebook/types';
import type { PartnerMapDoc } from '../model/types';

export type ImportFormat = 'native' | 'csv' | 'graphml' | 'gexf';

/** Values a message may mention: ids, labels, field names, counts, line numbers. */
export type Params = Readonly<Record<string, string | number>>;

export type ImportErrorCode =
  /** { size, limit } in bytes */
  | 'too-large'
  | 'empty'
  /** { name }: neither the content nor the extension says what the file is */
  | 'unknown-format'
  /** { declaration, line }: a DOCTYPE or ENTITY declaration */
  | 'refused-declaration'
  /** { detail, line } */
  | 'malformed-xml'
  /** { detail, line } */
  | 'malformed-csv'
  /** { detail } */
  | 'invalid-json'
  /** { detail }: JSON, but not a PartnerMap file */
  | 'not-partnermap'
  /** { detail }: the map does not pass the model's validation (names the field) */
  | 'invalid-map'
  /** { expected, found, line }: the XML root is not <graphml> / <gexf> */
  | 'wrong-root'
  /** { element, line }: no <graph> */
  | 'no-graph'
  /** { feature, line }: hyperedges, nested graphs, ports */
  | 'unsupported'
  /** { element, attribute, line }: e.g. a node without id */
  | 'missing-attribute'
  /** { table, field }: the CSV mapping lacks a required column (ties: source and target) */
  | 'missing-column'
  /** { table, field }: two columns mapped to one field */
  | 'duplicate-column'
  /** { table, line, count, expected } */
  | 'too-many-fields'
  /** { detail } */
  | 'bad-zip'
  /** nothing to import: no actors and no ties */
  | 'nothing-to-import'
  /** { detail }: a failure PartnerMap did not foresee (a bug); reported, never thrown */
  | 'internal-error';

export interface ImportError {
  readonly code: ImportErrorCode;
  readonly params: Params;
}

export type ReportCode =
  /** { encoding }: not UTF-8; read as Windows-1252 (or UTF-16 with its BOM) */
  | 'encoding-fallback'
  /** { from, to }: an older schema version, migrated */
  | 'migrated'
  /** { count }: a GraphML file with several graphs; the first was read */
  | 'graphs-ignored'
  /** { id, line }: a second actor with this id, skipped */
  | 'actor-duplicate-id'
  /** { line }: an actor without id and label, skipped */
  | 'actor-empty'
  /** { id }: a second actor of kind "ego" became "internal" */
  | 'ego-demoted'
  /** { id, value }: the school itself has no actor type; the value was dropped */
  | 'ego-type-dropped'
  /** { id, value }: an unknown kind; the actor became "external" */
  | 'kind-unknown'
  /** { count }: an edge list without actor table; actors were made from the tie ends */
  | 'actors-created'
  /** { endpoint, line }: a tie to an actor that is not in the file, skipped */
  | 'tie-unknown-endpoint'
  /** { line }: a tie without source or target, skipped */
  | 'tie-empty-endpoint'
  /** { actor, line }: a tie from an actor to itself, skipped (the model refuses loops) */
  | 'tie-self-loop'
  /** { source, target, line }: a second tie between one pair, merged into the first */
  | 'tie-duplicate-pair'
  /** { id, newId, line }: a second tie with this id, kept under a new id */
  | 'tie-duplicate-id'
  /** { field, value, id, count }: a value matched a codebook term by label or case */
  | 'value-mapped'
  /** { field, value, id, count }: an unknown value, added to the map's codebook */
  | 'value-added'
  /** { field, value, count }: an unknown value kept in the notes (e.g. a frequency: ordinal) */
  | 'value-to-notes'
  /** { field, value, line }: a value that cannot be read (a position that is not a number) */
  | 'value-invalid'
  /** { field, line }: several values for a single-choice field; the first was kept */
  | 'single-value-kept'
  /** { column }: a CSV column not mapped to any field */
  | 'column-ignored'
  /** { column, count }: a CSV column PartnerMap does not know, kept in the notes */
  | 'column-to-notes'
  /** { name, count }: an attribute PartnerMap does not know, kept in the notes */
  | 'attribute-to-notes'
  /** { name }: a drawing attribute (colour, size, shape) that was not imported */
  | 'attribute-ignored'
  /** { detail }: the file's codebook could not be read; the default codebook was used */
  | 'codebook-invalid';

export interface ReportEntry {
  readonly code: ReportCode;
  readonly params: Params;
}

export interface ImportReport {
  readonly format: ImportFormat;
  readonly actors: number;
  readonly ties: number;
  readonly entries: readonly ReportEntry[];
}

export type ImportResult =
  | { readonly ok: true; readonly map: PartnerMapDoc; readonly report: ImportReport }
  | { readonly ok: false; readonly error: ImportError };

export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

/** 20 MB: far above any real map (a 300-actor map is ~0.5 MB), low enough to stay responsive. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportOptions {
  /** Codebook that values are matched against when the file brings none (default: the default). */
  readonly codebook?: Codebook;
  /** ISO time stamp for a map built from a foreign file (default: the current time). */
  readonly now?: string;
  /** Title when the file has none; importFile passes the file name without extension. */
  readonly title?: string;
  /** Size limit in bytes (default MAX_IMPORT_BYTES). */
  readonly maxBytes?: number;
}
