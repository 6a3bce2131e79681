/**
 * One job's engine state on one thread (a worker, or the main thread as fallback). Imports the
 * engine alone, so the worker bundle holds nothing else.
 */
import {
  accumulate,
  createBuffers,
  createPartial,
  type EngineBuffers,
  type PartialSums,
} from '../analysis/engine';
import type { EngineGraph } from '../analysis/graph';

/** One chunk of work: sources start ≤ s < end of the job's graph number `graph`. */
export interface Chunk {
  readonly graph: number;
  readonly start: number;
  readonly end: number;
}

/** Buffers and partial sums per graph, allocated once and reused by every chunk. */
export interface ChunkRunner {
  readonly partials: readonly PartialSums[];
  /** Runs one chunk and returns the number of sources it covered. */
  run(chunk: Chunk): number;
}

export function createChunkRunner(graphs: readonly EngineGraph[], weighted: boolean): ChunkRunner {
  const buffers: (EngineBuffers | undefined)[] = graphs.map(() => undefined);
  const partials = graphs.map((g) => createPartial(g.n));
  return {
    partials,
    run({ graph, start, end }) {
      const g = graphs[graph];
      if (!g) throw new Error(`No graph ${graph} in this job`);
      const b = (buffers[graph] ??= createBuffers(g));
      accumulate(g, start, end, b, { weighted }, partials[graph]);
      return Math.max(0, Math.min(end, g.n) - Math.max(0, start));
    },
  };
}
