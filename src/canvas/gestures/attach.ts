import type { Core, EventObject } from 'cytoscape';
import type { PartnerMapDoc } from '../../model';
import type { MapStore, ViewStore } from '../../store';
import { createTieActions } from './actions';
import { gestureStoreFor, patchGestures, toggleDrawMode } from './gestureStore';
import { createKeyboardHandler } from './keyboard';
import { attachPointer } from './pointer';
import { clearPreview, mark, SOURCE_CLASS } from './preview';

export interface CanvasGestures {
  /** The canvas's tap handler asks first; true = a tie gesture took the tap. */
  onTap(event: EventObject): boolean;
  detach(): void;
}

/** Keys typed into a field, or inside a dialog, are not map shortcuts. */
function isOwnedElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)) ||
    target.closest('dialog') !== null
  );
}

/**
 * Tie drawing (mouse, touch, keyboard) and the keyboard model of the canvas. Called once
 * when MapCanvas creates Cytoscape; detach() undoes everything.
 */
export function attachGestures(
  cy: Core,
  container: HTMLElement,
  store: MapStore,
  view: ViewStore,
): CanvasGestures {
  const gestures = gestureStoreFor(view);
  const deps = { cy, store, view, gestures };
  const actions = createTieActions(deps);
  const pointer = attachPointer(deps, actions, container);
  const onCanvasKey = createKeyboardHandler(deps, actions);

  // T toggles the mode and Escape ends a tie draft wherever the focus is (outside fields).
  const onWindowKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (isOwnedElsewhere(event.target)) return;
    if (event.key === 't' || event.key === 'T') {
      // The projector view hides the editing tools; its switch is hidden too.
      if (view.getState().presentation) return;
      toggleDrawMode(view);
      event.preventDefault();
    } else if (event.key === 'Escape') {
      if (view.getState().tieDraft !== null || gestures.getState().dragging !== null) {
        actions.cancel();
      } else if (gestures.getState().drawMode) toggleDrawMode(view);
    }
  };

  const showState = () => {
    const { drawMode, dragging } = gestures.getState();
    cy.autoungrabify(drawMode);
    container.classList.toggle('drawing-ties', drawMode);
    mark(cy, SOURCE_CLASS, view.getState().tieDraft ?? dragging);
  };

  // A redraw of the map drops the preview; an undo may remove the draft's source.
  let shownMap: PartnerMapDoc | null = store.current();
  const onMapChange = () => {
    const map = store.current();
    if (map === shownMap) return;
    shownMap = map;
    const { tieDraft } = view.getState();
    if (gestures.getState().candidate !== null) {
      clearPreview(cy);
      gestures.setState(patchGestures({ candidate: null }));
    }
    if (tieDraft !== null && !map?.actors.some((a) => a.id === tieDraft)) actions.cancel();
  };

  container.addEventListener('keydown', onCanvasKey);
  window.addEventListener('keydown', onWindowKey);
  const unsubscribe = [
    gestures.subscribe(showState),
    view.subscribe(showState),
    store.subscribe(onMapChange),
  ];
  showState();

  return {
    onTap: pointer.onTap,
    detach() {
      pointer.detach();
      container.removeEventListener('keydown', onCanvasKey);
      window.removeEventListener('keydown', onWindowKey);
      for (const off of unsubscribe) off();
      if (!cy.destroyed()) clearPreview(cy);
      container.classList.remove('drawing-ties');
    },
  };
}
