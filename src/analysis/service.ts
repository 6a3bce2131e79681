import type { PartnerMapDoc } from '../model';
import { analyzeMap } from './analyze';
import type { AnalysisResult, AnalyzeOptions } from './types';

/**
 * How the app asks for an analysis. The main-thread service below answers at once; a Web Worker
 * pool (src/workers/) answers the same requests off the main thread for large maps. The UI only
 * sees this interface.
 */
export interface AnalysisRequest {
  readonly map: PartnerMapDoc;
  readonly options: AnalyzeOptions;
}

/** Progress in shortest-path sources done out of the total (for a progress indicator). */
export type ProgressListener = (done: number, total: number) => void;

export interface AnalysisService {
  /** Rejects with an AbortError when `signal` aborts (a newer edit superseded the request). */
  analyze(
    request: AnalysisRequest,
    onProgress?: ProgressListener,
    signal?: AbortSignal,
  ): Promise<AnalysisResult>;
  dispose(): void;
}

/** Runs the analysis on the calling thread: fine for focus-group-sized maps and for tests. */
export const mainThreadService: AnalysisService = {
  async analyze({ map, options }, onProgress, signal) {
    signal?.throwIfAborted();
    const result = analyzeMap(map, options);
    const n = map.actors.length;
    onProgress?.(n, n);
    return result;
  },
  dispose() {},
};
