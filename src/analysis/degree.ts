/**
 * Degree centrality: L. C. Freeman, "Centrality in social networks: conceptual clarification",
 * Social Networks 1(3):215–239, 1979.
 *
 * - degree: distinct neighbours in the undirected view (several ties to one actor count once);
 * - degreeNormalized: degree / (n − 1), as networkx `degree_centrality`, except that a
 *   one-actor map gives 0 (networkx gives 1, graphology NaN);
 * - inDegree / outDegree: distinct actors with a directed tie to / from this actor (undirected
 *   ties count in neither);
 * - weightedDegree: the sum of the strengths (frequency levels) of the actor's ties, a tie
 *   without a frequency counting as level 1, as in weighted shortest paths (graph.ts). After
 *   duplicates collapsed, each neighbour contributes the highest level of its ties.
 */
import type { IndexedGraph } from './graph';

export interface DegreeMetrics {
  readonly degree: Int32Array;
  readonly degreeNormalized: Float64Array;
  readonly inDegree: Int32Array;
  readonly outDegree: Int32Array;
  readonly weightedDegree: Float64Array;
}

export function degrees(graph: IndexedGraph): DegreeMetrics {
  const { n, offsets, halfEdges, edgeStrength } = graph;
  const degree = new Int32Array(n);
  const degreeNormalized = new Float64Array(n);
  const inDegree = new Int32Array(n);
  const outDegree = new Int32Array(n);
  const weightedDegree = new Float64Array(n);
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    degree[v] = d;
    degreeNormalized[v] = d * scale;
    inDegree[v] = graph.inOffsets[v + 1]! - graph.inOffsets[v]!;
    outDegree[v] = graph.outOffsets[v + 1]! - graph.outOffsets[v]!;
    let sum = 0;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) sum += edgeStrength[halfEdges[i]!]!;
    weightedDegree[v] = sum;
  }
  return { degree, degreeNormalized, inDegree, outDegree, weightedDegree };
}
