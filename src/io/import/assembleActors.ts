/**
 * Raw actor records → actors and positions. An actor needs an id (or else its label serves
 * as id); a second actor with the same id is skipped; a map has at most one school (ego).
 * Without a kind, an actor whose type is an internal role is internal, otherwise external.
 */
import { ACTOR_KINDS, type Actor, type ActorKind, type Point } from '../../model/types';
import { asActorId, type ActorId } from '../../model/ids';
import { joinExtras, type RecordFields } from './recordFields';
import type { AssemblyContext } from './context';
import { normalizeName } from './codebookResolver';

const KIND_NAMES: Readonly<Record<string, ActorKind>> = {
  ego: 'ego',
  school: 'ego',
  internal: 'internal',
  intern: 'internal',
  external: 'external',
  extern: 'external',
};

export interface ActorSet {
  readonly actors: readonly Actor[];
  readonly positions: Readonly<Record<string, Point>>;
  /** The actor a tie end refers to: by id, else by a label that only one actor has. */
  findEnd(reference: string, label?: string): ActorId | null;
}

export function buildActors(records: readonly RecordFields[], ctx: AssemblyContext): ActorSet {
  const actors: Actor[] = [];
  const positions: Record<string, Point> = {};
  const ids = new Set<string>();
  let hasEgo = false;
  for (const record of records) {
    const get = (field: string) => record.values.get(field);
    const line = record.line;
    const id = (get('id') ?? '').trim() || (get('label') ?? '').trim();
    if (id === '') {
      ctx.report.add('actor-empty', { line });
      continue;
    }
    if (ids.has(id)) {
      ctx.report.add('actor-duplicate-id', { id, line });
      continue;
    }
    ids.add(id);
    let kind = readKind(id, get('kind'), get('type'), ctx);
    if (kind === 'ego' && hasEgo) {
      ctx.report.add('ego-demoted', { id });
      kind = 'internal';
    }
    hasEgo ||= kind === 'ego';
    const rawType = (get('type') ?? '').trim();
    let type: string | null = null;
    if (kind === 'ego' && rawType !== '')
      ctx.report.add('ego-type-dropped', { id, value: rawType });
    else if (kind !== 'ego') {
      type = ctx.resolver.resolve(
        kind === 'internal' ? 'internalRoles' : 'actorTypes',
        rawType,
        'type',
      );
    }
    const resources = new Set<string>();
    for (const value of ctx.list(get('resources'))) {
      const resolved = ctx.resolver.resolve('resources', value, 'resources');
      if (resolved !== null) resources.add(resolved);
    }
    actors.push({
      id: asActorId(id),
      label: get('label') ?? id,
      kind,
      type,
      position: ctx.resolver.resolve('positions', get('position') ?? '', 'position'),
      triangleRole: ctx.resolver.resolve(
        'triangleRoles',
        get('triangleRole') ?? '',
        'triangleRole',
      ),
      resources: [...resources],
      notes: joinExtras(get('notes') ?? '', record.extras),
    });
    const point = readPoint(get('x'), get('y'), line, ctx);
    if (point) positions[id] = point;
  }
  return { actors, positions, findEnd: endFinder(actors) };
}

function readKind(
  id: string,
  raw: string | undefined,
  rawType: string | undefined,
  ctx: AssemblyContext,
): ActorKind {
  const value = (raw ?? '').trim();
  if (value !== '') {
    const kind = (ACTOR_KINDS as readonly string[]).includes(value)
      ? (value as ActorKind)
      : KIND_NAMES[normalizeName(value)];
    if (kind) return kind;
    ctx.report.add('kind-unknown', { id, value });
    return 'external';
  }
  const type = (rawType ?? '').trim();
  const internalOnly =
    type !== '' &&
    ctx.resolver.match('internalRoles', type) !== null &&
    ctx.resolver.match('actorTypes', type) === null;
  return internalOnly ? 'internal' : 'external';
}

function readPoint(
  rawX: string | undefined,
  rawY: string | undefined,
  line: number,
  ctx: AssemblyContext,
): Point | null {
  const read = (field: string, raw: string | undefined) => {
    if (raw === undefined || raw.trim() === '') return null;
    const value = ctx.number(raw);
    if (value === null) ctx.report.add('value-invalid', { field, value: raw, line });
    return value;
  };
  const x = read('x', rawX);
  const y = read('y', rawY);
  return x !== null && y !== null ? { x, y } : null;
}

function endFinder(actors: readonly Actor[]): ActorSet['findEnd'] {
  const byId = new Map(actors.map((a) => [a.id as string, a.id]));
  const byLabel = new Map<string, ActorId | null>();
  for (const a of actors) {
    const key = normalizeName(a.label);
    byLabel.set(key, byLabel.has(key) ? null : a.id);
  }
  return (reference, label) =>
    byId.get(reference) ??
    byLabel.get(normalizeName(reference)) ??
    (label !== undefined ? (byLabel.get(normalizeName(label)) ?? null) : null);
}
