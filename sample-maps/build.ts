/**
 * Turns a compact, hand-written school definition into a complete map document with stable ids
 * and a deterministic layout (school in the middle, partners on rings, grouped by type group).
 */
import type { Codebook } from '../src/codebook/types';
import {
  asActorId,
  asMapId,
  asTieId,
  createMap,
  makeActor,
  makeTie,
  type Actor,
  type PartnerMapDoc,
  type Participant,
  type Point,
  type Tie,
} from '../src/model';
import { radialLayout, RINGS } from './layout';

export interface ActorSpec {
  /** Becomes the actor id `a-<key>`. */
  readonly key: string;
  readonly label: string;
  /** Actor type id for partners, internal role id for internal actors. */
  readonly type: string;
  readonly internal?: boolean;
  readonly position?: string;
  readonly role?: string;
  readonly resources?: readonly string[];
  readonly notes?: string;
  /** Ring 0 (inner), 1 or 2 (outer); by default from the position. Internal actors ignore it. */
  readonly ring?: number;
  /** Internal actors only: the type group whose sector they sit in front of. */
  readonly near?: string;
}

export interface TieSpec {
  readonly from: string;
  readonly to: string;
  readonly motives: readonly string[];
  readonly frequency: string;
  readonly directed?: boolean;
  readonly attributes?: Readonly<Record<string, readonly string[]>>;
  readonly duration?: string;
  readonly notes?: string;
  readonly quotes?: readonly string[];
}

export interface SchoolSpec {
  readonly id: string;
  readonly title: string;
  readonly school: string;
  readonly now: string;
  readonly egoNotes: string;
  readonly egoResources: readonly string[];
  readonly session: {
    readonly date: string;
    readonly facilitator: string;
    readonly moment: string;
    /** [role id, name] pairs; participant ids become p-1, p-2, … */
    readonly participants: readonly (readonly [string, string])[];
    readonly notes: string;
  };
  readonly actors: readonly ActorSpec[];
  readonly ties: readonly TieSpec[];
}

type More<T> = Partial<Omit<T, 'key' | 'label' | 'type' | 'from' | 'to'>>;

/** A partner (external actor) in one line: key, label, type, position, resources, extras. */
export const partner = (
  key: string,
  label: string,
  type: string,
  position: string | undefined,
  resources: readonly string[],
  more: More<ActorSpec> = {},
): ActorSpec => ({ key, label, type, position, resources, ...more });

/** An internal actor (team or role) placed in front of the sector of type group `near`. */
export const internal = (
  key: string,
  label: string,
  type: string,
  near: string,
  more: More<ActorSpec> = {},
): ActorSpec => ({ key, label, type, near, internal: true, position: 'core', ...more });

/** A tie in one line: from, to, motives, frequency, extras. */
export const tie = (
  from: string,
  to: string,
  motives: readonly string[],
  frequency: string,
  more: More<TieSpec> = {},
): TieSpec => ({ from, to, motives, frequency, ...more });

export const EGO_KEY = 'school';
const actorId = (key: string) => asActorId(`a-${key}`);

function defaultRing(position: string | undefined): number {
  if (position === 'core') return 0;
  if (position === 'anchoring' || position === 'context') return 1;
  return 2;
}

/** Positions by actor id (see layout.ts); partners without ties go on the outer ring. */
export function layout(
  codebook: Codebook,
  egoLabel: string,
  actors: readonly ActorSpec[],
  ties: readonly TieSpec[],
): Record<string, Point> {
  const tied = new Set(ties.flatMap((t) => [t.from, t.to]));
  const groupOf = new Map(codebook.actorTypes.map((t) => [t.id, t.group]));
  const partners = actors
    .filter((a) => !a.internal)
    .map((a) => ({
      id: actorId(a.key),
      label: a.label,
      group: groupOf.get(a.type) ?? '',
      ring: tied.has(a.key) ? (a.ring ?? defaultRing(a.position)) : RINGS.length - 1,
    }));
  const inner = actors
    .filter((a) => a.internal)
    .map((a) => ({ id: actorId(a.key), label: a.label, near: a.near }));
  const groups = codebook.actorTypeGroups.map((g) => g.id);
  const placed = radialLayout({ id: actorId(EGO_KEY), label: egoLabel }, groups, partners, inner);
  // In actor order, so the file reads like the actor list.
  const ordered: Record<string, Point> = {};
  for (const key of [EGO_KEY, ...actors.map((a) => a.key)]) {
    const at = placed[actorId(key)];
    if (at) ordered[actorId(key)] = at;
  }
  return ordered;
}

/** Builds the map document; validation is left to parseMap (see generate.ts). */
export function buildMap(spec: SchoolSpec, codebook: Codebook): PartnerMapDoc {
  const base = createMap({
    school: spec.school,
    codebook,
    now: spec.now,
    title: spec.title,
    id: asMapId(spec.id),
    egoId: actorId(EGO_KEY),
  });
  const [ego] = base.actors;
  if (!ego) throw new Error('createMap returned no ego actor');
  const actors: Actor[] = [
    { ...ego, notes: spec.egoNotes, resources: [...spec.egoResources] },
    ...spec.actors.map((a) =>
      makeActor(
        {
          label: a.label,
          kind: a.internal ? 'internal' : 'external',
          type: a.type,
          position: a.position ?? null,
          triangleRole: a.role ?? null,
          resources: a.resources ?? [],
          notes: a.notes ?? '',
        },
        actorId(a.key),
      ),
    ),
  ];
  const ties: Tie[] = spec.ties.map((t, i) =>
    makeTie(
      actorId(t.from),
      actorId(t.to),
      {
        directed: t.directed ?? false,
        motives: t.motives,
        frequency: t.frequency,
        attributes: t.attributes ?? {},
        duration: t.duration ?? '',
        notes: t.notes ?? '',
        quotes: t.quotes ?? [],
      },
      asTieId(`t-${i + 1}`),
    ),
  );
  const participants: Participant[] = spec.session.participants.map(([role, name], i) => ({
    id: `p-${i + 1}`,
    role,
    name,
  }));
  return {
    ...base,
    session: {
      school: spec.school,
      date: spec.session.date,
      facilitator: spec.session.facilitator,
      moment: spec.session.moment,
      participants,
      notes: spec.session.notes,
    },
    actors,
    ties,
    positions: layout(codebook, spec.school, spec.actors, spec.ties),
  };
}
