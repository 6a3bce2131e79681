import type { ActorKind, PartnerMapDoc, Point } from '../model';
import { positionsFor } from './placement';

export interface FreeSpotOptions {
  /** The new actor's type (actor type for externals, internal role for internals), if any. */
  readonly type?: string | null;
  readonly kind?: ActorKind;
  /** Least distance to every actor already on the map, in model units (px at zoom 1). */
  readonly minDistance?: number;
}

export const MIN_ACTOR_DISTANCE = 110;
/** Gap between the rings searched, and roughly between the candidates on one ring. */
const STEP = 40;
const MAX_RINGS = 250;
/** Where the first actor of a type group goes: in its group's sector around the school. */
const SECTOR_RADIUS = 260;
/** Internal actors stay close to the school. */
const INTERNAL_RADIUS = 170;
const EPSILON = 1e-6;

const INTERNAL_GROUP = '\u0000internal';

/** Internal actors form one group; externals group by their type's group; untyped: none. */
function groupOf(map: PartnerMapDoc, kind: ActorKind, type: string | null): string | null {
  if (kind === 'ego') return null;
  if (kind === 'internal') return INTERNAL_GROUP;
  if (type === null) return null;
  return map.codebook.actorTypes.find((t) => t.id === type)?.group ?? null;
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

function centroid(points: readonly Point[]): Point {
  const sum = points.reduce((s, p) => ({ x: s.x + p.x, y: s.y + p.y }), { x: 0, y: 0 });
  return { x: sum.x / points.length, y: sum.y / points.length };
}

/** Where to start searching: same-group actors' centroid, else the group's sector, else the school. */
function anchorFor(
  map: PartnerMapDoc,
  placed: ReadonlyMap<string, Point>,
  centre: Point,
  group: string | null,
): Point {
  if (group === null) return centre;
  const peers = map.actors
    .filter((a) => groupOf(map, a.kind, a.type) === group)
    .map((a) => placed.get(a.id))
    .filter((p): p is Point => p !== undefined);
  if (peers.length > 0) return centroid(peers);
  if (group === INTERNAL_GROUP) return { x: centre.x, y: centre.y - INTERNAL_RADIUS };
  const groups = map.codebook.actorTypeGroups;
  const index = Math.max(
    0,
    groups.findIndex((g) => g.id === group),
  );
  const angle = -Math.PI / 2 + (2 * Math.PI * (index + 0.5)) / Math.max(groups.length, 1);
  return {
    x: centre.x + SECTOR_RADIUS * Math.cos(angle),
    y: centre.y + SECTOR_RADIUS * Math.sin(angle),
  };
}

/**
 * A free place for a new actor: at least `minDistance` from every actor on the map, near the
 * actors of the same type group (or the group's sector) and, among equally near places, the one
 * closest to the school. Searches rings of growing radius around that anchor. Deterministic: the
 * same map and options always give the same point.
 */
export function freeSpot(map: PartnerMapDoc, options: FreeSpotOptions = {}): Point {
  const minDistance = options.minDistance ?? MIN_ACTOR_DISTANCE;
  const placed = positionsFor(map);
  const points = [...placed.values()];
  const ego = map.actors.find((a) => a.kind === 'ego');
  const centre = (ego && placed.get(ego.id)) ?? { x: 0, y: 0 };
  const group = groupOf(map, options.kind ?? 'external', options.type ?? null);
  const anchor = anchorFor(map, placed, centre, group);
  const isFree = (p: Point) => points.every((q) => distance(p, q) >= minDistance - EPSILON);

  for (let ring = 0; ring <= MAX_RINGS; ring += 1) {
    const radius = ring * STEP;
    const count = ring === 0 ? 1 : Math.max(6, Math.round((2 * Math.PI * radius) / STEP));
    let best: Point | null = null;
    let bestToCentre = Infinity;
    for (let k = 0; k < count; k += 1) {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
      const candidate = {
        x: round(anchor.x + radius * Math.cos(angle)),
        y: round(anchor.y + radius * Math.sin(angle)),
      };
      if (!isFree(candidate)) continue;
      const toCentre = distance(candidate, centre);
      if (toCentre < bestToCentre - EPSILON) {
        best = candidate;
        bestToCentre = toCentre;
      }
    }
    if (best) return best;
  }
  // Unreachable for any map of a sensible size; still never on top of another actor.
  const right = points.reduce((max, p) => Math.max(max, p.x), centre.x);
  return { x: right + minDistance, y: centre.y };
}

/** Whole pixels: stable numbers in files and tests. */
const round = (value: number) => Math.round(value);
