import {
  findTieBetween,
  tieProblem,
  type ActorId,
  type PartnerMapDoc,
  type TieId,
} from '../../model';

/** What drawing a tie from `source` to `target` comes to. */
export type TieOutcome =
  | { readonly kind: 'create'; readonly source: ActorId; readonly target: ActorId }
  /** The pair already has a tie (in either direction): open that one instead. */
  | { readonly kind: 'existing'; readonly tie: TieId }
  | { readonly kind: 'invalid'; readonly problem: 'self-loop' | 'unknown-actor' };

export function resolveTie(map: PartnerMapDoc, source: ActorId, target: ActorId): TieOutcome {
  const problem = tieProblem(map, source, target);
  if (problem === null) return { kind: 'create', source, target };
  if (problem === 'duplicate') {
    const tie = findTieBetween(map, source, target);
    if (tie) return { kind: 'existing', tie: tie.id };
  }
  return { kind: 'invalid', problem: problem === 'self-loop' ? 'self-loop' : 'unknown-actor' };
}

/** An input to "tap one, then the other": a tap (or Enter) on an actor, on empty space, Escape. */
export type DraftInput =
  | { readonly kind: 'actor'; readonly id: ActorId }
  | { readonly kind: 'empty' }
  | { readonly kind: 'cancel' };

export type DraftResult =
  | { readonly kind: 'idle' }
  | { readonly kind: 'started'; readonly source: ActorId }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'done'; readonly outcome: TieOutcome };

export interface DraftStep {
  /** The draft's source after the input (view.tieDraft). */
  readonly draft: ActorId | null;
  readonly result: DraftResult;
}

/**
 * The tie-draft state machine, pure. With no draft, a tap on an actor starts one when
 * `canStart` (the draw-ties mode is on); with a draft, a tap on another actor ends it in a
 * tie, and a tap on the same actor, on empty space or Escape cancels it.
 */
export function stepDraft(
  map: PartnerMapDoc,
  draft: ActorId | null,
  input: DraftInput,
  canStart: boolean,
): DraftStep {
  if (draft === null) {
    if (input.kind === 'actor' && canStart && map.actors.some((a) => a.id === input.id)) {
      return { draft: input.id, result: { kind: 'started', source: input.id } };
    }
    return { draft: null, result: { kind: 'idle' } };
  }
  if (input.kind !== 'actor' || input.id === draft) {
    return { draft: null, result: { kind: 'cancelled' } };
  }
  const outcome = resolveTie(map, draft, input.id);
  if (outcome.kind === 'invalid') return { draft: null, result: { kind: 'cancelled' } };
  return { draft: null, result: { kind: 'done', outcome } };
}
