// The engine's fast paths against plain textbook versions on many shapes of graph: the
// direction-optimizing BFS (bfs.ts) against Brandes' Algorithm 1 with predecessor lists, Dial's
// bucket queue (dial.ts) against a quadratic Dijkstra on exact integer lengths and against the
// binary-heap pass (dijkstra.ts), and a layer's adjacency read off its map (keptAdjacency)
// against one built from the kept edges.
import { describe, expect, it } from 'vitest';
import {
  analyzeEdgeList,
  centralities,
  createBuffers,
  createPartial,
  finalizeCentralities,
  graphFromEdgeList,
  graphFromMap,
  type EngineGraph,
  type IndexedGraph,
  type PartialSums,
} from '../../src/analysis';
import { keptAdjacency, undirectedAdjacency } from '../../src/analysis/csr';
import { markLeaves } from '../../src/analysis/engine/buffers';
import { accumulateDial, integerLengths } from '../../src/analysis/engine/dial';
import { accumulateWeighted } from '../../src/analysis/engine/dijkstra';
import { hubGraph, randomGraph, toEdgeList } from '../bench/analysisGraphs';
import { generateMap, seededRandom } from '../fixtures/generateMap';
import { expectValue } from './helpers';

function fromMap(actors: number, ties: number, seed: number): IndexedGraph {
  const built = graphFromMap(generateMap({ actors, ties, seed }));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

function fromEdges(n: number, edges: readonly (readonly [number, number])[]): IndexedGraph {
  const built = graphFromEdgeList(toEdgeList({ name: 'test', kind: 'random', n, edges }));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

const path = (n: number) => Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
const star = (n: number) => Array.from({ length: n - 1 }, (_, i) => [0, i + 1] as const);

const graphs: [string, IndexedGraph][] = [
  ['a forest with isolates', fromMap(120, 90, 1)],
  ['a sparse map', fromMap(150, 220, 2)],
  ['the benchmark map', fromMap(200, 600, 42)],
  ['a dense map', fromMap(60, 900, 3)],
  ['hubs, one tie each (a tree)', fromEdges(300, hubGraph(300, 1, 4).edges)],
  ['hubs, three ties each', fromEdges(300, hubGraph(300, 3, 5).edges)],
  ['random, one tie per actor', fromEdges(200, randomGraph(200, 1, 6).edges)],
  [
    'a path and a star apart',
    fromEdges(25, [...path(15), ...star(10).map(([a, b]) => [a + 15, b + 15] as const)]),
  ],
];

/**
 * Brandes' Algorithm 1 as printed, one search from every node, with integer edge lengths
 * (1 for hops) and a quadratic Dijkstra: raw sums for finalizeCentralities. `scale` turns the
 * integer lengths back into distances.
 */
function textbook(graph: EngineGraph, length: (slot: number) => number, scale: number) {
  const { n, offsets, targets } = graph;
  const sums: PartialSums = createPartial(n);
  for (let s = 0; s < n; s++) {
    const dist = new Array<number>(n).fill(Infinity);
    const sigma = new Array<number>(n).fill(0);
    const preds: number[][] = Array.from({ length: n }, () => []);
    const done = new Array<boolean>(n).fill(false);
    const stack: number[] = [];
    dist[s] = 0;
    sigma[s] = 1;
    for (;;) {
      let v = -1;
      for (let u = 0; u < n; u++) if (!done[u] && dist[u]! < (v < 0 ? Infinity : dist[v]!)) v = u;
      if (v < 0) break;
      done[v] = true;
      stack.push(v);
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const w = targets[i]!;
        const d = dist[v]! + length(i);
        if (d < dist[w]!) {
          dist[w] = d;
          sigma[w] = 0;
          preds[w] = [];
        }
        if (d === dist[w]) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    for (let k = stack.length - 1; k >= 0; k--) {
      const w = stack[k]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      if (w !== s) sums.betweenness[w]! += delta[w]!;
    }
    sums.reached[s] = stack.length;
    for (const v of stack) {
      if (v === s) continue;
      sums.distanceSum[s]! += dist[v]! / scale;
      sums.harmonic[s]! += scale / dist[v]!;
    }
  }
  return finalizeCentralities(sums);
}

function expectSame(
  actual: ReturnType<typeof centralities>,
  expected: ReturnType<typeof centralities>,
) {
  for (const key of ['betweenness', 'closeness', 'harmonic'] as const) {
    actual[key].forEach((value, v) => expectValue(value, expected[key][v]!, `${key}[${v}]`));
  }
}

describe.each(graphs)('the engine on %s', (_name, graph) => {
  it('unweighted: as Brandes (2001) Algorithm 1', () => {
    expectSame(
      centralities(graph),
      textbook(graph, () => 1, 1),
    );
  });

  it('weighted: as Dijkstra on exact lengths, by bucket queue and by heap alike', () => {
    const integer = integerLengths(graph);
    expect(integer?.scale).toBe(60); // levels 1–5, or weight 1 on edge lists
    const { scale, lengths } = integer!;
    const expected = textbook(graph, (slot) => lengths[slot]!, scale);
    expectSame(centralities(graph, { weighted: true }), expected);

    const buffers = createBuffers(graph);
    markLeaves(graph, buffers);
    const byHeap = createPartial(graph.n);
    accumulateWeighted(graph, 0, graph.n, buffers, byHeap);
    expectSame(finalizeCentralities(byHeap), expected);
    const byBuckets = createPartial(graph.n);
    accumulateDial(graph, 0, graph.n, buffers, byBuckets, integer!);
    expectSame(finalizeCentralities(byBuckets), expected);
    expect(buffers.hops.every((h) => h === -1)).toBe(true);
    expect(buffers.sigma.every((x) => x === 0)).toBe(true);
    expect(buffers.delta.every((x) => x === 0)).toBe(true);
  });
});

describe('integer lengths for the bucket queue', () => {
  const withWeights = (weights: readonly number[]) => {
    const built = graphFromEdgeList({
      edges: weights.map((weight, i) => ({ source: `v${i}`, target: `v${i + 1}`, weight })),
    });
    if (!built.ok) throw new Error(built.error);
    return built.graph;
  };

  it('counts lengths in sixtieths', () => {
    expect(integerLengths(withWeights([1, 2, 3, 4, 5]))?.scale).toBe(60);
    expect(Array.from(integerLengths(withWeights([1, 2, 3, 4, 5]))!.lengths)).toEqual([
      60, 60, 30, 30, 20, 20, 15, 15, 12, 12,
    ]);
    expect(integerLengths(withWeights([0.5, 2.5, 6]))?.longest).toBe(120);
  });

  it('leaves other lengths to the heap', () => {
    expect(integerLengths(withWeights([7, 2]))).toBeNull();
    expect(integerLengths(withWeights([1.3, 2]))).toBeNull();
    expect(integerLengths(withWeights([Math.PI]))).toBeNull();
    expect(integerLengths(withWeights([0.05]))).toBeNull(); // 1,200 sixtieths: too long
  });

  it('gives the same values either way on weights the scales do not fit', () => {
    const random = seededRandom(9);
    const { edges } = hubGraph(120, 2, 10);
    const built = graphFromEdgeList({
      edges: edges.map(([s, t]) => ({
        source: String(s),
        target: String(t),
        weight: 1 + Math.floor(random() * 4) + 0.3, // 1.3 … 4.3: the heap pass
      })),
    });
    if (!built.ok) throw new Error(built.error);
    const graph = built.graph;
    expect(integerLengths(graph)).toBeNull();
    const weighted = centralities(graph, { weighted: true });
    // Lengths 10/13 … 10/43 in units of 1/(13·23·33·43 · 10): exact integers for the textbook.
    const scale = 13 * 23 * 33 * 43;
    const lengths = Int32Array.from(graph.distances, (d) => Math.round(d * scale));
    expectSame(
      weighted,
      textbook(graph, (slot) => lengths[slot]!, scale),
    );
  });
});

describe('a layer adjacency read off its map', () => {
  it('is the adjacency built from the kept edges, neighbour order included', () => {
    const graph = fromMap(200, 600, 42);
    const random = seededRandom(11);
    const keep = Uint8Array.from({ length: graph.m }, () => (random() < 0.4 ? 1 : 0));
    const kept = keptAdjacency(graph, keep);
    const edges = [...keep.keys()].filter((e) => keep[e] === 1);
    const built = undirectedAdjacency(
      graph.n,
      Int32Array.from(edges, (e) => graph.edgeSource[e]!),
      Int32Array.from(edges, (e) => graph.edgeTarget[e]!),
      Float64Array.from(edges, (e) => graph.edgeStrength[e]!),
    );
    expect(kept.m).toBe(edges.length);
    expect(kept.offsets).toEqual(built.offsets);
    expect(kept.targets).toEqual(built.targets);
    expect(kept.halfEdges).toEqual(built.halfEdges);
    expect(kept.distances).toEqual(built.distances);
  });
});

describe('records keyed by ids from a file', () => {
  it('keep "__proto__" as an actor, not as a prototype', () => {
    const result = analyzeEdgeList({ edges: [{ source: '__proto__', target: 'b' }] });
    if (!result.ok) throw new Error(result.error);
    const { actors } = result.analysis;
    expect(Object.getPrototypeOf(actors)).toBe(Object.prototype);
    expect(Object.keys(actors)).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(actors, '__proto__')?.value.degree).toBe(1);
  });
});
