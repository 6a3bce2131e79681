import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { MapCanvas } from '../canvas/MapCanvas';
import { LOCALES, type Locale } from '../i18n';
import type { MapStore } from '../store';
import type { LibraryController } from '../store/library';
import { I18nContext, makeI18n } from './i18nContext';
import { LibraryDialog } from './LibraryDialog';
import { initialLocale, rememberLocale } from './locale';
import { SaveIndicator } from './SaveIndicator';
import { exposeForTests } from './testHooks';

interface Props {
  readonly store: MapStore;
  readonly library: LibraryController;
}

export function App({ store, library }: Props) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const i18n = useMemo(() => makeI18n(locale), [locale]);
  const { t } = i18n;
  const map = useSyncExternalStore(store.subscribe, store.current);
  const lib = useSyncExternalStore(library.subscribe, library.getState);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = map ? `${map.title} · ${t('app.name')}` : t('app.name');
  }, [locale, map, t]);

  const onCanvasReady = useCallback((cy: Core | null) => exposeForTests({ cy }), []);

  const changeLocale = (next: Locale) => {
    setLocale(next);
    rememberLocale(next);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app">
        <header className="app-header">
          <h1 className="brand">{t('app.name')}</h1>
          <span className="map-title" data-testid="map-title">
            {map?.title ?? ''}
          </span>
          {map && <SaveIndicator status={lib.save} onRetry={() => void library.flush()} />}
          <div className="header-actions">
            <button type="button" onClick={() => setLibraryOpen(true)} data-testid="open-library">
              {t('library.open')}
            </button>
            <label className="language-select">
              <span>{t('language.label')}</span>
              <select value={locale} onChange={(e) => changeLocale(e.target.value as Locale)}>
                {LOCALES.map((l) => (
                  <option key={l} value={l}>
                    {l === 'en' ? 'English' : 'Nederlands'}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </header>

        {lib.storageError && (
          <p className="banner error" role="alert">
            {t('app.storageUnavailable', { reason: lib.storageError })}
          </p>
        )}
        {lib.notice && (
          <p
            className={`banner ${lib.notice.kind}`}
            role={lib.notice.kind === 'error' ? 'alert' : 'status'}
          >
            {t(lib.notice.message, lib.notice.params)}
            <button type="button" className="link-button" onClick={library.dismissNotice}>
              {t('notice.dismiss')}
            </button>
          </p>
        )}

        <main className="workspace">
          {lib.phase === 'loading' ? (
            <p className="placeholder-text">{t('app.loading')}</p>
          ) : map ? (
            <MapCanvas
              map={map}
              locale={locale}
              store={store}
              onReady={onCanvasReady}
              label={t('map.canvasLabel', {
                title: map.title,
                actors: map.actors.length,
                ties: map.ties.length,
              })}
            />
          ) : (
            <p className="placeholder-text">{t('map.none')}</p>
          )}
        </main>

        {libraryOpen && (
          <LibraryDialog library={library} state={lib} onClose={() => setLibraryOpen(false)} />
        )}
      </div>
    </I18nContext.Provider>
  );
}
