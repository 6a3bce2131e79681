/**
 * The field names every tabular and graph format uses: equal to the native field names of
 * Actor, Tie and the map, so a column or attribute means the same in CSV, GraphML and GEXF.
 * Multi-valued fields are one text joined with ";" (a ";" or "\" inside a value is escaped with
 * "\", so free text such as quotes survives). Tie attributes (5W1H) are named by their codebook
 * id, or "attributes.<id>" when the id would clash with a tie field.
 */
import type { Codebook } from '../codebook/types';

export const ACTOR_FIELDS = [
  'id',
  'label',
  'kind',
  'type',
  'position',
  'triangleRole',
  'resources',
  'notes',
  'x',
  'y',
] as const;
export type ActorField = (typeof ACTOR_FIELDS)[number];

/** Tie fields other than the coded attributes. source and target first: R's igraph wants it so. */
export const TIE_FIELDS = [
  'source',
  'target',
  'id',
  'directed',
  'frequency',
  'motives',
  'duration',
  'notes',
  'quotes',
] as const;
export type TieField = (typeof TIE_FIELDS)[number];

/**
 * Written for people and other tools, derived from the map: the ends' labels and the
 * frequency level as a weight. On import the labels help find an end; a weight that is not
 * the frequency level is kept in the notes (a frequency column may hold levels 1–5).
 */
export const TIE_DERIVED_FIELDS = ['sourceLabel', 'targetLabel', 'weight'] as const;

/** Graph-level fields (GraphML <data for="graph">): the map's own fields and its session. */
export const MAP_FIELDS = [
  'format',
  'schemaVersion',
  'id',
  'title',
  'createdAt',
  'updatedAt',
  'session.school',
  'session.date',
  'session.facilitator',
  'session.moment',
  'session.notes',
  'session.participants',
  'codebook',
] as const;
export type MapField = (typeof MAP_FIELDS)[number];

export { FILE_FORMAT } from './readers/nativeMap';
export const MOTIVE_PREFIX = 'motives.';
export const ATTRIBUTE_PREFIX = 'attributes.';

const RESERVED: ReadonlySet<string> = new Set<string>([...TIE_FIELDS, ...TIE_DERIVED_FIELDS]);

/** The column / attribute name of a coded tie attribute. */
export function attributeField(attributeId: string): string {
  const clashes =
    RESERVED.has(attributeId) ||
    attributeId.startsWith(MOTIVE_PREFIX) ||
    attributeId.startsWith(ATTRIBUTE_PREFIX);
  return clashes ? ATTRIBUTE_PREFIX + attributeId : attributeId;
}

/** The attribute id a field name stands for, or null when it is no coded attribute. */
export function attributeIdOf(field: string, codebook: Codebook): string | null {
  if (field.startsWith(ATTRIBUTE_PREFIX)) return field.slice(ATTRIBUTE_PREFIX.length) || null;
  if (RESERVED.has(field) || field.startsWith(MOTIVE_PREFIX)) return null;
  return codebook.tieAttributes.some((a) => a.id === field) ? field : null;
}

export const motiveField = (motiveId: string): string => MOTIVE_PREFIX + motiveId;

export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\;]/g, '\\$&')).join(';');
}

/** Inverse of joinList; items are trimmed and empty items dropped. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) current += text[++i];
    else if (c === ';') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number, or null. With `decimalComma` (CSV with ";") "12,5" reads as 12.5. */
export function parseNumber(raw: string, decimalComma = false): number | null {
  let text = raw.trim();
  if (decimalComma && /^[+-]?\d*,\d+([eE][+-]?\d+)?$/.test(text)) text = text.replace(',', '.');
  if (!NUMBER.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const TRUE = new Set(['true', '1', 'yes', 'y', 'ja', 'j', 'x', 'waar']);
const FALSE = new Set(['false', '0', 'no', 'n', 'nee', '', 'onwaar']);

/** true / false from the ways spreadsheets and XML write it (en and nl), else null. */
export function parseBoolean(raw: string): boolean | null {
  const text = raw.trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return null;
}
