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
 * Changes of bookkeeping, not of the algorithm, make it fast (state in plain arrays, buffers.ts):
 * - Direction-optimizing search (S. Beamer, K. Asanović & D. Patterson, "Direction-optimizing
 *   breadth-first search", SC 2012): a level is expanded top-down (each frontier node scans its
 *   neighbours) while the frontier has fewer adjacency slots than the unreached part of the
 *   component, then bottom-up (each unreached node scans its neighbours for the frontier). A
 *   bottom-up node sums σ over all its neighbours in the frontier, so the path counts are the
 *   same; in small-world maps this skips about half of the neighbour scans.
 * - The shortest-path edges are recorded as the search finds them, in one flat list (`edges`,
 *   with `edgeStart[k]` for the k-th node reached): successors of a node reached top-down,
 *   predecessors of a node reached bottom-up. The accumulation reads them sequentially.
 * - Brandes' recurrence δ(v) = Σ_w σ(v)/σ(w) · (1 + δ(w)) over the successors w of v is run
 *   on the scaled dependency D(v) = δ(v)/σ(v): D(v) = Σ_w (1/σ(w) + D(w)). One division per
 *   node instead of one multiplication and division per shortest-path edge; δ(v) = D(v)·σ(v).
 *   Successor lists are summed into D(v); a predecessor list adds 1/σ(w) + D(w) to each of
 *   w's predecessors (`delta`), which are reached earlier and so finalised later.
 * - Leaves are not searched from (buffers.ts): the search from their neighbour p counts their
 *   dependencies (p's, once more per leaf) and their distances (p's plus one hop). Nor are
 *   they searched through (core.ts): a node's leaves are counted one level below it.
 * - The neighbour loops have no data-dependent branch (see the comments there).
 */
import type { EngineGraph } from '../graph';
import { copyBetweenness, type EngineBuffers, type PartialSums } from './buffers';

