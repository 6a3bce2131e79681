import { newTieId, type ActorId, type TieId } from './ids';
import type { Producer } from './producer';
import type { PartnerMapDoc, Tie } from './types';
import { pairKey } from './validate';

export type TieInput = Partial<Omit<Tie, 'id' | 'source' | 'target'>>;

export function makeTie(
  source: ActorId,
  target: ActorId,
  input: TieInput = {},
  id: TieId = newTieId(),
): Tie {
  return {
    id,
    source,
    target,
    directed: input.directed ?? false,
    motives: [...new Set(input.motives ?? [])],
    frequency: input.frequency ?? null,
    attributes: input.attributes ?? {},
    duration: input.duration ?? '',
    notes: input.notes ?? '',
    quotes: input.quotes ?? [],
  };
}

export function findTieBetween(map: PartnerMapDoc, a: ActorId, b: ActorId): Tie | undefined {
  const key = pairKey(a, b);
  return map.ties.find((t) => pairKey(t.source, t.target) === key);
}

export type TieProblem = 'self-loop' | 'unknown-actor' | 'duplicate';

/** Why a tie between a and b cannot be added, or null when it can. */
export function tieProblem(map: PartnerMapDoc, a: ActorId, b: ActorId): TieProblem | null {
  if (a === b) return 'self-loop';
  const ids = new Set<string>(map.actors.map((x) => x.id));
  if (!ids.has(a) || !ids.has(b)) return 'unknown-actor';
  return findTieBetween(map, a, b) ? 'duplicate' : null;
}

/** Adds the tie unless tieProblem() objects; then the map is returned unchanged. */
export const addTie =
  (tie: Tie): Producer =>
  (map) =>
    tieProblem(map, tie.source, tie.target) ? map : { ...map, ties: [...map.ties, tie] };

export const updateTie =
  (id: TieId, patch: TieInput): Producer =>
  (map) => {
    let changed = false;
    const ties = map.ties.map((t) => {
      if (t.id !== id) return t;
      changed = true;
      const next = { ...t, ...patch };
      return patch.motives ? { ...next, motives: [...new Set(patch.motives)] } : next;
    });
    return changed ? { ...map, ties } : map;
  };

export const removeTies =
  (ids: readonly TieId[]): Producer =>
  (map) => {
    const gone = new Set<string>(ids);
    const ties = map.ties.filter((t) => !gone.has(t.id));
    return ties.length === map.ties.length ? map : { ...map, ties };
  };

/** Reverses a tie (source ↔ target); updateTie leaves the endpoints out on purpose. */
export const swapTieEnds =
  (id: TieId): Producer =>
  (map) => {
    if (!map.ties.some((t) => t.id === id)) return map;
    return {
      ...map,
      ties: map.ties.map((t) => (t.id === id ? { ...t, source: t.target, target: t.source } : t)),
    };
  };
