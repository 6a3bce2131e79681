/**
 * The shortest-path engine: betweenness, closeness and harmonic closeness in one pass per
 * source, over arrays allocated once per graph. Sources can be split into ranges (one per
 * worker):
 *
 *   const buffers = createBuffers(graph);
 *   const part = accumulate(graph, start, end, buffers, { weighted });   // in each worker
 *   const result = finalizeCentralities(mergePartials(parts));           // once
 *
 * Normalisation follows networkx 2.8 exactly (see normalize.ts).
 */
import type { EngineGraph } from '../graph';
import { accumulateUnweighted } from './bfs';
import {
  createBuffers,
  createPartial,
  markLeaves,
  type EngineBuffers,
  type PartialSums,
} from './buffers';
import { markCore } from './core';
import { accumulateDial, integerLengths } from './dial';
import { accumulateWeighted } from './dijkstra';
import { finalizeCentralities, type Centralities } from './normalize';

export { createBuffers, createPartial, mergePartials } from './buffers';
export type { EngineBuffers, PartialSums } from './buffers';
export { EQUAL_DISTANCE_EPSILON } from './dijkstra';
export { finalizeCentralities, type Centralities } from './normalize';

export interface EngineOptions {
  /** Shortest paths by distance = 1 / strength (Dijkstra) instead of by hops (BFS). */
  readonly weighted?: boolean;
}

/**
 * Runs the sources sourceStart ≤ s < sourceEnd and adds their contributions to `into`
 * (a fresh PartialSums by default). `buffers` must come from createBuffers(graph), or of a
 * graph with the same nodes and at least as many edges, and may be reused for any number of
 * calls. A leaf's contribution comes with its
 * neighbour's search, whichever range that neighbour is in, so ranges that partition 0..n
 * together count every source exactly once.
 */
export function accumulate(
  graph: EngineGraph,
  sourceStart: number,
  sourceEnd: number,
  buffers: EngineBuffers,
  options: EngineOptions = {},
  into: PartialSums = createPartial(graph.n),
): PartialSums {
  if (buffers.n !== graph.n || into.n !== graph.n || buffers.preds.length <= graph.targets.length) {
    throw new Error('accumulate: buffers or partial sums belong to another graph');
  }
  const start = Math.max(0, Math.min(sourceStart, graph.n));
  const end = Math.max(start, Math.min(sourceEnd, graph.n));
  markLeaves(graph, buffers);
  if (options.weighted) {
    const integer = integerLengths(graph);
    if (integer) accumulateDial(graph, start, end, buffers, into, integer);
    else accumulateWeighted(graph, start, end, buffers, into);
  } else {
    markCore(graph, buffers);
    accumulateUnweighted(graph, start, end, buffers, into);
  }
  return into;
}

/**
 * Betweenness, closeness and harmonic closeness of every node, on the main thread. `buffers`
 * may come from createBuffers of another graph with the same nodes and at least as many edges
 * (a motive layer reuses those of its map).
 */
export function centralities(
  graph: EngineGraph,
  options: EngineOptions = {},
  buffers: EngineBuffers = createBuffers(graph),
): Centralities {
  return finalizeCentralities(accumulate(graph, 0, graph.n, buffers, options));
}
