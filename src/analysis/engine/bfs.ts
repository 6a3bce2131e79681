/**
 * One unweighted pass per source: breadth-first search, then Brandes' dependency accumulation,
 * with closeness and harmonic closeness read off the same search.
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001 (Algorithm 1). Closeness: L. C. Freeman, "Centrality in social
 * networks: conceptual clarification", Social Networks 1(3):215–239, 1979. Harmonic closeness:
 * M. Marchiori & V. Latora, "Harmony in the small-world", Physica A 285:539–546, 2000;
 * P. Boldi & S. Vigna, "Axioms for centrality", Internet Mathematics 10:222–262, 2014.
 *
 * Changes of bookkeeping, not of the algorithm, make it fast over typed arrays:
 * - Successors are recorded during the search in one flat list, grouped by node in BFS order
 *   (`succ`, with `succStart[k]` for the k-th node reached), so the accumulation reads them
 *   sequentially instead of rescanning every neighbour.
 * - Brandes' recurrence δ(v) = Σ_w σ(v)/σ(w) · (1 + δ(w)) over the successors w of v is run
 *   on the scaled dependency D(v) = δ(v)/σ(v): D(v) = Σ_w (1/σ(w) + D(w)). One division per
 *   node instead of one multiplication and division per shortest-path edge; δ(v) = D(v)·σ(v).
 * - Leaves are not searched from (buffers.ts): the search from their neighbour p counts their
 *   dependencies (p's, once more per leaf) and their distances (p's plus one hop).
 * - The neighbour loop has no data-dependent branch (see the comment there).
 */
import type { EngineGraph } from '../graph';
import type { EngineBuffers, PartialSums } from './buffers';

export function accumulateUnweighted(
  graph: EngineGraph,
  sourceStart: number,
  sourceEnd: number,
  buffers: EngineBuffers,
  into: PartialSums,
): void {
  const { offsets, targets } = graph;
  const { order, sigma, hops, inverse, scaled, leafParent, leafCount } = buffers;
  const succ = buffers.preds;
  const succStart = buffers.succStart;
  const betweenness = into.betweenness;
  for (let s = sourceStart; s < sourceEnd; s++) {
    if (leafParent[s]! >= 0) continue; // counted with its neighbour's search
    // Breadth-first search: `order` is the queue, and afterwards the stack of Brandes' algorithm.
    hops[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let head = 0;
    let tail = 1;
    let pairs = 0;
    let distanceSum = 0;
    let harmonic = 0;
    let shifted = 0; // Σ 1 / (d + 1): the harmonic closeness of a leaf hanging on s, plus 1/2
    while (head < tail) {
      const v = order[head]!;
      succStart[head++] = pairs;
      const hv = hops[v]!;
      const next = hv + 1;
      const sv = sigma[v]!;
      distanceSum += hv;
      harmonic += inverse[hv]!;
      shifted += inverse[next]!;
      // Branch-free on purpose: whether w is new (hops −1) or one hop farther is as good as
      // random, and a mispredicted branch per neighbour costs more than these few operations.
      // Every store happens; the flags decide whether it counts (order and succ have a spare slot).
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const w = targets[i]!;
        const hw = hops[w]!;
        const isNew = (hw >> 31) & 1; // hw === -1
        const onPath = isNew | ((((hw ^ next) - 1) >> 31) & 1); // new, or hw === next
        hops[w] = hw + isNew * (next + 1);
        order[tail] = w;
        tail += isNew;
        sigma[w]! += sv * onPath;
        succ[pairs] = w;
        pairs += onPath;
      }
    }
    succStart[tail] = pairs;
    into.reached[s] = tail;
    into.distanceSum[s] = distanceSum;
    into.harmonic[s] = harmonic;
    const leaves = leafCount[s]!;
    if (leaves > 0) {
      betweenness[s]! += leaves * (tail - 2);
      for (let i = offsets[s]!, end = offsets[s + 1]!; i < end; i++) {
        const leaf = targets[i]!;
        if (leafParent[leaf] !== s) continue;
        into.reached[leaf] = tail;
        into.distanceSum[leaf] = distanceSum + tail - 2;
        into.harmonic[leaf] = shifted - 0.5;
      }
    }

    // Dependencies, farthest nodes first: every successor is final before its predecessors.
    // Each node's search state is reset once it has been used (successors only read `scaled`).
    const times = 1 + leaves;
    for (let k = tail - 1; k > 0; k--) {
      const v = order[k]!;
      let d = 0;
      for (let j = succStart[k]!, end = succStart[k + 1]!; j < end; j++) d += scaled[succ[j]!]!;
      const sv = sigma[v]!;
      scaled[v] = 1 / sv + d;
      betweenness[v]! += times * d * sv;
      hops[v] = -1;
      sigma[v] = 0;
    }
    hops[s] = -1;
    sigma[s] = 0;
  }
}
