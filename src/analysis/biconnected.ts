/**
 * Cut-points (articulation points) and bridges of the undirected view, by one depth-first
 * search with low-points: R. Tarjan, "Depth-first search and linear graph algorithms", SIAM
 * Journal on Computing 1(2):146–160, 1972; J. Hopcroft & R. Tarjan, "Algorithm 447: efficient
 * algorithms for graph manipulation", CACM 16(6):372–378, 1973.
 *
 * The search is iterative (an explicit stack of typed arrays), so a long path of 5,000 actors
 * cannot overflow the call stack. A cut-point is an actor whose removal disconnects others that
 * were connected; a bridge is an edge whose removal does so. Output in input order (nodes by
 * index, bridges by edge index).
 */
import type { IndexedGraph } from './graph';

export interface Biconnectivity {
  /** Node indices, ascending. */
  readonly cutPoints: readonly number[];
  /** Edge indices, ascending. */
  readonly bridges: readonly number[];
}

export function cutPointsAndBridges(graph: IndexedGraph): Biconnectivity {
  const { n, m, offsets, targets, halfEdges } = graph;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parentEdge = new Int32Array(n).fill(-1);
  const next = new Int32Array(n); // the next adjacency slot to look at
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const isBridge = new Uint8Array(m);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root]! >= 0) continue;
    discovered[root] = low[root] = time++;
    next[root] = offsets[root]!;
    stack[0] = root;
    let top = 1;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < offsets[v + 1]!) {
        const slot = next[v]!++;
        const edge = halfEdges[slot]!;
        if (edge === parentEdge[v]) continue;
        const w = targets[slot]!;
        if (discovered[w]! < 0) {
          discovered[w] = low[w] = time++;
          parentEdge[w] = edge;
          next[w] = offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (discovered[w]! < low[v]!) {
          low[v] = discovered[w]!;
        }
        continue;
      }
      top--;
      if (top === 0) break;
      const u = stack[top - 1]!; // v's parent in the search tree
      if (low[v]! < low[u]!) low[u] = low[v]!;
      if (low[v]! > discovered[u]!) isBridge[parentEdge[v]!] = 1;
      if (u !== root && low[v]! >= discovered[u]!) isCut[u] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const cutPoints: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) cutPoints.push(v);
  const bridges: number[] = [];
  for (let e = 0; e < m; e++) if (isBridge[e]) bridges.push(e);
  return { cutPoints, bridges };
}
