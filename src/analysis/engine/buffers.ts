/**
 * Work buffers and partial sums of the shortest-path engine (Brandes 2001).
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001.
 *
 * All per-source state lives in typed arrays allocated once per graph and reset after each
 * source (only the entries the source touched), so a pass over many sources allocates nothing.
 * Path counts (`sigma`) are Float64Array: exact up to 2^53 paths per pair, where a Uint32Array
 * already overflows on a 20×20 grid.
 *
 * Leaves. A node ℓ of degree 1 whose neighbour p has degree > 1 (a partner tied only to the
 * school, typically) is not searched from: every shortest path from ℓ is the edge ℓp followed
 * by a shortest path from p, so its dependencies equal p's (δ_ℓ(v) = δ_p(v) for v ∉ {ℓ, p},
 * δ_ℓ(p) = r − 2 for a component of r nodes) and its distances are p's plus the length of ℓp.
 * The search from p accounts for its leaves (degree-1 reduction as in M. Baglioni, F. Geraci,
 * M. Pellegrini & E. Lastres, "Fast exact computation of betweenness centrality in social
 * networks", ASONAM 2012).
 */
import type { EngineGraph } from '../graph';

export interface EngineBuffers {
  readonly n: number;
  /** Nodes in the order they were reached (BFS queue, then the Brandes stack read backwards). */
  readonly order: Int32Array;
  /** Number of shortest paths from the source. */
  readonly sigma: Float64Array;
  /** Dependency of the source on each node (weighted pass; zero between sources). */
  readonly delta: Float64Array;
  /** Unweighted pass: 1/σ(w) + δ(w)/σ(w) once w is final (written before read; not reset). */
  readonly scaled: Float64Array;
  /** Hop distance from the source, -1 when not reached (unweighted pass). */
  readonly hops: Int32Array;
  /** Weighted distance from the source, Infinity when not reached (weighted pass). */
  readonly dist: Float64Array;
  /**
   * Shortest-path edges: successors in BFS order (unweighted pass, grouped by `succStart`), or
   * predecessors (weighted pass: those of v sit at preds[offsets[v] + k]). Size 2m.
   */
  readonly preds: Int32Array;
  /** Unweighted pass: where the successors of the k-th node reached start in `preds`. */
  readonly succStart: Int32Array;
  readonly predCount: Int32Array;
  /** Binary min-heap of nodes with their keys, and each node's place in it (-1: not in it). */
  readonly heap: Int32Array;
  readonly heapKeys: Float64Array;
  readonly heapPos: Int32Array;
  /** inverse[h] = 1 / h (inverse[0] = 0), for harmonic closeness without a division. */
  readonly inverse: Float64Array;
  /** Per node: its neighbour p if it is a leaf handled by p's search, else -1 (markLeaves). */
  readonly leafParent: Int32Array;
  /** Per node: how many leaves its search handles. */
  readonly leafCount: Int32Array;
}

export function createBuffers(graph: EngineGraph): EngineBuffers {
  const n = graph.n;
  return {
    n,
    order: new Int32Array(n + 1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    scaled: new Float64Array(n),
    hops: new Int32Array(n).fill(-1),
    dist: new Float64Array(n).fill(Infinity),
    preds: new Int32Array(graph.targets.length + 1),
    succStart: new Int32Array(n + 1),
    predCount: new Int32Array(n),
    heap: new Int32Array(n),
    heapKeys: new Float64Array(n),
    heapPos: new Int32Array(n).fill(-1),
    inverse: Float64Array.from({ length: n + 1 }, (_, h) => (h > 0 ? 1 / h : 0)),
    leafParent: new Int32Array(n).fill(-1),
    leafCount: new Int32Array(n),
  };
}

/** Fills leafParent and leafCount for `graph` (O(n); called by every accumulate). */
export function markLeaves(graph: EngineGraph, buffers: EngineBuffers): void {
  const { n, offsets, targets } = graph;
  const { leafParent, leafCount } = buffers;
  leafCount.fill(0);
  for (let v = 0; v < n; v++) {
    leafParent[v] = -1;
    if (offsets[v + 1]! - offsets[v]! !== 1) continue;
    const p = targets[offsets[v]!]!;
    if (offsets[p + 1]! - offsets[p]! > 1) {
      leafParent[v] = p;
      leafCount[p]!++;
    }
  }
}

/**
 * What one range of sources contributes. Betweenness sums over all sources of the range; the
 * closeness figures are filled in only at the indices of the range's sources. Several partial
 * sums (from workers, each over its own range) merge by adding them up.
 */
export interface PartialSums {
  readonly n: number;
  /** Raw Brandes dependencies, each unordered pair counted from both ends. */
  readonly betweenness: Float64Array;
  /** Per source: nodes reached, the source itself included. */
  readonly reached: Float64Array;
  /** Per source: sum of the distances to the nodes reached. */
  readonly distanceSum: Float64Array;
  /** Per source: sum of 1 / distance to the other nodes reached. */
  readonly harmonic: Float64Array;
}

export function createPartial(n: number): PartialSums {
  return {
    n,
    betweenness: new Float64Array(n),
    reached: new Float64Array(n),
    distanceSum: new Float64Array(n),
    harmonic: new Float64Array(n),
  };
}

/** Adds up partial sums over disjoint ranges of sources (e.g. one per worker). */
export function mergePartials(parts: readonly PartialSums[]): PartialSums {
  const first = parts[0];
  if (!first) throw new Error('mergePartials: nothing to merge');
  const total = createPartial(first.n);
  for (const part of parts) {
    if (part.n !== first.n) throw new Error('mergePartials: partial sums of different graphs');
    for (let v = 0; v < first.n; v++) {
      total.betweenness[v]! += part.betweenness[v]!;
      total.reached[v]! += part.reached[v]!;
      total.distanceSum[v]! += part.distanceSum[v]!;
      total.harmonic[v]! += part.harmonic[v]!;
    }
  }
  return total;
}
