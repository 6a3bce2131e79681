/**
 * Concentric rings around the school (VennMaker, Network Canvas): the school in the centre, its
 * own teams close around it, external partners on rings (by contact frequency or by position)
 * cut into sectors per actor-type group. Pure and deterministic: the same map gives the same
 * positions whatever the order of its actors and ties.
 */
import type { Actor, PartnerMapDoc, Point } from '../../model';
import type { LayoutGuides } from '../../store';
import { MIN_DISTANCE, TAU, labelWidth, polar, radiusForAngles } from './geometry';
import { ringPlan, type RingMode } from './rings';
import { byTypeThenLabel, sectorPlan } from './sectors';

/** Radius of the ring of the school's own teams and people (internal actors). */
export const INNER_RADIUS = 100;
/** The first ring of partners is at least this far out. */
export const FIRST_RING = 200;
/** Rings are at least this far apart, so that labels under one ring clear the next. */
export const RING_GAP = 100;
/** The sectors may turn this far (radians) either way; candidates every ROTATION_STEP. */
const ROTATION_LIMIT = Math.PI / 6;
const ROTATION_STEP = Math.PI / 36;
const ROTATIONS: readonly number[] = Array.from(
  { length: Math.round(ROTATION_LIMIT / ROTATION_STEP) },
  (_, i) => (i + 1) * ROTATION_STEP,
).flatMap((turn) => [turn, -turn]);
/** The innermost band leaves this much room around the school's own node. */
const CENTRE_CLEARANCE = 45;

export interface ConcentricResult {
  readonly positions: Record<string, Point>;
  readonly guides: LayoutGuides;
}

interface Placed {
  readonly id: string;
  readonly angle: number;
  readonly width: number;
}

const byId = (a: Actor, b: Actor) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Spreads actors evenly over [start, start + width): one step apart, half a step from the ends. */
const spreadOver = (actors: readonly Actor[], start: number, width: number): Placed[] =>
  actors.map((a, i) => ({
    id: a.id,
    angle: start + ((i + 0.5) * width) / actors.length,
    width: labelWidth(a.label),
  }));

export function concentricLayout(map: PartnerMapDoc, mode: RingMode): ConcentricResult {
  const actors = [...map.actors].sort(byId);
  const centre = actors.find((a) => a.kind === 'ego');
  // The school's own teams stay close to it in both modes: they are part of the school, not
  // partners at some distance. A second school actor (not expected) joins them.
  const inner = actors
    .filter((a) => a !== centre && a.kind !== 'external')
    .sort(byTypeThenLabel(map.codebook.internalRoles.map((r) => r.id)));
  const externals = actors.filter((a) => a.kind === 'external');
  const rings = ringPlan(
    map,
    mode,
    externals.map((a) => a.id),
  );
  const ringIndex = new Map(rings.rings.map((r, k) => [r.key, k]));
  // A group whose actors share one ring would be squeezed there (and push that whole ring out)
  // if its sector counted only its actors: the width also counts its most crowded ring's share.
  const { sectors, sectorOf } = sectorPlan(map, externals, (members) => {
    const perRing = new Map<number, number>();
    for (const a of members) {
      const k = ringIndex.get(rings.ringOf.get(a.id) ?? '') ?? 0;
      perRing.set(k, (perRing.get(k) ?? 0) + 1);
    }
    return Math.max(...[...perRing].map(([k, n]) => n / (FIRST_RING + k * RING_GAP)));
  });
  const order = byTypeThenLabel(map.codebook.actorTypes.map((t) => t.id));

  // Actors per ring and sector, in their final order.
  const members = rings.rings.map((ring) =>
    sectors.map((sector) =>
      externals
        .filter((a) => rings.ringOf.get(a.id) === ring.key && sectorOf.get(a.id) === sector.key)
        .sort(order),
    ),
  );
  const innerAngles = spreadOver(inner, 0, TAU);
  const radiusOf = (placed: readonly Placed[]) =>
    radiusForAngles([...placed].sort((a, b) => a.angle - b.angle));
  const innerRadius = inner.length > 0 ? Math.max(INNER_RADIUS, radiusOf(innerAngles)) : null;

  // Each ring is as far out as its crowding needs, and at least RING_GAP beyond the previous one.
  const ringsAt = (rotation: number) => {
    let previous = innerRadius ?? FIRST_RING - RING_GAP;
    return rings.rings.map((ring, k) => {
      const placed = sectors.flatMap((sector, s) =>
        spreadOver(
          members[k]?.[s] ?? [],
          sector.startAngle + rotation,
          sector.endAngle - sector.startAngle,
        ),
      );
      previous = Math.max(previous + RING_GAP, radiusOf(placed), MIN_DISTANCE);
      return { radius: previous, label: ring.label, placed };
    });
  };
  // Side by side (top and bottom) labels need more room than stacked ones (left and right), so
  // the sectors turn a little (at most ROTATION_LIMIT, the ring names stay near the top) to where
  // the rings need the least room. Ties go to the smallest turn, checked in a fixed order.
  let rotation = 0;
  let partnerRings = ringsAt(0);
  for (const candidate of ROTATIONS) {
    const tried = ringsAt(candidate);
    const outer = (list: typeof tried) => list[list.length - 1]?.radius ?? 0;
    if (outer(tried) < outer(partnerRings) - 1) [rotation, partnerRings] = [candidate, tried];
  }

  const positions: Record<string, Point> = {};
  const put = (id: string, p: Point) =>
    (positions[id] = { x: Math.round(p.x), y: Math.round(p.y) });
  if (centre) put(centre.id, { x: 0, y: 0 });
  for (const p of innerAngles) put(p.id, polar(innerRadius ?? INNER_RADIUS, p.angle));
  for (const ring of partnerRings) {
    for (const p of ring.placed) put(p.id, polar(ring.radius, p.angle));
  }

  // Bands: each ring reaches halfway to its neighbours; the first leaves room for the school.
  const circles = [
    ...(innerRadius === null
      ? []
      : [{ radius: innerRadius, label: { message: 'layout.ring.school' } as const }]),
    ...partnerRings.map(({ radius, label }) => ({ radius, label })),
  ];
  const guideRings = circles.map(({ radius, label }, k) => {
    const before = circles[k - 1]?.radius;
    const after = circles[k + 1]?.radius;
    return {
      radius,
      inner:
        before === undefined
          ? Math.max(CENTRE_CLEARANCE, radius - RING_GAP / 2)
          : (before + radius) / 2,
      outer: after === undefined ? radius + RING_GAP / 2 : (radius + after) / 2,
      label,
    };
  });
  const partnerBands = guideRings.slice(innerRadius === null ? 0 : 1);
  const sectorInner = partnerBands[0]?.inner ?? 0;
  const sectorOuter = partnerBands[partnerBands.length - 1]?.outer ?? 0;
  return {
    positions,
    guides: {
      rings: guideRings,
      sectors: sectors.map((s) => ({
        startAngle: s.startAngle + rotation,
        endAngle: s.endAngle + rotation,
        inner: sectorInner,
        outer: sectorOuter,
        label: s.label,
      })),
    },
  };
}
