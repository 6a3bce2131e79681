/**
 * A test-only entry: puts the worker pool and the main-thread service on
 * `window.__partnermapWorkers`, so a browser test can run real Web Workers in the built app.
 * main.tsx does not import it; tests/e2e/workers.spec.ts builds it with Vite next to the app
 * and loads it into the page (same origin, under the app's Content-Security-Policy).
 */
import { mainThreadService, type AnalysisService } from '../analysis';
import { createWorkerPoolService, type WorkerPoolOptions, type WorkerPoolService } from './pool';

export interface WorkerTestHooks {
  readonly createWorkerPoolService: (options?: WorkerPoolOptions) => WorkerPoolService;
  readonly mainThreadService: AnalysisService;
}

declare global {
  interface Window {
    __partnermapWorkers?: WorkerTestHooks;
  }
}

window.__partnermapWorkers = { createWorkerPoolService, mainThreadService };
