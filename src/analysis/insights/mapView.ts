/**
 * Small read-only views of a map that the insights share: the undirected neighbour lists, the
 * school (ego), the school's side (ego + internal actors), ties collapsed per pair of actors,
 * and a deterministic label order.
 */
import { pairKey } from '../../model/validate';
import type { Actor, PartnerMapDoc, Tie } from '../../model/types';

/** Neighbour ids per actor id in the undirected view; ties to unknown actors or loops skipped. */
export function neighbourLists(map: PartnerMapDoc): ReadonlyMap<string, readonly string[]> {
  const lists = new Map<string, string[]>(map.actors.map((a) => [a.id, []]));
  const seen = new Set<string>();
  for (const t of map.ties) {
    const from = lists.get(t.source);
    const to = lists.get(t.target);
    const key = pairKey(t.source, t.target);
    if (!from || !to || t.source === t.target || seen.has(key)) continue;
    seen.add(key);
    from.push(t.target);
    to.push(t.source);
  }
  return lists;
}

/** The actors reachable from `start` (itself included), never passing through `removed`. */
export function reachable(
  neighbours: ReadonlyMap<string, readonly string[]>,
  start: string,
  removed?: string,
): Set<string> {
  const seen = new Set<string>();
  if (start === removed || !neighbours.has(start)) return seen;
  seen.add(start);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of neighbours.get(queue[head]!) ?? []) {
      if (next === removed || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/** The focal school (the first actor of kind ego), if the map has one. */
export function egoOf(map: PartnerMapDoc): Actor | undefined {
  return map.actors.find((a) => a.kind === 'ego');
}

/** The school's side: the ego and the internal actors (teams and people of the school). */
export function isSchoolSide(actor: Actor | undefined): boolean {
  return actor?.kind === 'ego' || actor?.kind === 'internal';
}

/** One pair of tied actors: the ties between them (usually one) and the union of motives. */
export interface TiedPair {
  readonly source: string;
  readonly target: string;
  readonly ties: readonly string[];
  readonly motives: readonly string[];
}

/** Ties collapsed per pair of actors (either direction), as the analysis counts them. */
export function tiedPairs(map: PartnerMapDoc): readonly TiedPair[] {
  const known = new Set(map.actors.map((a) => a.id));
  const pairs = new Map<
    string,
    { source: string; target: string; ties: string[]; motives: Set<string> }
  >();
  for (const t of map.ties) {
    if (t.source === t.target || !known.has(t.source) || !known.has(t.target)) continue;
    const key = pairKey(t.source, t.target);
    const pair = pairs.get(key);
    if (pair) {
      pair.ties.push(t.id);
      for (const m of t.motives) pair.motives.add(m);
    } else {
      pairs.set(key, {
        source: t.source,
        target: t.target,
        ties: [t.id],
        motives: new Set(t.motives),
      });
    }
  }
  return [...pairs.values()].map((p) => ({ ...p, motives: [...p.motives] }));
}

/** Ties per actor id (a tie appears under both its ends); loops and unknown ends skipped. */
export function tiesByActor(map: PartnerMapDoc): ReadonlyMap<string, readonly Tie[]> {
  const byActor = new Map<string, Tie[]>(map.actors.map((a) => [a.id, []]));
  for (const t of map.ties) {
    if (t.source === t.target) continue;
    const from = byActor.get(t.source);
    const to = byActor.get(t.target);
    if (!from || !to) continue;
    from.push(t);
    to.push(t);
  }
  return byActor;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Alphabetical by label, then by id: the same order whatever the order of the actors. */
export function compareByLabel(
  a: { readonly label: string; readonly id: string },
  b: { readonly label: string; readonly id: string },
): number {
  return (
    collator.compare(a.label, b.label) || compareText(a.label, b.label) || compareText(a.id, b.id)
  );
}

/** Plain code-unit order, for ids (the same in every browser and in Node). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The given actor ids sorted by label, then id; unknown ids are dropped. */
export function sortIdsByLabel(map: PartnerMapDoc, ids: Iterable<string>): string[] {
  const byId = new Map<string, Actor>(map.actors.map((a) => [a.id, a]));
  const actors: Actor[] = [];
  for (const id of ids) {
    const actor = byId.get(id);
    if (actor) actors.push(actor);
  }
  return actors.sort(compareByLabel).map((a) => a.id);
}
