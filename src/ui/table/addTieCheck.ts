/** The checks before "Add tie" in the ties table; the rules themselves are the model's. */
import {
  findTieBetween,
  tieProblem,
  type ActorId,
  type PartnerMapDoc,
  type TieId,
} from '../../model';

export type NewTieCheck =
  | { readonly ok: true; readonly source: ActorId; readonly target: ActorId }
  | { readonly ok: false; readonly reason: 'missing' | 'self-loop' | 'unknown-actor' }
  | { readonly ok: false; readonly reason: 'duplicate'; readonly existing: TieId };

/** Whether a tie between the two picked actors can be added; a duplicate names the existing tie. */
export function checkNewTie(
  map: PartnerMapDoc,
  source: ActorId | null,
  target: ActorId | null,
): NewTieCheck {
  if (source === null || target === null) return { ok: false, reason: 'missing' };
  const problem = tieProblem(map, source, target);
  if (problem === null) return { ok: true, source, target };
  if (problem === 'duplicate') {
    const existing = findTieBetween(map, source, target);
    if (existing) return { ok: false, reason: 'duplicate', existing: existing.id };
  }
  return { ok: false, reason: problem === 'self-loop' ? 'self-loop' : 'unknown-actor' };
}
