/**
 * Which ring of the concentric layout each external actor goes on: by contact frequency or by
 * position cluster. Only rings that hold an actor are kept, from the centre outwards.
 */
import type { PartnerMapDoc } from '../../model';
import type { GuideLabel } from '../../store';

export type RingMode = 'frequency' | 'position';

/** The key of the outer ring for actors without a value (no tie, or nothing filled in). */
export const UNSET_RING = ':unset';

export interface RingPlan {
  /** Rings from the centre outwards. */
  readonly rings: readonly { readonly key: string; readonly label: GuideLabel }[];
  /** The ring key of each actor that was given (externals). */
  readonly ringOf: ReadonlyMap<string, string>;
}

/**
 * Position clusters from the centre outwards (domain.md §2a, Gehre in Suijs 1999). Core actors
 * combine participation with influence where relations cross, so they are innermost. Anchoring
 * actors bring influence and legitimacy (often government) but take part less day to day.
 * Framing actors are involved supporters who may grow into core or member actors, yet hold no
 * influence of their own. Context actors are only occasionally consulted, so they are outermost.
 */
export const POSITION_ORDER: readonly string[] = ['core', 'anchoring', 'framing', 'context'];

/**
 * Each actor's strongest tie frequency (a frequency id) with the school; an actor with no tie to
 * the school gets its strongest frequency with anyone. Null when no counted tie has a known one.
 * The stronger of two is the higher level; on equal levels the codebook's earlier term.
 */
export function strongestFrequencies(map: PartnerMapDoc): ReadonlyMap<string, string | null> {
  const rank = new Map<string, number>();
  map.codebook.frequencies.forEach((f, i) => rank.set(f.id, f.level * 1e6 - i));
  const stronger = (a: string | null, b: string | null): string | null => {
    const ra = a === null ? undefined : rank.get(a);
    const rb = b === null ? undefined : rank.get(b);
    if (ra === undefined) return rb === undefined ? null : b;
    return rb !== undefined && rb > ra ? b : a;
  };
  const egoIds = new Set<string>(map.actors.filter((a) => a.kind === 'ego').map((a) => a.id));
  const withSchool = new Map<string, string | null>();
  const withAnyone = new Map<string, string | null>();
  const note = (into: Map<string, string | null>, actor: string, frequency: string | null) =>
    into.set(actor, stronger(into.get(actor) ?? null, frequency));
  for (const tie of map.ties) {
    for (const [self, other] of [
      [tie.source, tie.target],
      [tie.target, tie.source],
    ] as const) {
      note(withAnyone, self, tie.frequency);
      if (egoIds.has(other)) note(withSchool, self, tie.frequency);
    }
  }
  const out = new Map<string, string | null>();
  for (const actor of map.actors) {
    const id: string = actor.id;
    out.set(id, (withSchool.has(id) ? withSchool.get(id) : withAnyone.get(id)) ?? null);
  }
  return out;
}

/** Keeps the ordered keys that are used, then appends the unset ring if it is used. */
function usedRings(
  order: readonly string[],
  ringOf: ReadonlyMap<string, string>,
  label: (key: string) => GuideLabel,
  unsetLabel: GuideLabel,
): RingPlan {
  const used = new Set(ringOf.values());
  const rings = order.filter((key) => used.has(key)).map((key) => ({ key, label: label(key) }));
  if (used.has(UNSET_RING)) rings.push({ key: UNSET_RING, label: unsetLabel });
  return { rings, ringOf };
}

export function frequencyRings(map: PartnerMapDoc, actorIds: readonly string[]): RingPlan {
  const strongest = strongestFrequencies(map);
  const ringOf = new Map<string, string>();
  for (const id of actorIds) ringOf.set(id, strongest.get(id) ?? UNSET_RING);
  // Weekly (the highest level) innermost; equal levels keep the codebook's order.
  const order = map.codebook.frequencies
    .map((f, i) => ({ id: f.id, level: f.level, i }))
    .sort((a, b) => b.level - a.level || a.i - b.i)
    .map((f) => f.id);
  return usedRings(order, ringOf, (id) => ({ vocabulary: 'frequencies', id }), {
    message: 'layout.ring.noFrequency',
  });
}

export function positionRings(map: PartnerMapDoc, actorIds: readonly string[]): RingPlan {
  const positionOf = new Map<string, string | null>(map.actors.map((a) => [a.id, a.position]));
  const ringOf = new Map<string, string>();
  for (const id of actorIds) ringOf.set(id, positionOf.get(id) ?? UNSET_RING);
  // Positions the codebook adds come next in its order; ids it lacks last, so none is lost.
  const known = map.codebook.positions
    .map((p) => p.id)
    .filter((id) => !POSITION_ORDER.includes(id));
  const listed = new Set([...POSITION_ORDER, ...known]);
  const unknown = [...new Set(ringOf.values())]
    .filter((id) => id !== UNSET_RING && !listed.has(id))
    .sort();
  return usedRings(
    [...POSITION_ORDER, ...known, ...unknown],
    ringOf,
    (id) => ({ vocabulary: 'positions', id }),
    { message: 'layout.ring.noPosition' },
  );
}

export function ringPlan(
  map: PartnerMapDoc,
  mode: RingMode,
  actorIds: readonly string[],
): RingPlan {
  return mode === 'frequency' ? frequencyRings(map, actorIds) : positionRings(map, actorIds);
}
