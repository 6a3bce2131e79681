/**
 * Raw tie records → ties. Skipped, and reported: a tie without both ends, to an actor not in
 * the file, or from an actor to itself (the model refuses loops). A second tie between the
 * same pair (either direction) is merged into the first: motives, attributes and quotes
 * joined, the first frequency kept, directed only if both run the same way.
 */
import { asTieId, type ActorId } from '../../model/ids';
import type { Tie } from '../../model/types';
import { pairKey } from '../../model/validate';
import {
  ATTRIBUTE_PREFIX,
  MOTIVE_PREFIX,
  parseBoolean,
  TIE_DERIVED_FIELDS,
  TIE_FIELDS,
} from '../fields';
import type { RawExtra } from './raw';
import type { ActorSet } from './assembleActors';
import type { AssemblyContext } from './context';
import { joinExtras, type RecordFields } from './recordFields';

type MutableTie = { -readonly [K in keyof Tie]: Tie[K] };

const TIE_NAMES: ReadonlySet<string> = new Set([...TIE_FIELDS, ...TIE_DERIVED_FIELDS]);

export function buildTies(
  records: readonly RecordFields[],
  actors: ActorSet,
  directedByDefault: boolean,
  ctx: AssemblyContext,
): Tie[] {
  const ties: MutableTie[] = [];
  const byPair = new Map<string, MutableTie>();
  const ids = new Set<string>();
  let generated = 0;
  const freshId = () => {
    let id: string;
    do id = `t-${++generated}`;
    while (ids.has(id));
    return id;
  };
  for (const record of records) {
    const get = (field: string) => record.values.get(field);
    const line = record.line;
    const ends = readEnds(record, actors, ctx);
    if (!ends) continue;
    const [source, target] = ends;
    const tie = readTie(record, source, target, directedByDefault, ctx);
    const key = pairKey(source, target);
    const first = byPair.get(key);
    if (first) {
      ctx.report.add('tie-duplicate-pair', { source, target, line });
      merge(first, tie);
      continue;
    }
    let id = (get('id') ?? '').trim();
    if (id === '') id = freshId();
    else if (ids.has(id)) {
      const newId = freshId();
      ctx.report.add('tie-duplicate-id', { id, newId, line });
      id = newId;
    }
    ids.add(id);
    tie.id = asTieId(id);
    byPair.set(key, tie);
    ties.push(tie);
  }
  return ties;
}

function readEnds(
  record: RecordFields,
  actors: ActorSet,
  ctx: AssemblyContext,
): [ActorId, ActorId] | null {
  const line = record.line;
  const sourceRef = (record.values.get('source') ?? '').trim();
  const targetRef = (record.values.get('target') ?? '').trim();
  if (sourceRef === '' || targetRef === '') {
    ctx.report.add('tie-empty-endpoint', { line });
    return null;
  }
  const source = actors.findEnd(sourceRef, record.values.get('sourceLabel'));
  const target = actors.findEnd(targetRef, record.values.get('targetLabel'));
  if (source === null || target === null) {
    ctx.report.add('tie-unknown-endpoint', {
      endpoint: source === null ? sourceRef : targetRef,
      line,
    });
    return null;
  }
  if (source === target) {
    ctx.report.add('tie-self-loop', { actor: source, line });
    return null;
  }
  return [source, target];
}

