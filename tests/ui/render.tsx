import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import type { Locale } from '../../src/codebook';
import type { PartnerMapDoc } from '../../src/model';
import { createMapStore, createViewStore, type MapStore, type ViewStore } from '../../src/store';
import { EditorContext } from '../../src/ui/editorContext';
import { I18nContext, makeI18n } from '../../src/ui/i18nContext';
import { smallMap } from '../model/fixtures';

export interface Rendered extends RenderResult {
  readonly store: MapStore;
  readonly view: ViewStore;
}

/** Renders a component inside the app's providers, with `map` open in a fresh store. */
export function renderEditor(
  ui: ReactElement,
  { map = smallMap(), locale = 'en' }: { map?: PartnerMapDoc; locale?: Locale } = {},
): Rendered {
  const store = createMapStore();
  store.open(map);
  const view = createViewStore();
  const wrap = (element: ReactNode) => (
    <I18nContext.Provider value={makeI18n(locale)}>
      <EditorContext.Provider value={{ store, view }}>{element}</EditorContext.Provider>
    </I18nContext.Provider>
  );
  const result = render(wrap(ui));
  // rerender keeps the providers around the new element.
  return {
    ...result,
    rerender: (element: ReactNode) => result.rerender(wrap(element)),
    store,
    view,
  };
}
