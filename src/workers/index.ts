/**
 * The analysis off the main thread (issue 4): createWorkerPoolService() implements the same
 * AnalysisService as mainThreadService (src/analysis/service.ts).
 */
export {
  createWorkerPoolService,
  DEFAULT_THRESHOLD,
  type Route,
  type RunInfo,
  type WorkerPoolOptions,
  type WorkerPoolService,
} from './pool';
export { defaultPoolSize, type WorkerFactory, type WorkerPort } from './ports';
