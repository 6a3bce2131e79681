// Seeded graphs for the analysis benchmark: uniform random and preferential attachment (hubs).
import type { EdgeListInput } from '../../src/analysis';
import { seededRandom } from '../fixtures/generateMap';

export interface BenchGraph {
  readonly name: string;
  readonly kind: 'random' | 'hubs';
  readonly n: number;
  /** Pairs [source, target] of node indices, no self-loops, no duplicates. */
  readonly edges: readonly (readonly [number, number])[];
}

/** Uniform random graph G(n, m) with m = ties · n distinct edges (Erdős–Rényi). */
export function randomGraph(n: number, tiesPerActor: number, seed: number): BenchGraph {
  const random = seededRandom(seed);
  const target = Math.min(tiesPerActor * n, (n * (n - 1)) / 2);
  const seen = new Set<number>();
  const edges: [number, number][] = [];
  while (edges.length < target) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push([a, b]);
  }
  return { name: `random ${n}`, kind: 'random', n, edges };
}

/**
 * Preferential attachment (Barabási & Albert 1999): each new node ties to `tiesPerActor`
 * distinct earlier nodes chosen with probability proportional to their degree, so a few
 * nodes become hubs. Starts from a clique of tiesPerActor + 1 nodes.
 */
export function hubGraph(n: number, tiesPerActor: number, seed: number): BenchGraph {
  const random = seededRandom(seed);
  const k = tiesPerActor;
  const edges: [number, number][] = [];
  const ends: number[] = []; // every edge's two ends: a degree-weighted urn
  for (let a = 0; a <= k && a < n; a++) {
    for (let b = 0; b < a; b++) {
      edges.push([b, a]);
      ends.push(a, b);
    }
  }
  for (let v = k + 1; v < n; v++) {
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(ends[Math.floor(random() * ends.length)]!);
    for (const u of chosen) {
      edges.push([u, v]);
      ends.push(u, v);
    }
  }
  return { name: `hubs ${n}`, kind: 'hubs', n, edges };
}

export function toEdgeList(graph: BenchGraph): EdgeListInput {
  return {
    nodes: Array.from({ length: graph.n }, (_, i) => ({ id: String(i) })),
    edges: graph.edges.map(([s, t]) => ({ source: String(s), target: String(t) })),
  };
}

export function maxDegree(graph: BenchGraph): number {
  const degree = new Int32Array(graph.n);
  for (const [s, t] of graph.edges) {
    degree[s]!++;
    degree[t]!++;
  }
  return degree.reduce((a, b) => Math.max(a, b), 0);
}
