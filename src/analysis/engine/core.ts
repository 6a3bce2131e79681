/**
 * The graph the unweighted pass searches: the adjacency without its leaves, and its connected
 * components. A leaf ℓ on p (buffers.ts) is reached one hop after p by exactly σ(p) shortest
 * paths and lies on none, so bfs.ts accounts for the leaves of each node it reaches (their
 * distances, and 1/σ(ℓ) = 1/σ(p) each in p's dependency: Brandes 2001, in the scaled form of
 * bfs.ts) instead of searching them. The components bound the bottom-up steps.
 */
import type { EngineGraph } from '../graph';
import type { EngineBuffers } from './buffers';

/** Fills coreOffsets, coreTargets and the component fields; after markLeaves (O(n + m)). */
export function markCore(graph: EngineGraph, buffers: EngineBuffers): void {
  const { n, offsets, targets } = graph;
  const { leafParent, coreOffsets, coreTargets } = buffers;
  let slots = 0;
  for (let v = 0; v < n; v++) {
    coreOffsets[v] = slots;
    if (leafParent[v]! >= 0) continue;
    for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
      const w = targets[i]!;
      coreTargets[slots] = w;
      slots += (leafParent[w]! >>> 31) & 1; // kept unless w is a leaf
    }
  }
  coreOffsets[n] = slots;

  const { component, componentNodes, componentStart, componentSlots } = buffers;
  component.fill(-1);
  let c = 0;
  let tail = 0;
  for (let root = 0; root < n; root++) {
    if (component[root]! >= 0 || leafParent[root]! >= 0) continue;
    componentStart[c] = tail;
    component[root] = c;
    componentNodes[tail++] = root;
    let inside = 0;
    for (let head = componentStart[c]!; head < tail; head++) {
      const v = componentNodes[head]!;
      inside += coreOffsets[v + 1]! - coreOffsets[v]!;
      for (let i = coreOffsets[v]!, end = coreOffsets[v + 1]!; i < end; i++) {
        const w = coreTargets[i]!;
        if (component[w]! >= 0) continue;
        component[w] = c;
        componentNodes[tail++] = w;
      }
    }
    componentSlots[c++] = inside;
  }
  componentStart[c] = tail;
}
