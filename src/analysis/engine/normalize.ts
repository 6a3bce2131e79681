/**
 * From the engine's raw sums to the values networkx 2.8 reports on an undirected graph.
 *
 * Betweenness — networkx `betweenness_centrality(G, normalized=True)` (its `_rescale`): the raw
 * Brandes sum counts each unordered pair from both ends, and is multiplied by
 * 1 / ((n − 1)(n − 2)); that is the pair count ÷ ((n − 1)(n − 2) / 2), the number of pairs
 * not involving the node (U. Brandes, "On variants of shortest-path betweenness centrality and
 * their generic computation", Social Networks 30(2):136–145, 2008, section 3). For n ≤ 2 no
 * node lies between two others and every value is 0.
 *
 * Closeness — networkx `closeness_centrality(G)` with wf_improved=True: for a node that reaches
 * r nodes (itself included) at total distance D, ((r − 1) / D) · ((r − 1) / (n − 1)); 0 when
 * D = 0 (an isolate) or n = 1. The second factor is the correction of S. Wasserman & K. Faust,
 * "Social Network Analysis: Methods and Applications", Cambridge UP, 1994, p. 201, which keeps
 * small components from looking central; on a connected graph it is 1 and this is Freeman's
 * (1979) closeness (n − 1) / D.
 *
 * Harmonic — networkx `harmonic_centrality(G)`: Σ 1 / d(u, v) over the other nodes reached,
 * not normalised (Marchiori & Latora 2000; Boldi & Vigna 2014).
 */
import type { PartialSums } from './buffers';

export interface Centralities {
  readonly betweenness: Float64Array;
  readonly closeness: Float64Array;
  readonly harmonic: Float64Array;
}

export function finalizeCentralities(sums: PartialSums): Centralities {
  const n = sums.n;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const harmonic = Float64Array.from(sums.harmonic);
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) betweenness[v] = sums.betweenness[v]! * scale;
  }
  for (let v = 0; v < n; v++) {
    const total = sums.distanceSum[v]!;
    if (total > 0 && n > 1) {
      const others = sums.reached[v]! - 1;
      closeness[v] = (others / total) * (others / (n - 1));
    }
  }
  return { betweenness, closeness, harmonic };
}
