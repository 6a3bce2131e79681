/**
 * Map-level structure of the undirected view: density, connected components, isolates,
 * cut-points, bridges and k-core numbers, by node index (analyze.ts turns them into ids).
 *
 * Density as networkx `density` for an undirected graph: 2m / (n (n − 1)), 0 for n < 2
 * (S. Wasserman & K. Faust, "Social Network Analysis", Cambridge UP, 1994, section 4.2).
 * The algorithms: components.ts (BFS), biconnected.ts (Tarjan 1972, Hopcroft & Tarjan 1973),
 * kCore.ts (Batagelj & Zaversnik 2003).
 */
import { cutPointsAndBridges } from './biconnected';
import { connectedComponents } from './components';
import type { IndexedGraph } from './graph';
import { coreNumbers } from './kCore';

export interface Structure {
  readonly density: number;
  readonly componentOf: Int32Array;
  readonly components: readonly (readonly number[])[];
  readonly isolates: readonly number[];
  readonly cutPoints: readonly number[];
  readonly bridges: readonly number[];
  readonly coreNumber: Int32Array;
}

export function density(n: number, m: number): number {
  return n < 2 ? 0 : (2 * m) / (n * (n - 1));
}

export function structure(graph: IndexedGraph): Structure {
  const { componentOf, members } = connectedComponents(graph);
  const { cutPoints, bridges } = cutPointsAndBridges(graph);
  const isolates: number[] = [];
  for (let v = 0; v < graph.n; v++) {
    if (graph.offsets[v + 1] === graph.offsets[v]) isolates.push(v);
  }
  return {
    density: density(graph.n, graph.m),
    componentOf,
    components: members,
    isolates,
    cutPoints,
    bridges,
    coreNumber: coreNumbers(graph),
  };
}
