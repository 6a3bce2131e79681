import { useSyncExternalStore } from 'react';
import { DrawTiesToggle } from '../canvas/gestures/DrawTiesToggle';
import { AnalysisToggle } from './analysis/AnalysisToggle';
import { patchView, type ColourBy, type WorkspaceView } from '../store';
import { useEditor, useView } from './editorContext';
import { useI18n } from './i18nContext';
import { LayoutMenu } from './LayoutMenu';
import { ProtocolToolbarButtons } from './protocol/ProtocolToolbarButtons';

const VIEWS = [
  ['canvas', 'toolbar.viewCanvas'],
  ['table', 'toolbar.viewTable'],
  ['split', 'toolbar.viewSplit'],
] as const;

/** Undo/redo, the canvas/table switch and the colour choice. */
export function Toolbar() {
  const { t } = useI18n();
  const { store, view } = useEditor();
  const state = useView();
  // Re-render when history changes so that the buttons enable and disable.
  useSyncExternalStore(store.subscribe, store.getState);
  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button
        type="button"
        onClick={store.undo}
        disabled={!store.canUndo()}
        title={t('toolbar.undoShortcut')}
        data-testid="undo"
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        onClick={store.redo}
        disabled={!store.canRedo()}
        title={t('toolbar.redoShortcut')}
        data-testid="redo"
      >
        {t('toolbar.redo')}
      </button>
      {state.workspace !== 'table' && <DrawTiesToggle />}
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('toolbar.view')}</legend>
        {VIEWS.map(([id, key]) => (
          <label key={id} className={state.workspace === id ? 'checked' : undefined}>
            <input
              type="radio"
              name="workspace"
              value={id}
              checked={state.workspace === id}
              onChange={() => view.setState(patchView({ workspace: id as WorkspaceView }))}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
      <label className="inline-field">
        <span>{t('toolbar.colourBy')}</span>
        <select
          value={state.colourBy}
          onChange={(e) => view.setState(patchView({ colourBy: e.target.value as ColourBy }))}
        >
          <option value="type-group">{t('toolbar.colourByType')}</option>
          <option value="position">{t('toolbar.colourByPosition')}</option>
        </select>
      </label>
      <AnalysisToggle />
      <ProtocolToolbarButtons />
      <LayoutMenu />
    </div>
  );
}