function readTie(
  record: RecordFields,
  source: ActorId,
  target: ActorId,
  directedByDefault: boolean,
  ctx: AssemblyContext,
): MutableTie {
  const get = (field: string) => record.values.get(field);
  const line = record.line;
  const extras: RawExtra[] = [...record.extras];
  const rawDirected = (get('directed') ?? '').trim();
  let directed = directedByDefault;
  if (rawDirected !== '') {
    const parsed = parseBoolean(rawDirected);
    if (parsed === null)
      ctx.report.add('value-invalid', { field: 'directed', value: rawDirected, line });
    else directed = parsed;
  }
  const tie: MutableTie = {
    id: asTieId(''),
    source,
    target,
    directed,
    motives: readMotives(record, ctx),
    frequency: null,
    attributes: {},
    duration: get('duration') ?? '',
    notes: '',
    quotes: ctx.list(get('quotes')),
  };
  const rawFrequency = (get('frequency') ?? '').trim();
  if (rawFrequency !== '') {
    tie.frequency = ctx.resolver.resolve('frequencies', rawFrequency, 'frequency');
    if (tie.frequency === null) {
      ctx.report.add('value-to-notes', { field: 'frequency', value: rawFrequency });
      extras.push({ name: 'frequency', value: rawFrequency });
    }
  }
  // PartnerMap writes the frequency level as weight; any other weight is the file's own data.
  const rawWeight = (get('weight') ?? '').trim();
  if (rawWeight !== '') {
    const level = ctx.number(rawWeight);
    const derived = tie.frequency !== null && ctx.resolver.frequencyLevel(tie.frequency) === level;
    if (!derived) extras.push({ name: 'weight', value: rawWeight });
  }
  const attributes: Record<string, string[]> = {};
  for (const [field, text] of record.values) {
    if (TIE_NAMES.has(field) || field.startsWith(MOTIVE_PREFIX)) continue;
    const id = field.startsWith(ATTRIBUTE_PREFIX) ? field.slice(ATTRIBUTE_PREFIX.length) : field;
    if (!ctx.resolver.hasAttribute(id)) {
      extras.push({ name: field, value: text });
      continue;
    }
    const values = new Set<string>();
    for (const item of ctx.list(text)) {
      const value = ctx.resolver.resolveAttributeValue(id, item, field);
      if (value !== null) values.add(value);
    }
    let list = [...values];
    if (list.length > 1 && !ctx.resolver.isMultiple(id)) {
      ctx.report.add('single-value-kept', { field, line });
      list = list.slice(0, 1);
    }
    if (list.length > 0) attributes[id] = list;
  }
  tie.attributes = attributes;
  tie.notes = joinExtras(get('notes') ?? '', extras);
  return tie;
}

/**
 * Motives from the ";"-joined column and the 0/1 columns ("motives.<id>"). A 0/1 column is
 * the say for its motive (someone may have unticked it in a spreadsheet); the joined column
 * adds motives that have no 0/1 column.
 */
function readMotives(record: RecordFields, ctx: AssemblyContext): string[] {
  const flagged = new Map<string, boolean>();
  for (const [field, text] of record.values) {
    if (!field.startsWith(MOTIVE_PREFIX)) continue;
    const raw = field.slice(MOTIVE_PREFIX.length);
    const flag = parseBoolean(text);
    if (flag === null) {
      ctx.report.add('value-invalid', { field, value: text, line: record.line });
      continue;
    }
    const id = flag
      ? ctx.resolver.resolve('motives', raw, 'motives')
      : ctx.resolver.match('motives', raw)?.id;
    if (id) flagged.set(id, flag);
  }
  // The joined column's order first (it is the tie's own order), then ticked motives it lacks.
  const motives = new Set<string>();
  for (const item of ctx.list(record.values.get('motives'))) {
    const id = ctx.resolver.resolve('motives', item, 'motives');
    if (id !== null && flagged.get(id) !== false) motives.add(id);
  }
  for (const [id, flag] of flagged) if (flag) motives.add(id);
  return [...motives];
}

function merge(into: MutableTie, other: MutableTie): void {
  into.directed = into.directed && other.directed && into.source === other.source;
  into.motives = [...new Set([...into.motives, ...other.motives])];
  into.frequency ??= other.frequency;
  const attributes: Record<string, readonly string[]> = { ...into.attributes };
  for (const [id, values] of Object.entries(other.attributes)) {
    attributes[id] ??= values;
  }
  into.attributes = attributes;
  into.duration ||= other.duration;
  into.notes = [into.notes, other.notes].filter((n) => n !== '').join('\n');
  into.quotes = [...into.quotes, ...other.quotes];
}
