import { useEffect, useRef } from 'react';
import { patchView } from '../../store';
import { useEditor, useMap } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useEditNotice } from './editNotice';

/**
 * A polite live region with the last thing added or deleted ("Added CLB Gent", "Deleted UGent and
 * its 2 ties") and an Undo button while that change is still the latest one.
 */
export function NoticeLine({ onUndone }: { readonly onUndone?: () => void }) {
  const { t } = useI18n();
  const { store, view } = useEditor();
  const map = useMap();
  const { notice, show } = useEditNotice();
  const undoRef = useRef<HTMLButtonElement>(null);
  const canUndo =
    notice !== null && !notice.undone && notice.after !== null && notice.after === map;

  useEffect(() => {
    if (notice?.focusUndo && canUndo) undoRef.current?.focus();
  }, [notice, canUndo]);

  // Another map opened: the last map's notice no longer applies.
  const mapId = map?.id;
  const noticeMapId = useRef(mapId);
  useEffect(() => {
    if (noticeMapId.current === mapId) return;
    noticeMapId.current = mapId;
    show(null);
  }, [mapId, show]);

  const text = notice ? t(notice.key, notice.params) : '';
  return (
    <p
      className={`edit-notice${notice ? ` visible ${notice.tone}` : ''}`}
      role="status"
      aria-live="polite"
      data-testid="edit-notice"
    >
      <span>{notice?.undone ? t('inspector.undoneNotice', { what: text }) : text}</span>
      {notice && canUndo && (
        <button
          ref={undoRef}
          type="button"
          onClick={() => {
            store.undo();
            show({ ...notice, undone: true, focusUndo: false });
            if (notice.selectOnUndo) view.setState(patchView({ selection: notice.selectOnUndo }));
            onUndone?.();
          }}
        >
          {t('inspector.undo')}
        </button>
      )}
    </p>
  );
}
