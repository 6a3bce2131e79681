import type { Core } from 'cytoscape';
import type { MapStore, ViewStore } from '../store';
import type { LibraryController } from '../store/library';

export interface TestHooks {
  store?: MapStore;
  view?: ViewStore;
  library?: LibraryController;
  cy?: Core | null;
}

declare global {
  interface Window {
    __partnermap?: TestHooks;
  }
}

/**
 * End-to-end tests assert on the model and the Cytoscape instance, not on pixels (design.md §5).
 * Exposed in development and test builds only, never in the production build.
 */
export function exposeForTests(hooks: TestHooks): void {
  if (import.meta.env.MODE === 'production') return;
  window.__partnermap = { ...window.__partnermap, ...hooks };
}
