import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_CODEBOOK } from './codebook';
import { attachLifecycleFlush, openRepository, requestPersistentStorage } from './persistence';
import { createMapStore, createViewStore } from './store';
import { createLibraryController } from './store/library';
import { App } from './ui/App';
import { AnalysisServiceContext } from './ui/analysis/useAnalysis';
import { createWorkerPoolService } from './workers';
import { sampleMaps } from './ui/sampleMaps';
import { exposeForTests } from './ui/testHooks';
import './ui/app.css';

const store = createMapStore();
const view = createViewStore();
const library = createLibraryController({
  repository: openRepository(),
  store,
  codebook: DEFAULT_CODEBOOK,
  samples: () => sampleMaps(),
});
attachLifecycleFlush(library.autosaver, window, document);
// Large maps are analysed in Web Workers; small ones on the main thread (see src/workers).
const analysis = createWorkerPoolService();
exposeForTests({ store, view, library });
void library.init();
void requestPersistentStorage();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AnalysisServiceContext.Provider value={analysis}>
      <App store={store} view={view} library={library} />
    </AnalysisServiceContext.Provider>
  </StrictMode>,
);
