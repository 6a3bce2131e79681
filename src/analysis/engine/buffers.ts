/**
 * Work buffers and partial sums of the shortest-path engine (Brandes 2001).
 *
 * U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2):163–177, 2001.
 *
 * All per-source state is allocated once per graph and reset after each source (only the
 * entries the source touched), so a pass over many sources allocates nothing. The state the
 * searches write lives in plain packed arrays (unboxed small integers or doubles), not typed
 * arrays: once any ArrayBuffer of the thread has been detached (a transfer to or from a
 * worker, as the app's pool does), V8 checks typed arrays for detachment around every store,
 * which slows these loops by a quarter; plain arrays have no such check. What the searches only
 * read (the adjacency) stays in typed arrays. Path counts (`sigma`) are doubles: exact up to
 * 2^53 paths per pair, where a Uint32Array already overflows on a 20×20 grid.
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
  readonly order: number[];
  /** Number of shortest paths from the source. */
  readonly sigma: number[];
  /**
   * Dependency of the source on each node (weighted pass), or the part of D(v) added by
   * predecessor lists (unweighted pass). Zero between sources.
   */
  readonly delta: number[];
  /** Unweighted pass: 1/σ(w) + δ(w)/σ(w) once w is final (written before read; not reset). */
  readonly scaled: number[];
  /** The partial sums' betweenness while a pass runs (copyBetweenness), in a plain array. */
  readonly betweenness: number[];
  /**
   * Hop distance from the source (unweighted pass), or distance in whole sixtieths (dial.ts);
   * -1 when not reached.
   */
  readonly hops: number[];
  /** Weighted distance from the source, Infinity when not reached (weighted pass). */
  readonly dist: number[];
  /**
   * Shortest-path edges: per node in BFS order, its successors or predecessors (unweighted
   * pass, grouped by `succStart`), or predecessors (weighted pass: those of v sit at
   * preds[offsets[v] + k]). Size 2m + 1.
   */
  readonly preds: number[];
  /** Unweighted pass: where the list of the k-th node reached starts in `preds`. */
  readonly succStart: number[];
  readonly predCount: number[];
  /** Unweighted pass: the nodes of the source's component not reached yet (bottom-up). */
  readonly rest: number[];
  /** dial.ts: the next and previous node in the same bucket (-1: none). */
  readonly bucketNext: number[];
  readonly bucketPrev: number[];
  /** Binary min-heap of nodes with their keys, and each node's place in it (-1: not in it). */
  readonly heap: Int32Array;
  readonly heapKeys: Float64Array;
  readonly heapPos: Int32Array;
  /** The adjacency without the leaves (core.ts): what the unweighted pass searches. */
  readonly coreOffsets: Int32Array;
  readonly coreTargets: Int32Array;
  /** inverse[h] = 1 / h (inverse[0] = 0) for h ≤ n + 1, for harmonic closeness. */
  readonly inverse: Float64Array;
  /** Per node: its neighbour p if it is a leaf handled by p's search, else -1 (markLeaves). */
  readonly leafParent: Int32Array;
  /** Per node: how many leaves its search handles. */
  readonly leafCount: Int32Array;
  /** Per node: its connected component in the adjacency without leaves (core.ts). */
  readonly component: Int32Array;
  /**
   * Nodes grouped by component, leaves left out: those of component c are
   * componentNodes[componentStart[c] .. componentStart[c + 1]).
   */
  readonly componentNodes: Int32Array;
  readonly componentStart: Int32Array;
  /** Per component: its adjacency slots without leaves (twice its edges between non-leaves). */
  readonly componentSlots: Int32Array;
}

/** A packed array of small integers (V8: PACKED_SMI_ELEMENTS, unboxed). */
function ints(length: number, value = 0): number[] {
  const array: number[] = [];
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

/** A packed array of unboxed doubles: it starts as one (V8 never narrows an element kind). */
function doubles(length: number, value = 0): number[] {
  const array = [0.5];
  array.length = 0;
  for (let i = 0; i < length; i++) array.push(value);
  return array;
}

export function createBuffers(graph: EngineGraph): EngineBuffers {
  const n = graph.n;
  return {
    n,
    order: ints(n + 1),
    sigma: doubles(n),
    delta: doubles(n),
    scaled: doubles(n),
    betweenness: doubles(n),
    hops: ints(n, -1),
    dist: doubles(n, Infinity),
    preds: ints(graph.targets.length + 1),
    succStart: ints(n + 1),
    predCount: ints(n),
    rest: ints(n),
    bucketNext: ints(n),
    bucketPrev: ints(n),
    heap: new Int32Array(n),
    heapKeys: new Float64Array(n),
    heapPos: new Int32Array(n).fill(-1),
    coreOffsets: new Int32Array(n + 1),
    coreTargets: new Int32Array(graph.targets.length),
    inverse: inverses(n + 2),
    leafParent: new Int32Array(n).fill(-1),
    leafCount: new Int32Array(n),
    component: new Int32Array(n),
    componentNodes: new Int32Array(n),
    componentStart: new Int32Array(n + 1),
    componentSlots: new Int32Array(n),
  };
}

function inverses(length: number): Float64Array {
  const inverse = new Float64Array(length);
  for (let h = 1; h < length; h++) inverse[h] = 1 / h;
  return inverse;
}

/** Copies the raw betweenness into the buffers before a pass (`back` false) and out after it. */
export function copyBetweenness(buffers: EngineBuffers, into: PartialSums, back: boolean): void {
  const { betweenness } = buffers;
  if (back) for (let v = 0; v < into.n; v++) into.betweenness[v] = betweenness[v]!;
  else for (let v = 0; v < into.n; v++) betweenness[v] = into.betweenness[v]!;
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
