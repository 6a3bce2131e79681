import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { LayoutGuidesLayer } from '../canvas/guides/LayoutGuidesLayer';
import { MapCanvas } from '../canvas/MapCanvas';
import type { Locale } from '../i18n';
import { patchView, type MapStore, type ViewStore } from '../store';
import type { LibraryController } from '../store/library';
import { AnalysisCanvasLayer } from './analysis/AnalysisCanvasLayer';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { AnalysisRunner } from './analysis/AnalysisRunner';
import { Announcer, describeSelection } from './Announcer';
import { AppHeader } from './AppHeader';
import { EditorContext, type Editor } from './editorContext';
import { LazyExportDialog } from './export/LazyExportDialog';
import { I18nContext, makeI18n } from './i18nContext';
import { DropOverlay } from './import/DropOverlay';
import { ImportDialog } from './import/ImportDialog';
import { useFileDrop } from './import/useFileDrop';
import { Inspector } from './inspector/Inspector';
import { LibraryDialog } from './LibraryDialog';
import { MapLegend } from './legend/MapLegend';
import { initialLocale, rememberLocale } from './locale';
import { PresentationControls } from './presentation/PresentationControls';
import { ProtocolPanel } from './protocol/ProtocolPanel';
import { QuickAdd } from './quickadd/QuickAdd';
import { TableView } from './table/TableView';
import { exposeForTests } from './testHooks';
import { Toolbar } from './Toolbar';
import { useUndoShortcuts } from './useUndoShortcuts';

interface Props {
  readonly store: MapStore;
  readonly view: ViewStore;
  readonly library: LibraryController;
}

export function App({ store, view, library }: Props) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  // null: closed; [] open to pick a file; files: dropped on the app, imported at once.
  const [importFiles, setImportFiles] = useState<readonly File[] | null>(null);
  const dragging = useFileDrop(setImportFiles);
  const [history, setHistory] = useState<'undo' | 'redo' | null>(null);
  const i18n = useMemo(() => makeI18n(locale), [locale]);
  const editor = useMemo<Editor>(() => ({ store, view }), [store, view]);
  const { t } = i18n;
  const map = useSyncExternalStore(store.subscribe, store.current);
  const viewState = useSyncExternalStore(view.subscribe, view.getState);
  const lib = useSyncExternalStore(library.subscribe, library.getState);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = map ? `${map.title} · ${t('app.name')}` : t('app.name');
  }, [locale, map, t]);

  // A new map starts with nothing selected and no half-drawn tie.
  useEffect(() => {
    view.setState(patchView({ selection: null, tieDraft: null }));
  }, [map?.id, view]);

  const [cy, setCy] = useState<Core | null>(null);
  const onCanvasReady = useCallback((instance: Core | null) => {
    setCy(instance);
    exposeForTests({ cy: instance });
  }, []);
  useUndoShortcuts(store, setHistory);
  useEffect(() => setHistory(null), [viewState.selection]);

  const changeLocale = (next: Locale) => {
    setLocale(next);
    rememberLocale(next);
  };
  const announcement = map
    ? history
      ? t(history === 'undo' ? 'announce.undo' : 'announce.redo')
      : describeSelection(map, viewState.selection, i18n)
    : '';
  const showCanvas = viewState.workspace !== 'table';

  return (
    <I18nContext.Provider value={i18n}>
      <EditorContext.Provider value={editor}>
        <div className={`app${viewState.presentation ? ' presentation' : ''}`}>
          <AppHeader
            title={map?.title ?? ''}
            save={map ? lib.save : null}
            onRetrySave={() => void library.flush()}
            onOpenLibrary={() => setLibraryOpen(true)}
            onOpenImport={() => setImportFiles([])}
            onOpenExport={map ? () => setExportOpen(true) : undefined}
            locale={locale}
            onLocale={changeLocale}
          />
          {lib.storageError && (
            <p className="banner error" role="alert">
              {t('app.storageUnavailable', { reason: lib.storageError })}
            </p>
          )}
          {lib.changedElsewhere && map && (
            <p className="banner error" role="alert" data-testid="changed-elsewhere">
              {t('tabs.changedElsewhere')}
              <button type="button" className="link-button" onClick={() => void library.reload()}>
                {t('tabs.reload')}
              </button>
              <button
                type="button"
                className="link-button"
                onClick={() => void library.saveCopy(t('tabs.copyTitle', { title: map.title }))}
              >
                {t('tabs.keepCopy')}
              </button>
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
          {map && <Toolbar />}
          {map && <QuickAdd />}

          <div className="editor-body">
            <main className={`workspace workspace-${viewState.workspace}`}>
              {lib.phase === 'loading' ? (
                <p className="placeholder-text">{t('app.loading')}</p>
              ) : !map ? (
                <p className="placeholder-text">{t('map.none')}</p>
              ) : (
                <>
                  {showCanvas && (
                    <div className="canvas-pane">
                      <LayoutGuidesLayer cy={cy} />
                      <MapCanvas
                        locale={locale}
                        view={viewState}
                        onReady={onCanvasReady}
                        label={t('map.canvasLabel', {
                          title: map.title,
                          actors: map.actors.length,
                          ties: map.ties.length,
                        })}
                      />
                      <MapLegend />
                      <AnalysisCanvasLayer cy={cy} />
                    </div>
                  )}
                  {viewState.workspace !== 'canvas' && <TableView />}
                </>
              )}
            </main>
            {map && <AnalysisRunner />}
            {map && <AnalysisPanel />}
            {map && viewState.selection && (
              <aside className="side-panel" aria-label={t('inspector.label')}>
                <Inspector />
              </aside>
            )}
            {map && <ProtocolPanel />}
            {map && <PresentationControls />}
          </div>
          <Announcer message={announcement} />

          {exportOpen && map && <LazyExportDialog map={map} onClose={() => setExportOpen(false)} />}
          {libraryOpen && (
            <LibraryDialog
              library={library}
              state={lib}
              onClose={() => setLibraryOpen(false)}
              onImport={() => {
                setLibraryOpen(false);
                setImportFiles([]);
              }}
            />
          )}
          {importFiles && (
            <ImportDialog
              key={importFiles.length === 0 ? 'pick' : importFiles.map((f) => f.name).join('|')}
              library={library}
              files={importFiles}
              onClose={() => setImportFiles(null)}
            />
          )}
          {dragging && <DropOverlay />}
        </div>
      </EditorContext.Provider>
    </I18nContext.Provider>
  );
}
