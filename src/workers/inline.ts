/**
 * The fallback for large maps when workers cannot run: the same chunks on the main thread,
 * yielding to the browser every few milliseconds, so the page still paints, the progress
 * indicator moves and a newer edit can cancel the run.
 */
import type { PartialSums, ProgressListener } from '../analysis';
import { createChunkRunner } from './chunkRunner';
import { CHUNK_WORK, planChunks, totalSources, type PreparedAnalysis } from './plan';

/** Main-thread time between two yields: well inside a 60 Hz frame budget plus input latency. */
export const SLICE_MS = 12;

export type Yield = () => Promise<void>;

export const yieldToEventLoop: Yield = () => new Promise((resolve) => setTimeout(resolve, 0));

export interface InlineOptions {
  readonly yieldNow?: Yield;
  readonly chunkWork?: number;
}

export async function runInline(
  prepared: PreparedAnalysis,
  onProgress: ProgressListener | undefined,
  signal: AbortSignal | undefined,
  { yieldNow = yieldToEventLoop, chunkWork = CHUNK_WORK }: InlineOptions = {},
): Promise<readonly (readonly PartialSums[])[]> {
  const runner = createChunkRunner(prepared.engines, prepared.weighted);
  const total = totalSources(prepared.engines);
  let done = 0;
  let sliceStart = performance.now();
  for (const chunk of planChunks(prepared.engines, chunkWork)) {
    done += runner.run(chunk);
    if (performance.now() - sliceStart >= SLICE_MS) {
      onProgress?.(done, total);
      await yieldNow();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  onProgress?.(total, total);
  return [runner.partials];
}
