/**
 * Core number of every node (the largest k such that the node belongs to a k-core), by
 * V. Batagelj & M. Zaversnik, "An O(m) algorithm for cores decomposition of networks",
 * arXiv cs/0310049, 2003 — the algorithm networkx `core_number` implements. Bin sort over
 * typed arrays; O(n + m).
 */
import type { IndexedGraph } from './graph';

export function coreNumbers(graph: IndexedGraph): Int32Array {
  const { n, offsets, targets } = graph;
  const deg = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDegree) maxDegree = deg[v]!;
  }
  // bin[d]: where the nodes of (current) degree d start in `vert`.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[deg[v]!]!++;
  for (let d = 0, start = 0; d <= maxDegree; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
      const u = targets[k]!;
      if (deg[u]! <= deg[v]!) continue;
      const du = deg[u]!;
      const pu = pos[u]!;
      const pw = bin[du]!;
      const w = vert[pw]!;
      if (u !== w) {
        pos[u] = pw;
        vert[pu] = w;
        pos[w] = pu;
        vert[pw] = u;
      }
      bin[du]!++;
      deg[u] = du - 1;
    }
  }
  return deg;
}
