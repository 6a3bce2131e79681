/**
 * Brandes' dependency accumulation over recorded predecessors, for the weighted passes
 * (dijkstra.ts, dial.ts): U. Brandes, "A faster algorithm for betweenness centrality", Journal
 * of Mathematical Sociology 25(2):163–177, 2001, in the scaled form of bfs.ts, D(w) = δ(w)/σ(w):
 * each node, farthest first, adds 1/σ(w) + D(w) to every predecessor's D (kept in `delta`).
 */
import type { EngineGraph } from '../graph';
import type { EngineBuffers, PartialSums } from './buffers';

/**
 * Adds the dependencies of one source to buffers.betweenness (`times` times: the source and
 * its leaves), for the `count` nodes it reached in order[0 .. count), the source first; then
 * resets sigma, delta and predCount of those nodes.
 */
export function accumulatePredecessors(
  graph: EngineGraph,
  buffers: EngineBuffers,
  count: number,
  times: number,
): void {
  const { offsets } = graph;
  const { order, sigma, delta, preds, predCount, betweenness } = buffers;
  for (let k = count - 1; k > 0; k--) {
    const w = order[k]!;
    const sw = sigma[w]!;
    const dw = delta[w]!;
    const e = 1 / sw + dw;
    betweenness[w]! += times * dw * sw;
    for (let j = offsets[w]!, end = j + predCount[w]!; j < end; j++) delta[preds[j]!]! += e;
  }
  for (let k = 0; k < count; k++) {
    const v = order[k]!;
    sigma[v] = 0;
    delta[v] = 0;
    predCount[v] = 0;
  }
}

/**
 * The closeness sums of the leaves hanging off source s, read off s's weighted search (a leaf's
 * distance to x is its tie's length plus s's). Lengths and distances are in units of 1 / scale.
 */
export function addLeafSums(
  graph: EngineGraph,
  s: number,
  count: number,
  order: ArrayLike<number>,
  distance: ArrayLike<number>,
  lengths: ArrayLike<number>,
  distanceSum: number,
  scale: number,
  leafParent: ArrayLike<number>,
  into: PartialSums,
): void {
  const { offsets, targets } = graph;
  for (let i = offsets[s]!, end = offsets[s + 1]!; i < end; i++) {
    const leaf = targets[i]!;
    if (leafParent[leaf] !== s) continue;
    const length = lengths[i]!;
    let leafHarmonic = 0;
    for (let k = 0; k < count; k++) {
      const x = order[k]!;
      if (x !== leaf) leafHarmonic += scale / (length + distance[x]!);
    }
    into.reached[leaf] = count;
    into.distanceSum[leaf] = (distanceSum + (count - 2) * length) / scale;
    into.harmonic[leaf] = leafHarmonic;
  }
}
