/**
 * A graphology graph of the undirected view, for the cross-check with graphology-metrics and for
 * code that wants graphology's API. Edge attributes: `weight` = strength (frequency level),
 * `distance` = 1 / strength. Node attribute: `label`. Node keys are the actor ids.
 */
import { UndirectedGraph } from 'graphology';
import type { IndexedGraph } from './graph';

export interface GraphologyNode {
  label: string;
}

export interface GraphologyEdge {
  weight: number;
  distance: number;
  ties: readonly string[];
}

export function toGraphology(graph: IndexedGraph): UndirectedGraph<GraphologyNode, GraphologyEdge> {
  const out = new UndirectedGraph<GraphologyNode, GraphologyEdge>();
  for (let v = 0; v < graph.n; v++) out.addNode(graph.ids[v]!, { label: graph.labels[v]! });
  for (let e = 0; e < graph.m; e++) {
    const weight = graph.edgeStrength[e]!;
    out.addEdge(graph.ids[graph.edgeSource[e]!]!, graph.ids[graph.edgeTarget[e]!]!, {
      weight,
      distance: 1 / weight,
      ties: graph.edgeTies[e]!,
    });
  }
  return out;
}
