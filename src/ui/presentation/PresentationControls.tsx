import { useEffect, useRef, useSyncExternalStore } from 'react';
import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { stepAfter, stepBefore } from '../protocol/steps';
import { exitFullscreenIfAny, fullscreenRefusal, leavePresentation } from './presentation';
import './presentation.css';

const REFUSAL_NOTICE_MS = 8000;

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * Keeps presentation mode and the browser's full screen in step, and shows the always-visible
 * exit button. Escape leaves; so does leaving full screen by the browser's own means. With the
 * protocol running, Page Down / Page Up (what a presenter's clicker sends) change the step.
 */
export function PresentationControls() {
  const { t } = useI18n();
  const { view } = useEditor();
  const { presentation } = useView();
  const refused = useSyncExternalStore(fullscreenRefusal.subscribe, fullscreenRefusal.getState);
  const exitButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!presentation) {
      exitFullscreenIfAny();
      return;
    }
    exitButton.current?.focus({ preventScroll: true });
    const onFullscreenChange = () => {
      if (!document.fullscreenElement) leavePresentation(view);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      // Escape first cancels a half-drawn tie (the canvas handles that), then leaves.
      if (event.key === 'Escape' && view.getState().tieDraft === null) {
        event.preventDefault();
        leavePresentation(view);
        return;
      }
      const step = view.getState().protocolStep;
      if (!step || isTyping(event.target)) return;
      const next =
        event.key === 'PageDown'
          ? stepAfter(step)
          : event.key === 'PageUp'
            ? stepBefore(step)
            : null;
      if (next) {
        event.preventDefault();
        view.setState(patchView({ protocolStep: next }));
      }
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      window.removeEventListener('keydown', onKeyDown);
      // Back in the editor, focus returns to the button that started the presentation.
      document.querySelector<HTMLElement>('[data-present-button]')?.focus({ preventScroll: true });
    };
  }, [presentation, view]);

  useEffect(() => {
    if (!refused) return;
    const timer = window.setTimeout(() => fullscreenRefusal.setState(false), REFUSAL_NOTICE_MS);
    return () => window.clearTimeout(timer);
  }, [refused]);

  if (!presentation) return null;
  return (
    <div className="presentation-controls">
      <button
        ref={exitButton}
        type="button"
        className="presentation-exit"
        onClick={() => leavePresentation(view)}
        aria-keyshortcuts="Escape"
        data-testid="exit-presentation"
      >
        {t('protocol.exitPresentation')} <kbd aria-hidden="true">Esc</kbd>
      </button>
      {refused && (
        <p className="presentation-notice" role="status">
          {t('protocol.windowed')}
        </p>
      )}
    </div>
  );
}
