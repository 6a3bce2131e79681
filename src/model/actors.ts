import { newActorId, type ActorId } from './ids';
import type { Producer } from './producer';
import type { Actor, Point } from './types';

export type ActorInput = Partial<Omit<Actor, 'id'>> & { readonly label: string };

/** Builds a complete external actor record from the fields the user gave. */
export function makeActor(input: ActorInput, id: ActorId = newActorId()): Actor {
  return {
    id,
    label: input.label.trim(),
    kind: input.kind ?? 'external',
    type: input.type ?? null,
    position: input.position ?? null,
    triangleRole: input.triangleRole ?? null,
    resources: input.resources ?? [],
    notes: input.notes ?? '',
  };
}

export const addActor =
  (actor: Actor, at?: Point): Producer =>
  (map) => {
    if (map.actors.some((a) => a.id === actor.id)) return map;
    return {
      ...map,
      actors: [...map.actors, actor],
      positions: at ? { ...map.positions, [actor.id]: at } : map.positions,
    };
  };

export const updateActor =
  (id: ActorId, patch: Partial<Omit<Actor, 'id'>>): Producer =>
  (map) => {
    let changed = false;
    const actors = map.actors.map((a) => {
      if (a.id !== id) return a;
      changed = true;
      return { ...a, ...patch, id };
    });
    return changed ? { ...map, actors } : map;
  };

/** Removes the actors, every tie that touches them and their positions. */
export const removeActors =
  (ids: readonly ActorId[]): Producer =>
  (map) => {
    const gone = new Set<string>(ids);
    if (!map.actors.some((a) => gone.has(a.id))) return map;
    const positions = Object.fromEntries(
      Object.entries(map.positions).filter(([key]) => !gone.has(key)),
    );
    return {
      ...map,
      actors: map.actors.filter((a) => !gone.has(a.id)),
      ties: map.ties.filter((t) => !gone.has(t.source) && !gone.has(t.target)),
      positions,
    };
  };

/** Sets positions (one drag of one or more actors ends in one call). */
export const moveActors =
  (moves: Readonly<Record<string, Point>>): Producer =>
  (map) => {
    const known = new Set<string>(map.actors.map((a) => a.id));
    const valid = Object.entries(moves).filter(
      ([key, p]) => known.has(key) && Number.isFinite(p.x) && Number.isFinite(p.y),
    );
    if (valid.length === 0) return map;
    return { ...map, positions: { ...map.positions, ...Object.fromEntries(valid) } };
  };
