import { useSyncExternalStore } from 'react';
import type { MessageKey, MessageParams } from '../../i18n';
import type { PartnerMapDoc } from '../../model';
import { createStore, type MapStore, type Selection, type Store } from '../../store';
import { useEditor } from '../editorContext';

/** The line that says what was just added or deleted, with Undo while that is still possible. */
export interface EditNotice {
  /** added/deleted look different; 'hint' is a plain message (e.g. "Type a name first."). */
  readonly tone: 'added' | 'deleted' | 'hint';
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** The document right after the change: Undo is offered only while it is still the current one. */
  readonly after: PartnerMapDoc | null;
  /** Move focus to Undo (a deletion closed the panel that had the focus). */
  readonly focusUndo?: boolean;
  /** What to select again after Undo (the actor or tie that a deletion brings back). */
  readonly selectOnUndo?: Selection;
  /** Set once the user pressed Undo on this notice. */
  readonly undone?: boolean;
}

// One notice line per open editor (per map store), so tests and editors never share one.
const stores = new WeakMap<MapStore, Store<EditNotice | null>>();

export function noticeStoreFor(store: MapStore): Store<EditNotice | null> {
  let notices = stores.get(store);
  if (!notices) {
    notices = createStore<EditNotice | null>(null);
    stores.set(store, notices);
  }
  return notices;
}

export function useEditNotice(): {
  readonly notice: EditNotice | null;
  readonly show: (notice: EditNotice | null) => void;
} {
  const { store } = useEditor();
  const notices = noticeStoreFor(store);
  const notice = useSyncExternalStore(notices.subscribe, notices.getState);
  return { notice, show: notices.setState };
}
