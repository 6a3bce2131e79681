// analyzeMap on small and awkward maps: one actor, two actors, no ties, duplicates, self-loops,
// directed ties, long paths. Expected values worked out by hand (and as networkx would give).
import { describe, expect, it } from 'vitest';
import { analyzeEdgeList, analyzeMap, type MapAnalysis } from '../../src/analysis';
import type { PartnerMapDoc } from '../../src/model';
import { tinyMap } from './mapBuilder';

function analyse(map: PartnerMapDoc, weighted = false): MapAnalysis {
  const result = analyzeMap(map, { weighted });
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

/** Every number in the result is finite: no NaN, no Infinity anywhere. */
function expectFinite(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectFinite);
}

describe('analyzeMap on edge cases', () => {
  it('an empty map', () => {
    const { actors, map } = analyse({ ...tinyMap([]), actors: [] });
    expect(actors).toEqual({});
    expect(map).toMatchObject({ actors: 0, ties: 0, density: 0, components: [], isolates: [] });
  });

  it('a one-actor map: zeros, null structural holes, never NaN', () => {
    const analysis = analyse(tinyMap(['a']));
    expectFinite(analysis);
    expect(analysis.actors.a).toMatchObject({
      degree: 0,
      degreeNormalized: 0,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
      constraint: null,
      effectiveSize: null,
      coreNumber: 0,
      isolate: true,
      cutPoint: false,
    });
    expect(analysis.map).toMatchObject({ density: 0, components: [['a']], isolates: ['a'] });
    expect(analysis.actors.a!.layers!.task).toEqual({
      degree: 0,
      degreeNormalized: 0,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
    });
  });

  it('a two-actor map with one tie', () => {
    const analysis = analyse(tinyMap(['a', 'b'], [['a', 'b', { frequency: 'monthly' }]]));
    for (const id of ['a', 'b']) {
      expect(analysis.actors[id]).toMatchObject({
        degree: 1,
        degreeNormalized: 1,
        weightedDegree: 4,
        betweenness: 0,
        closeness: 1,
        harmonic: 1,
        constraint: 1,
        effectiveSize: 1,
        coreNumber: 1,
        cutPoint: false,
      });
    }
    const weighted = analyse(tinyMap(['a', 'b'], [['a', 'b', { frequency: 'monthly' }]]), true);
    expect(weighted.actors.a).toMatchObject({ closeness: 4, harmonic: 4, betweenness: 0 });
    expect(analysis.map.density).toBe(1);
    expect(analysis.map.bridges).toEqual([{ source: 'a', target: 'b', ties: ['t1'] }]);
    expect(analysis.map.cutPoints).toEqual([]);
  });

  it('a two-actor map without ties', () => {
    const analysis = analyse(tinyMap(['a', 'b']));
    expectFinite(analysis);
    expect(analysis.actors.b).toMatchObject({ degree: 0, closeness: 0, constraint: null });
    expect(analysis.map.components).toEqual([['a'], ['b']]);
  });

  it('several actors and no ties', () => {
    const analysis = analyse(tinyMap(['a', 'b', 'c', 'd']));
    expectFinite(analysis);
    expect(analysis.map.isolates).toEqual(['a', 'b', 'c', 'd']);
    expect(analysis.map.components).toHaveLength(4);
    expect(analysis.map.layers!.growth).toEqual({ ties: 0, density: 0, components: 4 });
  });

  it('duplicate ties give the same analysis as one tie per pair, and are reported', () => {
    const single = analyse(
      tinyMap(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
    );
    const doubled = analyse(
      tinyMap(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ],
      ),
    );
    expect(doubled.actors).toEqual(single.actors);
    expect(doubled.map.duplicates).toEqual([{ tie: 't3', duplicateOf: 't2' }]);
    expect(doubled.map.tieRecords).toBe(3);
    expect(doubled.map.ties).toBe(2);
  });

  it('rejects a self-loop instead of analysing', () => {
    const result = analyzeMap(
      tinyMap(
        ['a', 'b'],
        [
          ['a', 'b'],
          ['a', 'a'],
        ],
      ),
    );
    expect(result).toEqual({ ok: false, error: expect.stringContaining('"t2"') as string });
  });

  it('directed ties: in/out degree, centralities on the undirected view', () => {
    const directed = analyse(
      tinyMap(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b', { directed: true }],
          ['c', 'b', { directed: true }],
          ['b', 'd'],
        ],
      ),
    );
    const undirected = analyse(
      tinyMap(
        ['a', 'b', 'c', 'd'],
        [
          ['a', 'b'],
          ['c', 'b'],
          ['b', 'd'],
        ],
      ),
    );
    expect(directed.actors.b).toMatchObject({ inDegree: 2, outDegree: 0, degree: 3 });
    expect(directed.actors.a).toMatchObject({ inDegree: 0, outDegree: 1 });
    expect(directed.actors.d).toMatchObject({ inDegree: 0, outDegree: 0 });
    expect(directed.map.directedTies).toBe(2);
    for (const id of ['a', 'b', 'c', 'd']) {
      const withoutDirection = { ...directed.actors[id]!, inDegree: 0, outDegree: 0 };
      expect(withoutDirection).toEqual(undirected.actors[id]);
    }
    // The star centre lies on all three paths between its leaves: 3 / ((4-1)(4-2)/2) = 1.
    expect(directed.actors.b!.betweenness).toBe(1);
  });

  it('a path of 5,000 actors: no recursion limit, every inner actor a cut-point', () => {
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => `v${i}`);
    const result = analyzeEdgeList({
      nodes: ids.map((id) => ({ id })),
      edges: ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id })),
    });
    if (!result.ok) throw new Error(result.error);
    const { map, actors } = result.analysis;
    expect(map.cutPoints).toEqual(ids.slice(1, -1));
    expect(map.bridges).toHaveLength(n - 1);
    // Middle of a path: (i)(n-1-i) pairs through it, normalised by (n-1)(n-2)/2.
    const mid = 2500;
    expect(actors[`v${mid}`]!.betweenness).toBeCloseTo(
      (mid * (n - 1 - mid)) / (((n - 1) * (n - 2)) / 2),
      12,
    );
  });

  it('keeps the input order of numeric-looking ids in actorIds', () => {
    const result = analyzeEdgeList({
      edges: [
        { source: '10', target: '2' },
        { source: '2', target: '1' },
      ],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.analysis.actorIds).toEqual(['10', '2', '1']);
    expect(result.analysis.dimensions).toEqual([]);
    expect(result.analysis.actors['2']!.motives).toBeUndefined();
  });
});

describe('analyzeMap options', () => {
  it('layers: false skips the layer centralities but keeps profiles and layer figures', () => {
    const map = tinyMap(
      ['a', 'b', 'c'],
      [
        ['a', 'b', { motives: ['care-and-guidance'] }],
        ['b', 'c'],
      ],
    );
    const full = analyzeMap(map);
    const lean = analyzeMap(map, { layers: false });
    if (!full.ok || !lean.ok) throw new Error('analysis failed');
    expect(lean.analysis.actors.a!.layers).toBeUndefined();
    expect(lean.analysis.actors.a!.motives).toEqual(full.analysis.actors.a!.motives);
    expect(lean.analysis.map).toEqual(full.analysis.map);
    expect({ ...lean.analysis.actors.b, layers: full.analysis.actors.b!.layers }).toEqual(
      full.analysis.actors.b,
    );
  });
});
