import { useState } from 'react';
import type { LibraryEntry } from '../persistence';
import { useI18n } from './i18nContext';

interface Props {
  readonly entry: LibraryEntry;
  readonly isOpen: boolean;
  readonly onOpen: () => void;
  readonly onRename: (title: string) => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onDownload: () => void;
}

function formatWhen(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso || '—';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** One map in the library: open, rename, duplicate, delete; damaged maps can be downloaded. */
export function LibraryEntryRow({ entry, isOpen, ...actions }: Props) {
  const { t, locale } = useI18n();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(entry.title);
  const shownTitle = entry.title || t('library.untitled');

  if (entry.status === 'damaged') {
    return (
      <li className="library-entry damaged" data-testid="library-entry" data-map-id={entry.id}>
        <div className="entry-main">
          <strong>{shownTitle}</strong>
          <span className="entry-warning">{t('library.damaged')}</span>
          <span className="entry-reason">
            {t('library.damagedReason', { reason: entry.reason })}
          </span>
        </div>
        <div className="entry-actions">
          <button type="button" onClick={actions.onDownload}>
            {t('library.download')}
          </button>
          <button type="button" className="danger" onClick={actions.onDelete}>
            {t('library.delete')}
          </button>
        </div>
      </li>
    );
  }

  return (
    <li
      className={`library-entry${isOpen ? ' current' : ''}`}
      data-testid="library-entry"
      data-map-id={entry.id}
    >
      <div className="entry-main">
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (title.trim()) actions.onRename(title.trim());
              setRenaming(false);
            }}
          >
            <input
              aria-label={t('library.renameLabel', { title: shownTitle })}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  e.preventDefault();
                  setRenaming(false);
                }
              }}
              autoFocus
            />
            <button type="submit">{t('library.renameSave')}</button>
          </form>
        ) : (
          <strong className="entry-title">{shownTitle}</strong>
        )}
        <span className="entry-meta">
          {t('library.changed', { when: formatWhen(entry.updatedAt, locale) })} ·{' '}
          {t('library.counts', { actors: entry.actors, ties: entry.ties })}
        </span>
      </div>
      <div className="entry-actions">
        {isOpen ? (
          <span className="entry-current">{t('library.current')}</span>
        ) : (
          <button type="button" onClick={actions.onOpen}>
            {t('library.openMap')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            setTitle(entry.title);
            setRenaming(true);
          }}
        >
          {t('library.rename')}
        </button>
        <button type="button" onClick={actions.onDuplicate}>
          {t('library.duplicate')}
        </button>
        <button type="button" className="danger" onClick={actions.onDelete}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
