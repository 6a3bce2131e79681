/**
 * What a format reader hands to the assembler (assemble.ts): records of raw text under the
 * native field names of fields.ts. Readers only deal with syntax; codebook matching, merging,
 * skipping and validation happen once, in the assembler, for every format alike.
 */
import type { ImportFormat } from '../types';

export interface RawExtra {
  /** The attribute or column name in the file. */
  readonly name: string;
  readonly value: string;
}

export interface RawRecord {
  /** Where the record starts in the file (for the report). */
  readonly line: number;
  /** Field name (fields.ts) → text as written. A missing field is absent, not "". */
  readonly values: ReadonlyMap<string, string>;
  /** Fields PartnerMap does not know; kept in the notes as "name: value". */
  readonly extras: readonly RawExtra[];
}

export interface RawGraph {
  readonly format: ImportFormat;
  /** Map-level fields (MAP_FIELDS) where the format has them. */
  readonly meta: ReadonlyMap<string, string>;
  /** null: a plain edge list, whose actors are the ends of its ties. */
  readonly actors: readonly RawRecord[] | null;
  readonly ties: readonly RawRecord[];
  /** Direction of ties whose record does not say. */
  readonly directedByDefault: boolean;
  /** CSV with ";": numbers may have a decimal comma. */
  readonly decimalComma: boolean;
}

export function rawRecord(
  line: number,
  values: Map<string, string> = new Map(),
  extras: RawExtra[] = [],
): RawRecord {
  return { line, values, extras };
}
