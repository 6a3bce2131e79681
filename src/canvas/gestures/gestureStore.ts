import type { MessageKey, MessageParams } from '../../i18n';
import type { ActorId } from '../../model';
import { createStore, patchView, type Store, type ViewStore } from '../../store';

/** A message about the last gesture's outcome, shown in the hint and read out politely. */
export interface GestureNotice {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Gesture state beside the view store (view.tieDraft holds the source of a tap-drawn tie). */
export interface GestureState {
  /** The draw-ties mode: a drag from an actor draws a tie, a tap starts or ends a tie draft. */
  readonly drawMode: boolean;
  /** How the current draft was started: the hint tells keyboard users to use the arrow keys. */
  readonly draftBy: 'pointer' | 'keyboard';
  /** The source of a tie being dragged with mouse or touch, null when not dragging. */
  readonly dragging: ActorId | null;
  /** The other actor chosen with the arrow keys during a keyboard draft. */
  readonly candidate: ActorId | null;
  readonly notice: GestureNotice | null;
}

export const INITIAL_GESTURES: GestureState = {
  drawMode: false,
  draftBy: 'pointer',
  dragging: null,
  candidate: null,
  notice: null,
};

export type GestureStore = Store<GestureState>;

const stores = new WeakMap<ViewStore, GestureStore>();

/**
 * The gesture store that belongs to an editor's view store, so that the toolbar toggle and
 * the canvas share it without a global (each editor, and each test, gets its own).
 */
export function gestureStoreFor(view: ViewStore): GestureStore {
  let store = stores.get(view);
  if (!store) {
    store = createStore(INITIAL_GESTURES);
    stores.set(view, store);
  }
  return store;
}

export const patchGestures =
  (patch: Partial<GestureState>) =>
  (state: GestureState): GestureState => ({ ...state, ...patch });

/** Switches the draw-ties mode (toolbar button, key T); a half-drawn tie is dropped. */
export function toggleDrawMode(view: ViewStore): void {
  const gestures = gestureStoreFor(view);
  const on = !gestures.getState().drawMode;
  if (view.getState().tieDraft !== null) view.setState(patchView({ tieDraft: null }));
  gestures.setState(
    patchGestures({
      drawMode: on,
      candidate: null,
      dragging: null,
      notice: { key: on ? 'gestures.modeOn' : 'gestures.modeOff' },
    }),
  );
}
