/**
 * Burt's constraint and effective size on the undirected, unweighted view.
 *
 * R. S. Burt, "Structural Holes: The Social Structure of Competition", Harvard UP, 1992;
 * R. S. Burt, "Structural holes and good ideas", American Journal of Sociology 110:349–399,
 * 2004; S. P. Borgatti, "Structural holes: unpacking Burt's redundancy measures",
 * Connections 20(1):35–38, 1997.
 *
 * Exactly as networkx 2.8 `constraint(G)` and `effective_size(G)` (algorithms/structuralholes.py)
 * with weight=None on an undirected graph:
 * - the mutual weight of neighbours is 1 + 1 = 2, so the normalised mutual weight p(u, v) is
 *   1 / deg(u) for a neighbour v (0 otherwise);
 * - constraint(u) = Σ_{v ∈ N(u)} (p(u, v) + Σ_{w ∈ N(u)} p(u, w) p(w, v))², where only
 *   w ∈ N(u) ∩ N(v) contribute: Σ_v (1/deg(u) + Σ_{w ∈ N(u) ∩ N(v)} 1 / (deg(u) deg(w)))²;
 * - effective size (Borgatti's formula for the unweighted undirected case, which networkx uses
 *   there): e(u) = n − 2t / n with n = deg(u) and t the number of ties among u's neighbours.
 * Both are undefined for an isolate: networkx gives NaN, we give null.
 */
import type { IndexedGraph } from './graph';

export interface StructuralHoles {
  readonly constraint: readonly (number | null)[];
  readonly effectiveSize: readonly (number | null)[];
}

export function structuralHoles(graph: IndexedGraph): StructuralHoles {
  const { n, offsets, targets } = graph;
  const constraint: (number | null)[] = new Array<number | null>(n).fill(null);
  const effectiveSize: (number | null)[] = new Array<number | null>(n).fill(null);
  // mark[w] === u + 1 while u's neighbours are marked.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    const du = end - start;
    if (du === 0) continue;
    for (let i = start; i < end; i++) mark[targets[i]!] = u + 1;
    let c = 0;
    let shared = 0; // Σ_v |N(u) ∩ N(v)| = 2t
    for (let i = start; i < end; i++) {
      const v = targets[i]!;
      let indirect = 0;
      for (let j = offsets[v]!; j < offsets[v + 1]!; j++) {
        const w = targets[j]!;
        if (mark[w] !== u + 1) continue;
        indirect += 1 / du / (offsets[w + 1]! - offsets[w]!);
        shared++;
      }
      const local = 1 / du + indirect;
      c += local * local;
    }
    constraint[u] = c;
    effectiveSize[u] = du - shared / du;
  }
  return { constraint, effectiveSize };
}