export function accumulateUnweighted(
  graph: EngineGraph,
  sourceStart: number,
  sourceEnd: number,
  buffers: EngineBuffers,
  into: PartialSums,
): void {
  const { offsets, targets } = graph;
  const { coreOffsets, coreTargets } = buffers; // without leaves (core.ts)
  const { order, sigma, hops, inverse, scaled, leafParent, leafCount } = buffers;
  const { component, componentNodes, componentStart, componentSlots, rest } = buffers;
  const edges = buffers.preds;
  const edgeStart = buffers.succStart;
  const pending = buffers.delta; // D(v) added by predecessor lists; zero between sources
  const betweenness = buffers.betweenness;
  copyBetweenness(buffers, into, false);
  for (let s = sourceStart; s < sourceEnd; s++) {
    if (leafParent[s]! >= 0) continue; // counted with its neighbour's search
    // `order` is the queue, and afterwards the stack of Brandes' algorithm, level after level.
    hops[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    const c = component[s]!;
    let frontierSlots = coreOffsets[s + 1]! - coreOffsets[s]!;
    let unreachedSlots = componentSlots[c]! - frontierSlots;
    let head = 0;
    let tail = 1;
    let pairs = 0;
    let level = 0;
    // The leaves on the nodes of each level are one level farther; s's own leaves at 1.
    const leaves = leafCount[s]!;
    let leavesReached = leaves;
    let distanceSum = leaves;
    let harmonic = leaves;
    let shifted = 1 + leaves / 2; // Σ 1 / (d + 1): a leaf on s's harmonic closeness, plus 1/2

    // Top-down levels.
    while (head < tail && frontierSlots <= unreachedSlots) {
      const levelEnd = tail;
      const next = level + 1;
      for (; head < levelEnd; head++) {
        const v = order[head]!;
        edgeStart[head] = pairs;
        const sv = sigma[v]!;
        // Branch-free on purpose: whether w is new (hops −1) or one hop farther is as good as
        // random, and a mispredicted branch per neighbour costs more than these few operations.
        // Every store happens; the flags decide whether it counts (order and edges have a spare
        // slot).
        for (let i = coreOffsets[v]!, end = coreOffsets[v + 1]!; i < end; i++) {
          const w = coreTargets[i]!;
          const hw = hops[w]!;
          const isNew = (hw >> 31) & 1; // hw === -1
          const onPath = isNew | ((((hw ^ next) - 1) >> 31) & 1); // new, or hw === next
          hops[w] = hw + isNew * (next + 1);
          order[tail] = w;
          tail += isNew;
          sigma[w]! += sv * onPath;
          edges[pairs] = w;
          pairs += onPath;
        }
      }
      frontierSlots = 0;
      let onLevel = 0;
      for (let k = levelEnd; k < tail; k++) {
        const w = order[k]!;
        frontierSlots += coreOffsets[w + 1]! - coreOffsets[w]!;
        onLevel += leafCount[w]!;
      }
      unreachedSlots -= frontierSlots;
      const count = tail - levelEnd;
      distanceSum += count * next + onLevel * (next + 1);
      harmonic += count * inverse[next]! + onLevel * inverse[next + 1]!;
      shifted += count * inverse[next + 1]! + onLevel * inverse[next + 2]!;
      leavesReached += onLevel;
      level = next;
    }

    // Bottom-up levels: the frontier is order[head .. tail); its nodes get empty lists.
    const firstBottomUp = tail;
    if (head < tail) {
      for (let k = head; k <= tail; k++) edgeStart[k] = pairs;
      // The nodes of the component not reached yet; every level keeps those it did not reach.
      let unreached = 0;
      for (let k = componentStart[c]!, end = componentStart[c + 1]!; k < end; k++) {
        const u = componentNodes[k]!;
        rest[unreached] = u;
        unreached += hops[u]! >>> 31; // kept if hops[u] === -1
      }
      while (unreached > 0) {
        const levelBegin = tail;
        const next = level + 1;
        let kept = 0;
        let onLevel = 0;
        for (let r = 0; r < unreached; r++) {
          const u = rest[r]!;
          const start = pairs;
          let paths = 0;
          // Branch-free: onFrontier is 1 exactly when hops[v] === level (x === 0).
          for (let i = coreOffsets[u]!, end = coreOffsets[u + 1]!; i < end; i++) {
            const v = coreTargets[i]!;
            const x = hops[v]! ^ level;
            const onFrontier = ((x | -x) >>> 31) ^ 1;
            paths += sigma[v]! * onFrontier;
            edges[pairs] = v;
            pairs += onFrontier;
          }
          if (paths > 0) {
            hops[u] = next;
            sigma[u] = paths;
            order[tail++] = u;
            edgeStart[tail] = pairs;
            onLevel += leafCount[u]!;
          } else {
            pairs = start;
            rest[kept++] = u;
          }
        }
        unreached = kept;
        const count = tail - levelBegin;
        if (count === 0) break; // not reached: cannot happen within a component
        distanceSum += count * next + onLevel * (next + 1);
        harmonic += count * inverse[next]! + onLevel * inverse[next + 1]!;
        shifted += count * inverse[next + 1]! + onLevel * inverse[next + 2]!;
        leavesReached += onLevel;
        level = next;
      }
    }
    edgeStart[tail] = pairs;
    const reached = tail + leavesReached;
    into.reached[s] = reached;
    into.distanceSum[s] = distanceSum;
    into.harmonic[s] = harmonic;
    if (leaves > 0) {
      betweenness[s]! += leaves * (reached - 2);
      for (let i = offsets[s]!, end = offsets[s + 1]!; i < end; i++) {
        const leaf = targets[i]!;
        if (leafParent[leaf] !== s) continue;
        into.reached[leaf] = reached;
        into.distanceSum[leaf] = distanceSum + reached - 2;
        into.harmonic[leaf] = shifted - 0.5;
      }
    }

    // Dependencies, farthest nodes first: every successor is final before its predecessors.
    // A node's ℓ leaves add ℓ/σ to its D (so ℓ to δ = D·σ). Each node's search state is reset
    // once it has been used.
    const times = 1 + leaves;
    let k = tail - 1;
    for (; k >= firstBottomUp; k--) {
      const w = order[k]!;
      const d = pending[w]!;
      const sw = sigma[w]!;
      const lw = leafCount[w]!;
      const share = (1 + lw) / sw + d;
      betweenness[w]! += times * (d * sw + lw);
      for (let j = edgeStart[k]!, end = edgeStart[k + 1]!; j < end; j++)
        pending[edges[j]!]! += share;
      pending[w] = 0;
      hops[w] = -1;
      sigma[w] = 0;
    }
    for (; k > 0; k--) {
      const v = order[k]!;
      let d = pending[v]!;
      for (let j = edgeStart[k]!, end = edgeStart[k + 1]!; j < end; j++) d += scaled[edges[j]!]!;
      const sv = sigma[v]!;
      const lv = leafCount[v]!;
      scaled[v] = (1 + lv) / sv + d;
      betweenness[v]! += times * (d * sv + lv);
      pending[v] = 0;
      hops[v] = -1;
      sigma[v] = 0;
    }
    pending[s] = 0;
    hops[s] = -1;
    sigma[s] = 0;
  }
  copyBetweenness(buffers, into, true);
}
