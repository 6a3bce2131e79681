import type { PartnerMapDoc, Point } from '../model';

const RING_RADIUS = 320;

/**
 * Positions for every actor: the stored one where there is one; otherwise a deterministic
 * spot on a ring around the school (the editor's layouts replace these as soon as the user lays out).
 */
export function positionsFor(map: PartnerMapDoc): ReadonlyMap<string, Point> {
  const out = new Map<string, Point>();
  const missing = map.actors.filter((a) => !map.positions[a.id]);
  const ego = map.actors.find((a) => a.kind === 'ego');
  const centre = (ego && map.positions[ego.id]) || { x: 0, y: 0 };
  for (const a of map.actors) {
    const stored = map.positions[a.id];
    if (stored) out.set(a.id, stored);
  }
  missing.forEach((a, i) => {
    if (a.kind === 'ego') {
      out.set(a.id, centre);
      return;
    }
    const angle = (2 * Math.PI * i) / Math.max(missing.length, 1) - Math.PI / 2;
    out.set(a.id, {
      x: centre.x + RING_RADIUS * Math.cos(angle),
      y: centre.y + RING_RADIUS * Math.sin(angle),
    });
  });
  return out;
}
