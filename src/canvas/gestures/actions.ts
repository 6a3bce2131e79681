import type { Core } from 'cytoscape';
import { addTie, makeTie, type ActorId, type PartnerMapDoc } from '../../model';
import { patchView, type MapStore, type ViewStore } from '../../store';
import { patchGestures, type GestureNotice, type GestureStore } from './gestureStore';
import { clearPreview } from './preview';
import { resolveTie, stepDraft, type DraftInput, type TieOutcome } from './tieDraft';

export interface GestureDeps {
  readonly cy: Core;
  readonly store: MapStore;
  readonly view: ViewStore;
  readonly gestures: GestureStore;
}

export const actorLabel = (map: PartnerMapDoc | null, id: string): string =>
  map?.actors.find((a) => a.id === id)?.label ?? id;

export type TieActions = ReturnType<typeof createTieActions>;

/** The commands behind every way of drawing a tie: mouse, touch and keyboard end up here. */
export function createTieActions({ cy, store, view, gestures }: GestureDeps) {
  const notify = (notice: GestureNotice | null) =>
    gestures.setState(patchGestures({ notice, candidate: null, dragging: null }));

  function start(source: ActorId, by: 'pointer' | 'keyboard'): void {
    clearPreview(cy);
    gestures.setState(
      patchGestures({ draftBy: by, candidate: null, dragging: null, notice: null }),
    );
    view.setState(patchView({ tieDraft: source, selection: { kind: 'actor', id: source } }));
  }

  /** Ends a draft or drag without a tie; says so only when something was going on. */
  function cancel(): void {
    const busy = view.getState().tieDraft !== null || gestures.getState().dragging !== null;
    clearPreview(cy);
    if (view.getState().tieDraft !== null) view.setState(patchView({ tieDraft: null }));
    if (busy) notify({ key: 'gestures.cancelled' });
    else gestures.setState(patchGestures({ candidate: null, dragging: null }));
  }

  /** One pair has at most one tie: a new pair gets a tie (one undo step), a known pair opens its tie. */
  function finish(outcome: TieOutcome): void {
    clearPreview(cy);
    const map = store.current();
    if (outcome.kind === 'invalid' || !map) {
      view.setState(patchView({ tieDraft: null }));
      notify({ key: 'gestures.cancelled' });
      return;
    }
    let tieId = outcome.kind === 'existing' ? outcome.tie : null;
    if (outcome.kind === 'create') {
      const tie = makeTie(outcome.source, outcome.target);
      store.apply(addTie(tie));
      tieId = tie.id;
    }
    const ends = outcome.kind === 'create' ? outcome : map.ties.find((t) => t.id === tieId);
    view.setState(
      patchView({ tieDraft: null, selection: tieId ? { kind: 'tie', id: tieId } : null }),
    );
    notify({
      key: outcome.kind === 'create' ? 'gestures.created' : 'gestures.existing',
      params: {
        source: actorLabel(map, ends?.source ?? ''),
        target: actorLabel(map, ends?.target ?? ''),
      },
    });
  }

  /** Feeds "tap one, then the other" (and Escape) through the draft state machine. */
  function input(next: DraftInput, by: 'pointer' | 'keyboard'): 'idle' | 'handled' {
    const map = store.current();
    if (!map) return 'idle';
    const canStart = gestures.getState().drawMode || by === 'keyboard';
    const { result } = stepDraft(map, view.getState().tieDraft, next, canStart);
    if (result.kind === 'idle') return 'idle';
    if (result.kind === 'started') start(result.source, by);
    else if (result.kind === 'cancelled') cancel();
    else finish(result.outcome);
    return 'handled';
  }

  /** A drag released on `target` (null: on empty space, which cancels). */
  function drop(source: ActorId, target: ActorId | null): void {
    const map = store.current();
    if (!map || target === null || target === source) cancel();
    else finish(resolveTie(map, source, target));
  }

  return { start, cancel, finish, input, drop };
}
