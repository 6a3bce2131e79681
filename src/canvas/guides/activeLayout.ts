import type { PartnerMapDoc } from '../../model';
import type { AppliedLayout, History } from '../../store';

/**
 * The most recent applied layout that still holds: its positions are the map's current ones or
 * lie in the undo past (later drags keep it). Undoing a layout falls back to the one before;
 * opening another map (a new history) ends them all. Compared by identity, so a layout that
 * moved nothing ("Free", or the same rings again) still counts.
 */
export function layoutInEffect(
  layout: AppliedLayout | null,
  history: History<PartnerMapDoc> | null,
): AppliedLayout | null {
  if (!history) return null;
  const reached = new Set([history.present.positions, ...history.past.map((d) => d.positions)]);
  for (let l = layout; l; l = l.previous) if (reached.has(l.positions)) return l;
  return null;
}

/** Keeps the `count` most recent layouts of a chain. */
export function trimLayouts(layout: AppliedLayout | null, count: number): AppliedLayout | null {
  if (!layout || count <= 0) return null;
  return { ...layout, previous: trimLayouts(layout.previous, count - 1) };
}
