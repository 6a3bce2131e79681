// Building the indexed graph: CSR layout, duplicates, self-loops, directed ties, levels.
import { describe, expect, it } from 'vitest';
import {
  graphFromEdgeList,
  graphFromMap,
  toGraphology,
  type GraphResult,
  type IndexedGraph,
} from '../../src/analysis';
import { tinyMap } from './mapBuilder';

function ok(result: GraphResult): Extract<GraphResult, { ok: true }> {
  if (!result.ok) throw new Error(result.error);
  return result;
}

const neighbours = (g: IndexedGraph, id: string) => {
  const v = g.indexOf.get(id)!;
  return Array.from(g.targets.subarray(g.offsets[v]!, g.offsets[v + 1]!), (w) => g.ids[w]);
};

describe('graphFromMap', () => {
  it('indexes actors in map order and lays out a symmetric CSR', () => {
    const map = tinyMap(
      ['a', 'b', 'c', 'd'],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['a', 'c'],
      ],
    );
    const { graph } = ok(graphFromMap(map));
    expect(graph.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(graph.labels).toEqual(['A', 'B', 'C', 'D']);
    expect(graph.n).toBe(4);
    expect(graph.m).toBe(3);
    expect(Array.from(graph.offsets)).toEqual([0, 2, 4, 6, 6]);
    expect(neighbours(graph, 'a')).toEqual(['b', 'c']);
    expect(neighbours(graph, 'c')).toEqual(['b', 'a']);
    expect(neighbours(graph, 'd')).toEqual([]);
    expect(graph.targets).toBeInstanceOf(Int32Array);
  });

  it('uses the frequency level as strength and 1 / level as distance', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { frequency: 'weekly' }],
        ['b', 'c', { frequency: 'termly' }],
      ],
    );
    const { graph, report } = ok(graphFromMap(map));
    expect(Array.from(graph.edgeStrength)).toEqual([5, 3]);
    const slot = graph.offsets[graph.indexOf.get('c')!]!;
    expect(graph.distances[slot]).toBeCloseTo(1 / 3, 15);
    expect(report.withoutLevel).toEqual([]);
  });

  it('counts a tie without a (known) frequency as level 1 and reports it', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { frequency: null }],
        ['b', 'c', { frequency: 'fortnightly' }],
      ],
    );
    const { graph, report } = ok(graphFromMap(map));
    expect(Array.from(graph.edgeStrength)).toEqual([1, 1]);
    expect(report.withoutLevel).toEqual(['t1', 't2']);
  });

  it('collapses duplicate ties (either direction): highest level, union of motives', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { frequency: 'yearly', motives: ['care-and-guidance'] }],
        ['b', 'a', { frequency: 'monthly', motives: ['fallback-network'] }],
        ['a', 'b', { motives: ['care-and-guidance'] }],
        ['b', 'c'],
      ],
    );
    const { graph, report } = ok(graphFromMap(map));
    expect(graph.m).toBe(2);
    expect(neighbours(graph, 'a')).toEqual(['b']);
    expect(Array.from(graph.edgeStrength)).toEqual([4, 1]);
    expect(graph.edgeTies[0]).toEqual(['t1', 't2', 't3']);
    expect(graph.edgeMotives[0]).toEqual(['care-and-guidance', 'fallback-network']);
    expect(report.duplicates).toEqual([
      { tie: 't2', duplicateOf: 't1' },
      { tie: 't3', duplicateOf: 't1' },
    ]);
  });

  it('rejects a self-loop with a message naming the tie and the actor', () => {
    const map = tinyMap(
      ['a', 'b'],
      [
        ['a', 'b'],
        ['b', 'b'],
      ],
    );
    const result = graphFromMap(map);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain('"t2"');
    expect(result.error).toContain('"B"');
    expect(result.error).toMatch(/itself/);
  });

  it('rejects a tie to an unknown actor and repeated actor ids', () => {
    const unknown = graphFromMap(tinyMap(['a', 'b'], [['a', 'x']]));
    expect(unknown).toEqual({ ok: false, error: expect.stringContaining('"x"') as string });
    const map = tinyMap(['a', 'b']);
    const twice = graphFromMap({ ...map, actors: [...map.actors, map.actors[1]!] });
    expect(twice.ok).toBe(false);
  });

  it('keeps directed ties as out/in arcs, deduplicated per ordered pair', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { directed: true }],
        ['b', 'a', { directed: true }],
        ['c', 'a', { directed: true }],
        ['c', 'a', { directed: true }],
        ['b', 'c'],
      ],
    );
    const { graph } = ok(graphFromMap(map));
    expect(graph.m).toBe(3);
    expect(graph.outTargets.length).toBe(3);
    const out = (id: string) => {
      const v = graph.indexOf.get(id)!;
      return Array.from(graph.outTargets.subarray(graph.outOffsets[v]!, graph.outOffsets[v + 1]!));
    };
    expect(out('a')).toEqual([1]);
    expect(out('b')).toEqual([0]);
    expect(out('c')).toEqual([0]);
  });
});

describe('graphFromEdgeList', () => {
  it('adds endpoints missing from the node list, in order of first use', () => {
    const { graph, report } = ok(
      graphFromEdgeList({
        nodes: [{ id: '10', label: 'Ten' }],
        edges: [
          { source: '10', target: '2' },
          { source: '2', target: '1', weight: 4 },
        ],
      }),
    );
    expect(graph.ids).toEqual(['10', '2', '1']);
    expect(graph.labels).toEqual(['Ten', '2', '1']);
    expect(report.addedNodes).toEqual(['2', '1']);
    expect(report.withoutLevel).toEqual(['1']);
    expect(Array.from(graph.edgeStrength)).toEqual([1, 4]);
  });

  it('rejects a weight that is not a positive number, and self-loops', () => {
    for (const weight of [0, -2, Number.NaN, Number.POSITIVE_INFINITY, 1e-320]) {
      const result = graphFromEdgeList({ edges: [{ id: 'e7', source: 'x', target: 'y', weight }] });
      expect(result).toEqual({ ok: false, error: expect.stringContaining('"e7"') as string });
    }
    const loop = graphFromEdgeList({
      edges: [
        { source: 'x', target: 'y' },
        { source: 'y', target: 'y' },
      ],
    });
    expect(loop).toEqual({ ok: false, error: expect.stringContaining('Edge "2"') as string });
  });
});

describe('toGraphology', () => {
  it('builds the undirected view with weight and distance attributes', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { frequency: 'few-per-year', directed: true }],
        ['b', 'a'],
      ],
    );
    const g = toGraphology(ok(graphFromMap(map)).graph);
    expect(g.order).toBe(3);
    expect(g.size).toBe(1);
    expect(g.type).toBe('undirected');
    const edge = g.edge('a', 'b')!;
    expect(g.getEdgeAttributes(edge)).toEqual({ weight: 2, distance: 0.5, ties: ['t1', 't2'] });
    expect(g.getNodeAttribute('c', 'label')).toBe('C');
  });
});
