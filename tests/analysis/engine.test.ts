// The engine's contract for a worker pool: ranges of sources, reused buffers, merged sums.
import { describe, expect, it } from 'vitest';
import {
  accumulate,
  centralities,
  createBuffers,
  createPartial,
  finalizeCentralities,
  graphFromEdgeList,
  graphFromMap,
  mergePartials,
  type IndexedGraph,
} from '../../src/analysis';
import { generateMap } from '../fixtures/generateMap';
import { loadReference, referenceGraph } from './helpers';

function generated(actors: number, ties: number, seed: number): IndexedGraph {
  const built = graphFromMap(generateMap({ actors, ties, seed }));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

const graphs: [string, IndexedGraph][] = [
  ['karate', referenceGraph(loadReference('karate'))],
  ['disconnected', referenceGraph(loadReference('disconnected'))],
  ['generated', generated(250, 700, 3)],
];

describe.each(graphs)('accumulate over ranges of sources (%s)', (_name, graph) => {
  for (const weighted of [false, true]) {
    it(`merging ranges equals one pass (${weighted ? 'weighted' : 'unweighted'})`, () => {
      const whole = centralities(graph, { weighted });
      const buffers = createBuffers(graph);
      const cuts = [0, 1, Math.floor(graph.n / 3), Math.floor(graph.n / 2), graph.n];
      const parts = cuts
        .slice(1)
        .map((end, i) => accumulate(graph, cuts[i]!, end, buffers, { weighted }));
      const merged = finalizeCentralities(mergePartials(parts));
      for (let v = 0; v < graph.n; v++) {
        expect(merged.betweenness[v]).toBeCloseTo(whole.betweenness[v]!, 12);
        expect(merged.closeness[v]).toBe(whole.closeness[v]);
        expect(merged.harmonic[v]).toBe(whole.harmonic[v]);
      }
    });
  }

  it('leaves the buffers clean after every source', () => {
    const buffers = createBuffers(graph);
    const first = accumulate(graph, 0, graph.n, buffers, { weighted: true });
    accumulate(graph, 0, graph.n, buffers, {});
    const again = accumulate(graph, 0, graph.n, buffers, { weighted: true });
    expect(again).toEqual(first);
    expect(buffers.hops.every((h) => h === -1)).toBe(true);
    expect(buffers.dist.every((d) => d === Infinity)).toBe(true);
    expect(buffers.sigma.every((s) => s === 0)).toBe(true);
    expect(buffers.heapPos.every((p) => p === -1)).toBe(true);
  });

  it('adds into a given partial sum and clamps the range', () => {
    const buffers = createBuffers(graph);
    const into = createPartial(graph.n);
    accumulate(graph, -5, 10, buffers, {}, into);
    accumulate(graph, 10, graph.n + 99, buffers, {}, into);
    expect(finalizeCentralities(into)).toEqual(centralities(graph));
  });
});

describe('the engine', () => {
  it('refuses buffers or sums of another graph', () => {
    const [, small] = graphs[0]!;
    const [, other] = graphs[2]!;
    expect(() => accumulate(small, 0, 1, createBuffers(other))).toThrow(/another graph/);
    expect(() => mergePartials([createPartial(3), createPartial(4)])).toThrow();
    expect(() => mergePartials([])).toThrow();
  });

  it('counts more than 2^32 shortest paths (Float64 path counts)', () => {
    // A 20×20 grid: corner to corner there are C(38, 19) ≈ 3.5e10 shortest paths. The grid
    // fixture pins every value to networkx; here the symmetry of the grid.
    const { betweenness } = centralities(referenceGraph(loadReference('grid-20x20')));
    const at = (r: number, c: number) => betweenness[r * 20 + c]!;
    expect(at(0, 0)).toBeCloseTo(at(19, 19), 15);
    expect(at(9, 10)).toBeCloseTo(at(10, 9), 15);
    expect(at(9, 9)).toBeGreaterThan(at(0, 9));
  });

  it('treats weighted paths of equal exact length as equal (1/3 + 1/4 + 1/3 = 1/3 + 1/3 + 1/4)', () => {
    // s–a–b–t and s–c–d–t have the same length 11/12 but different floating-point sums.
    const built = graphFromEdgeList({
      edges: [
        { source: 's', target: 'a', weight: 3 },
        { source: 'a', target: 'b', weight: 4 },
        { source: 'b', target: 't', weight: 3 },
        { source: 's', target: 'c', weight: 3 },
        { source: 'c', target: 'd', weight: 3 },
        { source: 'd', target: 't', weight: 4 },
      ],
    });
    if (!built.ok) throw new Error(built.error);
    const { betweenness } = centralities(built.graph, { weighted: true });
    // networkx with exact fractions; with float distances it gives s 0.125, b 0.275, t 0.275.
    const exact: Record<string, number> = { s: 0.15, a: 0.2, b: 0.25, t: 0.25, c: 0.15, d: 0.2 };
    built.graph.ids.forEach((id, v) => expect(betweenness[v]).toBeCloseTo(exact[id]!, 12));
  });
});
