import { useEffect, useSyncExternalStore } from 'react';
import type { ActorId, PartnerMapDoc } from '../../model';
import { useEditor, useMap, useView } from '../../ui/editorContext';
import { useI18n, type I18n } from '../../ui/i18nContext';
import { actorLabel } from './actions';
import { gestureStoreFor, type GestureState } from './gestureStore';
import './gestures.css';

/** The id of the canvas's keyboard help, for aria-describedby on the canvas. */
export const KEYBOARD_HELP_ID = 'map-canvas-keyboard-help';
/** How long an outcome ("Tie drawn between …") stays in the hint. */
const NOTICE_MS = 6000;

/** What a user who is drawing a tie needs to know next (null when nobody is drawing). */
function draftHint(
  g: GestureState,
  tieDraft: ActorId | null,
  map: PartnerMapDoc | null,
  { t }: I18n,
): string | null {
  if (tieDraft === null) return null;
  const source = actorLabel(map, tieDraft);
  if (g.candidate !== null) {
    return t('gestures.candidate', { source, target: actorLabel(map, g.candidate) });
  }
  return t(g.draftBy === 'keyboard' ? 'gestures.draftKeyboard' : 'gestures.draftPointer', {
    label: source,
  });
}

/**
 * The tie-drawing hint shown over the canvas, a polite live region for what happens, and the
 * canvas's keyboard help (read as its description).
 */
export function GestureOverlay() {
  const i18n = useI18n();
  const { t } = i18n;
  const { view } = useEditor();
  const gestures = gestureStoreFor(view);
  const g = useSyncExternalStore(gestures.subscribe, gestures.getState);
  const { tieDraft } = useView();
  const map = useMap();

  useEffect(() => {
    const shown = g.notice;
    if (!shown) return;
    const timer = setTimeout(
      () => gestures.setState((s) => (s.notice === shown ? { ...s, notice: null } : s)),
      NOTICE_MS,
    );
    return () => clearTimeout(timer);
  }, [g.notice, gestures]);

  const notice = g.notice ? t(g.notice.key, g.notice.params) : null;
  const drafting = draftHint(g, tieDraft, map, i18n);
  // Screen readers hear outcomes and draft steps; the pointer-only hints are for the eye.
  const spoken = notice ?? drafting ?? '';
  const shown =
    notice ??
    drafting ??
    (g.dragging !== null ? t('gestures.dragHint') : g.drawMode ? t('gestures.modeHint') : null);

  return (
    <>
      {shown && (
        <p className="gesture-hint" data-testid="gesture-hint">
          {shown}
        </p>
      )}
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="gesture-announcer"
      >
        {spoken}
      </div>
      <p id={KEYBOARD_HELP_ID} className="visually-hidden">
        {t('gestures.keyboardHelp')}
      </p>
    </>
  );
}
