import { createContext, useContext, useSyncExternalStore } from 'react';
import type { PartnerMapDoc } from '../model';
import type { MapStore, ViewState, ViewStore } from '../store';

/** What every editor component needs: the document store and the view store. */
export interface Editor {
  readonly store: MapStore;
  readonly view: ViewStore;
}

export const EditorContext = createContext<Editor | null>(null);

export function useEditor(): Editor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor() outside <EditorContext.Provider>');
  return editor;
}

/** The open map (null when none), re-rendering on every change. */
export function useMap(): PartnerMapDoc | null {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribe, store.current);
}

export function useView(): ViewState {
  const { view } = useEditor();
  return useSyncExternalStore(view.subscribe, view.getState);
}
