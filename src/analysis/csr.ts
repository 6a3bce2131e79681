/**
 * Compressed sparse row (CSR) adjacency over typed arrays, the layout the engine reads
 * (U. Brandes, "A faster algorithm for betweenness centrality", 2001, works on adjacency lists;
 * CSR stores them contiguously), and the edge filter that makes motive layers.
 */
import type { IndexedGraph } from './graph';

export interface Adjacency {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly halfEdges: Int32Array;
  readonly distances: Float64Array;
}

/** CSR of a simple undirected graph given as edge arrays (no duplicates, no self-loops). */
export function undirectedAdjacency(
  n: number,
  edgeSource: Int32Array,
  edgeTarget: Int32Array,
  edgeStrength: Float64Array,
): Adjacency {
  const m = edgeSource.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[edgeSource[e]! + 1]!++;
    offsets[edgeTarget[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const halfEdges = new Int32Array(2 * m);
  const distances = new Float64Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    const d = 1 / edgeStrength[e]!;
    const i = fill[s]!++;
    const j = fill[t]!++;
    targets[i] = t;
    targets[j] = s;
    halfEdges[i] = e;
    halfEdges[j] = e;
    distances[i] = d;
    distances[j] = d;
  }
  return { n, offsets, targets, halfEdges, distances };
}

/** CSR of arcs [from0, to0, from1, to1, …], by tail (`end` 0) or by head (`end` 1). */
export function arcAdjacency(n: number, arcs: readonly number[], end: 0 | 1) {
  const offsets = new Int32Array(n + 1);
  for (let k = end; k < arcs.length; k += 2) offsets[arcs[k]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(arcs.length / 2);
  for (let k = 0; k < arcs.length; k += 2) {
    targets[fill[arcs[k + end]!]!++] = arcs[k + 1 - end]!;
  }
  return { offsets, targets };
}

/** The adjacency of a subset of the edges; halfEdges holds the new edge indices. */
export interface KeptAdjacency extends Adjacency {
  readonly m: number;
}

/**
 * The CSR of the edges e with keep[e] = 1, renumbered 0.. in edge order, read off the graph's
 * own CSR. Each node's neighbours stay in edge order, so this is exactly the adjacency that
 * undirectedAdjacency builds from the kept edges (the engine's sums depend on that order).
 */
export function keptAdjacency(
  graph: Pick<IndexedGraph, 'n' | 'm' | 'offsets' | 'targets' | 'halfEdges' | 'distances'>,
  keep: Uint8Array,
): KeptAdjacency {
  const { n, offsets, targets, halfEdges, distances } = graph;
  const renumber = new Int32Array(graph.m);
  let m = 0;
  for (let e = 0; e < graph.m; e++) renumber[e] = keep[e] === 1 ? m++ : -1;
  const kept = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let degree = 0;
    for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) degree += keep[halfEdges[i]!]!;
    kept[v + 1] = kept[v]! + degree;
  }
  const keptTargets = new Int32Array(2 * m);
  const keptHalfEdges = new Int32Array(2 * m);
  const keptDistances = new Float64Array(2 * m);
  for (let i = 0, j = 0; i < targets.length; i++) {
    const e = halfEdges[i]!;
    if (keep[e] !== 1) continue;
    keptTargets[j] = targets[i]!;
    keptHalfEdges[j] = renumber[e]!;
    keptDistances[j++] = distances[i]!;
  }
  return {
    n,
    m,
    offsets: kept,
    targets: keptTargets,
    halfEdges: keptHalfEdges,
    distances: keptDistances,
  };
}

/**
 * The same actors with only the edges e for which keep[e] is 1 (a motive layer). Directed arcs
 * are not carried over: layers are analysed on the undirected view.
 */
export function filterEdges(graph: IndexedGraph, keep: Uint8Array): IndexedGraph {
  const { m, offsets, targets, halfEdges, distances } = keptAdjacency(graph, keep);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeStrength = new Float64Array(m);
  const edgeTies: (readonly string[])[] = [];
  const edgeMotives: (readonly string[])[] = [];
  for (let e = 0, k = 0; e < graph.m; e++) {
    if (keep[e] !== 1) continue;
    edgeSource[k] = graph.edgeSource[e]!;
    edgeTarget[k] = graph.edgeTarget[e]!;
    edgeStrength[k++] = graph.edgeStrength[e]!;
    edgeTies.push(graph.edgeTies[e]!);
    edgeMotives.push(graph.edgeMotives[e]!);
  }
  const none = new Int32Array(graph.n + 1);
  return {
    ...graph,
    offsets,
    targets,
    halfEdges,
    distances,
    m,
    edgeSource,
    edgeTarget,
    edgeStrength,
    edgeTies,
    edgeMotives,
    outOffsets: none,
    outTargets: new Int32Array(0),
    inOffsets: none,
    inTargets: new Int32Array(0),
  };
}
