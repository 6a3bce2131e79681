/**
 * Messages between the pool (main thread) and an analysis worker. Graphs and partial sums
 * travel as typed arrays in the transfer list (moved, not copied, and never JSON).
 *
 * One request is a job: `start` hands the worker the graphs (the whole map, then each motive
 * layer), `run` asks for one chunk of sources of one graph, `collect` asks for the partial sums
 * and ends the job, `cancel` drops it. Chunks are handed out one or two at a time, so a
 * cancelled job stops after the chunk in progress.
 */
import type { PartialSums } from '../analysis/engine';
import type { EngineGraph } from '../analysis/graph';

export interface GraphPayload {
  readonly n: number;
  readonly offsets: Int32Array<ArrayBuffer>;
  readonly targets: Int32Array<ArrayBuffer>;
  readonly distances: Float64Array<ArrayBuffer>;
}

export type ToWorker =
  | {
      readonly type: 'start';
      readonly job: number;
      readonly weighted: boolean;
      readonly graphs: readonly GraphPayload[];
    }
  | {
      readonly type: 'run';
      readonly job: number;
      readonly graph: number;
      readonly start: number;
      readonly end: number;
    }
  | { readonly type: 'collect'; readonly job: number }
  | { readonly type: 'cancel'; readonly job: number };

export type FromWorker =
  /** One chunk is done: `sources` more sources counted. */
  | { readonly type: 'done'; readonly job: number; readonly sources: number }
  /** The job's partial sums, one per graph in `start` order. */
  | { readonly type: 'partials'; readonly job: number; readonly partials: readonly PartialSums[] }
  | { readonly type: 'failed'; readonly job: number; readonly message: string };

/** A copy of the engine's part of a graph, safe to transfer (the original stays usable). */
export function toPayload(graph: EngineGraph): GraphPayload {
  return {
    n: graph.n,
    offsets: graph.offsets.slice(),
    targets: graph.targets.slice(),
    distances: graph.distances.slice(),
  };
}

export function payloadTransfer(graphs: readonly GraphPayload[]): ArrayBuffer[] {
  return graphs.flatMap((g) => [g.offsets.buffer, g.targets.buffer, g.distances.buffer]);
}

/** Partial sums are always created by createPartial (plain ArrayBuffers, never shared). */
export function partialsTransfer(partials: readonly PartialSums[]): ArrayBuffer[] {
  return partials.flatMap((p) =>
    [p.betweenness, p.reached, p.distanceSum, p.harmonic].map((a) => a.buffer as ArrayBuffer),
  );
}
