import { useSyncExternalStore } from 'react';
import { useEditor } from '../../ui/editorContext';
import { useI18n } from '../../ui/i18nContext';
import { gestureStoreFor, toggleDrawMode } from './gestureStore';
import './gestures.css';

/** The toolbar's "Draw ties" switch (key T): on, a drag from an actor draws a tie. */
export function DrawTiesToggle() {
  const { t } = useI18n();
  const { view } = useEditor();
  const gestures = gestureStoreFor(view);
  const on = useSyncExternalStore(gestures.subscribe, () => gestures.getState().drawMode);
  return (
    <button
      type="button"
      className="draw-ties-toggle"
      aria-pressed={on}
      aria-keyshortcuts="T"
      title={t('gestures.toggleTitle')}
      onClick={() => toggleDrawMode(view)}
      data-testid="draw-ties"
    >
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
        <circle cx="4" cy="15" r="3" />
        <circle cx="16" cy="5" r="3" />
        <path d="M6 13 L14 7" strokeWidth="2" stroke="currentColor" />
      </svg>
      {t('gestures.toggle')}
    </button>
  );
}
