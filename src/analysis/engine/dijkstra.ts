/**
 * One weighted pass per source: Dijkstra's algorithm over a binary heap, then Brandes'
 * dependency accumulation, with closeness and harmonic closeness read off the same search.
 * The length of an edge is 1 / strength (distance = 1 / frequency level, domain.md §10).
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001 (weighted variant, section 5); U. Brandes, "On variants of
 * shortest-path betweenness centrality and their generic computation", Social Networks
 * 30(2):136–145, 2008. Closeness: Freeman 1979; harmonic: Marchiori & Latora 2000, Boldi &
 * Vigna 2014 (see bfs.ts).
 *
 * Equal distances. Path lengths are sums of 1/level in floating point, so two paths of the same
 * exact length can differ in the last bits (1/3 + 1/4 + 1/3 vs 1/3 + 1/3 + 1/4). Two tentative
 * distances a, b count as equal when |a − b| ≤ EPSILON · max(a, b), with EPSILON = 1e-10:
 * far above the rounding of any sum of a few thousand terms (≈ hops · 1.1e-16), far below the
 * relative gap between distinct lengths with levels 1–5 (all lengths are multiples of 1/60, so
 * distinct ones differ by ≥ (1/60) / longest path ≥ 3e-6 for maps up to 5,000 actors). With
 * arbitrary edge-list weights, lengths that differ by less than 1e-10 relative count as equal.
 * networkx compares exactly and may split such equal paths; the reference fixtures are therefore
 * computed by networkx with exact fractions (tests/fixtures/analysis/make_reference.py).
 *
 * Predecessors are recorded (each one at most once, in slots reserved per node in `preds`),
 * so the accumulation uses exactly the paths that were counted. The dependencies are
 * accumulated in the scaled form of bfs.ts (dependencies.ts), and leaves are handled by their
 * neighbour's search (buffers.ts): a leaf ℓ on p at length L is at distance L + d(p, x) from
 * every other x. When all lengths are whole multiples of 1/60 (frequency levels), dial.ts
 * runs instead: exact integer lengths and a bucket queue.
 */
import type { EngineGraph } from '../graph';
import { copyBetweenness, type EngineBuffers, type PartialSums } from './buffers';
import { accumulatePredecessors, addLeafSums } from './dependencies';
import { heapPop, heapPushOrDecrease, type IndexedHeap } from './heap';

export const EQUAL_DISTANCE_EPSILON = 1e-10;

export function accumulateWeighted(
  graph: EngineGraph,
  sourceStart: number,
  sourceEnd: number,
  buffers: EngineBuffers,
  into: PartialSums,
): void {
  const { offsets, targets, distances } = graph;
  const { order, sigma, dist, preds, predCount, leafParent, leafCount } = buffers;
  const heap: IndexedHeap = {
    heap: buffers.heap,
    keys: buffers.heapKeys,
    pos: buffers.heapPos,
    size: 0,
  };
  const inHeap = buffers.heapPos;
  const betweenness = buffers.betweenness;
  copyBetweenness(buffers, into, false);
  const below = 1 - EQUAL_DISTANCE_EPSILON;
  const above = 1 + EQUAL_DISTANCE_EPSILON;
  for (let s = sourceStart; s < sourceEnd; s++) {
    if (leafParent[s]! >= 0) continue; // counted with its neighbour's search
    dist[s] = 0;
    sigma[s] = 1;
    heapPushOrDecrease(heap, s, 0);
    let count = 0;
    let distanceSum = 0;
    let harmonic = 0;
    while (heap.size > 0) {
      const v = heapPop(heap);
      order[count++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      if (v !== s) {
        distanceSum += dv;
        harmonic += 1 / dv;
      }
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = targets[i]!;
        const dw = dist[w]!;
        const candidate = dv + distances[i]!;
        if (dw === Infinity) {
          dist[w] = candidate;
          sigma[w] = sv;
          preds[offsets[w]!] = v;
          predCount[w] = 1;
          heapPushOrDecrease(heap, w, candidate);
        } else if (inHeap[w]! < 0) {
          continue; // already settled
        } else if (candidate < dw * below) {
          dist[w] = candidate;
          sigma[w] = sv;
          preds[offsets[w]!] = v;
          predCount[w] = 1;
          heapPushOrDecrease(heap, w, candidate);
        } else if (candidate <= dw * above) {
          sigma[w]! += sv;
          preds[offsets[w]! + predCount[w]!++] = v;
          if (candidate < dw) {
            dist[w] = candidate;
            heapPushOrDecrease(heap, w, candidate);
          }
        }
      }
    }
    into.reached[s] = count;
    into.distanceSum[s] = distanceSum;
    into.harmonic[s] = harmonic;
    const leaves = leafCount[s]!;
    if (leaves > 0) {
      betweenness[s]! += leaves * (count - 2);
      addLeafSums(graph, s, count, order, dist, distances, distanceSum, 1, leafParent, into);
    }

    accumulatePredecessors(graph, buffers, count, 1 + leaves);
    for (let k = 0; k < count; k++) dist[order[k]!] = Infinity;
  }
  copyBetweenness(buffers, into, true);
}
