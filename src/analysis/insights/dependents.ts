/**
 * Dependencies (domain.md §6, "afhankelijkheden"): which actors lose every path to the school
 * when one actor falls away. Works on the undirected view of the map. Internal actors are
 * ordinary actors here: a team or teacher of the school can be the one link everything runs
 * through. One breadth-first search from the school per removed actor: O(actors + ties) each.
 */
import type { PartnerMapDoc } from '../../model/types';
import type { MapAnalysis } from '../types';
import { egoOf, neighbourLists, reachable } from './mapView';

/**
 * The actors (ids, in map order) that are connected to the school now and would no longer be
 * if `actorId` were removed. Empty for the school itself, an unknown id, an actor that is not
 * connected to the school, and a map without a school.
 */
export function dependentsOf(map: PartnerMapDoc, actorId: string): string[] {
  const ego = egoOf(map);
  if (!ego || ego.id === actorId) return [];
  const neighbours = neighbourLists(map);
  return lostWithout(map, neighbours, reachable(neighbours, ego.id), ego.id, actorId);
}

/** A cut-point and the actors that reach the school only through it. */
export interface OnlyThrough {
  readonly via: string;
  /** In map order; never empty. */
  readonly actors: readonly string[];
}

/**
 * For every cut-point of the analysis except the school: the actors that reach the school only
 * through it, in map order of the cut-points. Cut-points that cut nothing off from the school
 * (they split a part of the map the school is not in) are left out.
 */
export function reachableOnlyThrough(map: PartnerMapDoc, analysis: MapAnalysis): OnlyThrough[] {
  const ego = egoOf(map);
  if (!ego) return [];
  const neighbours = neighbourLists(map);
  const connected = reachable(neighbours, ego.id);
  const cutPoints = new Set(analysis.map.cutPoints);
  const result: OnlyThrough[] = [];
  for (const actor of map.actors) {
    if (!cutPoints.has(actor.id) || actor.id === ego.id) continue;
    const actors = lostWithout(map, neighbours, connected, ego.id, actor.id);
    if (actors.length > 0) result.push({ via: actor.id, actors });
  }
  return result;
}

function lostWithout(
  map: PartnerMapDoc,
  neighbours: ReadonlyMap<string, readonly string[]>,
  connected: ReadonlySet<string>,
  egoId: string,
  removed: string,
): string[] {
  if (!connected.has(removed)) return [];
  const still = reachable(neighbours, egoId, removed);
  return map.actors
    .map((a) => a.id)
    .filter((id) => id !== removed && connected.has(id) && !still.has(id));
}
