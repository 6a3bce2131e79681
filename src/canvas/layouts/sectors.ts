/**
 * Sectors of the concentric layout: one per actor-type group that has external actors, in the
 * codebook's group order, each as wide as its share of the actors (with a minimum).
 */
import type { Actor, PartnerMapDoc } from '../../model';
import type { GuideLabel } from '../../store';
import { proportionalAngles } from './geometry';

/** The key of the last sector: externals whose type is not set (or not in the codebook). */
export const NO_TYPE_SECTOR = ':no-type';

/** About 23°: room for a sector's name even when it holds a single actor. */
export const MIN_SECTOR_ANGLE = 0.4;

export interface Sector {
  readonly key: string;
  readonly label: GuideLabel;
  readonly startAngle: number;
  readonly endAngle: number;
}

export interface SectorPlan {
  readonly sectors: readonly Sector[];
  readonly sectorOf: ReadonlyMap<string, string>;
}

/**
 * Each sector's width is its share of the actors; when `crowdingOf` is given, averaged with its
 * share of the crowding (how much room its actors need on their most crowded ring).
 */
export function sectorPlan(
  map: PartnerMapDoc,
  externals: readonly Actor[],
  crowdingOf?: (members: readonly Actor[]) => number,
): SectorPlan {
  const groupOf = new Map(map.codebook.actorTypes.map((t) => [t.id, t.group]));
  const sectorOf = new Map<string, string>();
  const members = new Map<string, Actor[]>();
  for (const actor of externals) {
    const key = (actor.type !== null ? groupOf.get(actor.type) : undefined) ?? NO_TYPE_SECTOR;
    sectorOf.set(actor.id, key);
    members.set(key, [...(members.get(key) ?? []), actor]);
  }
  // Codebook order first; a group id the codebook lacks (an edited codebook) next, by id.
  const listed = map.codebook.actorTypeGroups.map((g) => g.id);
  const unlisted = [...members.keys()]
    .filter((key) => key !== NO_TYPE_SECTOR && !listed.includes(key))
    .sort();
  const keys = [...listed, ...unlisted, NO_TYPE_SECTOR].filter((key) => members.has(key));
  const groups = keys.map((key) => members.get(key) ?? []);
  const crowding = groups.map((g) => crowdingOf?.(g) ?? 0);
  const totalCrowding = crowding.reduce((sum, c) => sum + c, 0);
  const weights = groups.map(
    (g, i) =>
      g.length / externals.length + (totalCrowding > 0 ? (crowding[i] ?? 0) / totalCrowding : 0),
  );
  const widths = proportionalAngles(weights, MIN_SECTOR_ANGLE);
  let start = 0;
  const sectors = keys.map((key, i): Sector => {
    const startAngle = start;
    start += widths[i] ?? 0;
    const label: GuideLabel =
      key === NO_TYPE_SECTOR
        ? { message: 'layout.sector.noType' }
        : { vocabulary: 'actorTypeGroups', id: key };
    return { key, label, startAngle, endAngle: start };
  });
  return { sectors, sectorOf };
}

/**
 * Orders actors by type (the codebook's order; unknown types after, by id), then label, then id:
 * the same map always gives the same order, whatever order its actors are stored in.
 */
export function byTypeThenLabel(typeOrder: readonly string[]): (a: Actor, b: Actor) => number {
  const index = new Map(typeOrder.map((id, i) => [id, i]));
  const rank = (a: Actor) => (a.type === null ? Infinity : (index.get(a.type) ?? typeOrder.length));
  const text = (s: string) => s.toLowerCase();
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) =>
    rank(a) - rank(b) ||
    cmp(a.type ?? '', b.type ?? '') ||
    cmp(text(a.label), text(b.label)) ||
    cmp(a.label, b.label) ||
    cmp(a.id, b.id);
}
