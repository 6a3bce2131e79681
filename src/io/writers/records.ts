/**
 * Actors and ties as flat records of typed cells, under the field names of fields.ts: what
 * CSV, GraphML and GEXF write. null means "no value" (an unset type, an actor without position).
 */
import { findTerm } from '../../codebook/helpers';
import type { Actor, PartnerMapDoc, Tie } from '../../model/types';
import {
  ACTOR_FIELDS,
  attributeField,
  joinList,
  motiveField,
  TIE_DERIVED_FIELDS,
  TIE_FIELDS,
} from '../fields';

export type Cell = string | number | boolean | null;
export type ColumnType = 'string' | 'boolean' | 'double';

export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

export type Row = Readonly<Record<string, Cell>>;

const typeOf = (name: string): ColumnType =>
  name === 'x' || name === 'y' || name === 'weight'
    ? 'double'
    : name === 'directed'
      ? 'boolean'
      : 'string';

export const ACTOR_COLUMNS: readonly Column[] = ACTOR_FIELDS.map((name) => ({
  name,
  type: typeOf(name),
}));

export interface TieColumnOptions {
  /** One 0/1 column per motive of the codebook (CSV). */
  readonly motiveFlags: boolean;
}

/** Tie fields, then one column per coded attribute of the codebook, then the derived fields. */
export function tieColumns(map: PartnerMapDoc, options: TieColumnOptions): Column[] {
  const names: string[] = [];
  for (const field of TIE_FIELDS) {
    names.push(field);
    if (field === 'motives' && options.motiveFlags) {
      names.push(...map.codebook.motives.map((m) => motiveField(m.id)));
    }
    if (field === 'motives') {
      names.push(...map.codebook.tieAttributes.map((a) => attributeField(a.id)));
    }
  }
  names.push(...TIE_DERIVED_FIELDS);
  return names.map((name) => ({ name, type: typeOf(name) }));
}

export function actorRow(map: PartnerMapDoc, actor: Actor): Row {
  const position = map.positions[actor.id];
  return {
    id: actor.id,
    label: actor.label,
    kind: actor.kind,
    type: actor.type,
    position: actor.position,
    triangleRole: actor.triangleRole,
    resources: joinList(actor.resources),
    notes: actor.notes,
    x: position ? position.x : null,
    y: position ? position.y : null,
  };
}

export function tieRow(map: PartnerMapDoc, tie: Tie, labels: ReadonlyMap<string, string>): Row {
  const row: Record<string, Cell> = {
    source: tie.source,
    target: tie.target,
    id: tie.id,
    directed: tie.directed,
    frequency: tie.frequency,
    motives: joinList(tie.motives),
    duration: tie.duration,
    notes: tie.notes,
    quotes: joinList(tie.quotes),
    sourceLabel: labels.get(tie.source) ?? null,
    targetLabel: labels.get(tie.target) ?? null,
    weight: findTerm(map.codebook.frequencies, tie.frequency)?.level ?? null,
  };
  const motives = new Set(tie.motives);
  for (const m of map.codebook.motives) row[motiveField(m.id)] = motives.has(m.id) ? 1 : 0;
  for (const a of map.codebook.tieAttributes) {
    row[attributeField(a.id)] = joinList(tie.attributes[a.id] ?? []);
  }
  return row;
}

export function labelsById(map: PartnerMapDoc): Map<string, string> {
  return new Map(map.actors.map((a) => [a.id, a.label]));
}

/** Cells that carry nothing (null or empty text) are left out of XML formats. */
export const isEmpty = (cell: Cell | undefined): boolean =>
  cell === null || cell === undefined || cell === '';
