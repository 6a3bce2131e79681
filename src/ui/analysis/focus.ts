import { useMemo } from 'react';
import { asActorId } from '../../model';
import { patchView, type ViewStore } from '../../store';
import { useEditor } from '../editorContext';

/** Highlighting and "what depends on X" exclude each other: setting one clears the other. */
export interface FocusActions {
  /** Highlights these actor and tie ids (the canvas fades the rest); [] clears. */
  highlight(ids: readonly string[]): void;
  showDependsOn(actorId: string): void;
  clear(): void;
}

export function focusActions(view: ViewStore): FocusActions {
  return {
    highlight: (ids) => view.setState(patchView({ highlight: [...ids], dependsOn: null })),
    showDependsOn: (id) => view.setState(patchView({ dependsOn: asActorId(id), highlight: [] })),
    clear: () => view.setState(patchView({ highlight: [], dependsOn: null })),
  };
}

export function useFocusActions(): FocusActions {
  const { view } = useEditor();
  return useMemo(() => focusActions(view), [view]);
}

/** The same ids in any order: an insight's highlight is "on" when the view holds exactly it. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
