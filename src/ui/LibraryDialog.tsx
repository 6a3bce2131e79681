import { useState } from 'react';
import type { LibraryController, LibraryState } from '../store/library';
import { useModalDialog } from './common/useModalDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { downloadText, safeFileName } from './download';
import { useI18n } from './i18nContext';
import { LibraryEntryRow } from './LibraryEntryRow';

interface Props {
  readonly library: LibraryController;
  readonly state: LibraryState;
  readonly onClose: () => void;
  /** Closes the library and opens the import. */
  readonly onImport: () => void;
}

/** The library of maps kept on this device. */
export function LibraryDialog({ library, state, onClose, onImport }: Props) {
  const { t } = useI18n();
  const [school, setSchool] = useState('');
  const [nameError, setNameError] = useState(false);
  const [toDelete, setToDelete] = useState<{ id: string; title: string } | null>(null);

  // Escape inside the delete confirmation closes only the confirmation.
  const modal = useModalDialog(() => {
    if (!toDelete) onClose();
  });

  const download = async (id: string, title: string) => {
    const raw = await library.rawFor(id);
    downloadText(`${safeFileName(title, id)}.partnermap.json`, JSON.stringify(raw, null, 2));
  };

  return (
    <dialog {...modal} className="library-dialog" aria-labelledby="library-title">
      <header className="dialog-header">
        <h2 id="library-title">{t('library.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('library.close')}
        </button>
      </header>

      <form
        className="new-map-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!school.trim()) {
            setNameError(true);
            return;
          }
          await library.create(school.trim());
          setSchool('');
          onClose();
        }}
      >
        <label htmlFor="new-school">{t('library.newSchool')}</label>
        <div className="row">
          <input
            id="new-school"
            value={school}
            onChange={(e) => {
              setSchool(e.target.value);
              setNameError(false);
            }}
            aria-invalid={nameError}
            aria-describedby={nameError ? 'new-school-error' : undefined}
            autoComplete="off"
          />
          <button type="submit" className="primary">
            {t('library.newCreate')}
          </button>
        </div>
        {nameError && (
          <p id="new-school-error" className="field-error" role="alert">
            {t('library.newNameRequired')}
          </p>
        )}
      </form>

      {state.entries.length === 0 ? (
        <p className="library-empty">{t('library.empty')}</p>
      ) : (
        <ul className="library-list" aria-label={t('library.title')}>
          {state.entries.map((entry) => (
            <LibraryEntryRow
              key={entry.id}
              entry={entry}
              isOpen={entry.id === state.openId}
              onOpen={async () => {
                await library.open(entry.id);
                onClose();
              }}
              onRename={(title) => void library.rename(entry.id, title)}
              onDuplicate={() =>
                void library.duplicate(entry.id, t('library.copyOf', { title: entry.title }))
              }
              onDelete={() => setToDelete({ id: entry.id, title: entry.title })}
              onDownload={() => void download(entry.id, entry.title)}
            />
          ))}
        </ul>
      )}

      <div className="dialog-footer">
        <button type="button" onClick={() => void library.addSamples()}>
          {t('library.addSamples')}
        </button>
        <button type="button" onClick={onImport} data-testid="library-import">
          {t('import.choose')}
        </button>
      </div>

      {toDelete && (
        <ConfirmDialog
          title={t('library.deleteConfirmTitle', { title: toDelete.title })}
          body={t('library.deleteConfirmBody')}
          confirmLabel={t('library.deleteConfirm')}
          cancelLabel={t('library.newCancel')}
          onCancel={() => setToDelete(null)}
          onConfirm={() => {
            void library.remove(toDelete.id);
            setToDelete(null);
          }}
        />
      )}
    </dialog>
  );
}
