/**
 * Brandes' dependency accumulation over recorded predecessors, for the weighted passes
 * (dijkstra.ts, dial.ts): U. Brandes, "A faster algorithm for betweenness centrality", Journal
 * of Mathematical Sociology 25(2):163–177, 2001, in the scaled form of bfs.ts, D(w) = δ(w)/σ(w):
 * each node, farthest first, adds 1/σ(w) + D(w) to every predecessor's D (kept in `delta`).
 */
import type { EngineGraph } from '../graph';
import type { EngineBuffers } from './buffers';

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
