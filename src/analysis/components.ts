/**
 * Connected components of the undirected view, by breadth-first search (E. F. Moore, "The
 * shortest path through a maze", 1959; J. Hopcroft & R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", CACM 16(6):372–378, 1973).
 *
 * Deterministic order: largest component first, equal sizes by their first node in input
 * order; inside a component, nodes in input order.
 */
import type { IndexedGraph } from './graph';

export interface Components {
  /** Per node: the index of its component in `members`. */
  readonly componentOf: Int32Array;
  /** Node indices per component, largest first. */
  readonly members: readonly (readonly number[])[];
}

export function connectedComponents(graph: IndexedGraph): Components {
  const { n, offsets, targets } = graph;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sizes: number[] = [];
  for (let root = 0; root < n; root++) {
    if (label[root]! >= 0) continue;
    const id = sizes.length;
    label[root] = id;
    queue[0] = root;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = targets[i]!;
        if (label[w]! < 0) {
          label[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  // Components were found in order of their first node, so a stable sort by size suffices.
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]!);
  const rank = new Int32Array(sizes.length);
  order.forEach((old, i) => (rank[old] = i));
  const componentOf = new Int32Array(n);
  const members: number[][] = order.map(() => []);
  for (let v = 0; v < n; v++) {
    componentOf[v] = rank[label[v]!]!;
    members[componentOf[v]!]!.push(v); // in input order
  }
  return { componentOf, members };
}

/** The number of connected components (isolates included), without listing them. */
export function countComponents(graph: Pick<IndexedGraph, 'n' | 'offsets' | 'targets'>): number {
  const { n, offsets, targets } = graph;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (seen[root]) continue;
    count++;
    seen[root] = 1;
    queue[0] = root;
    for (let head = 0, tail = 1; head < tail;) {
      const v = queue[head++]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = targets[i]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
  }
  return count;
}
