import { useEffect, useSyncExternalStore } from 'react';
import { createStore, type Store, type ViewStore } from '../../store';
import { useEditor, useView } from '../editorContext';
import { IDLE_ANALYSIS, useAnalysis, type AnalysisState } from './useAnalysis';

// One shared analysis per editor (keyed by its view store), so that the runner can be mounted
// as a leaf beside the panels instead of wrapping them.
const shared = new WeakMap<ViewStore, Store<AnalysisState>>();

function sharedState(view: ViewStore): Store<AnalysisState> {
  let store = shared.get(view);
  if (!store) {
    store = createStore<AnalysisState>(IDLE_ANALYSIS);
    shared.set(view, store);
  }
  return store;
}

/**
 * Runs the analysis of the open map while the analysis panel is open and shares it with the
 * panel and the canvas marks. Renders nothing.
 */
export function AnalysisRunner() {
  const { view } = useEditor();
  const { analysisOpen } = useView();
  const state = useAnalysis({ enabled: analysisOpen });
  useEffect(() => sharedState(view).setState(state), [view, state]);
  return null;
}

/** The shared analysis state (idle until an AnalysisRunner runs for this editor). */
export function useAnalysisState(): AnalysisState {
  const { view } = useEditor();
  const store = sharedState(view);
  return useSyncExternalStore(store.subscribe, store.getState);
}
