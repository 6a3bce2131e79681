// Motive layers and profiles on a hand-made map (the default codebook's three dimensions).
import { describe, expect, it } from 'vitest';
import { graphFromMap, layerMetrics, motiveDimensionIds, motiveLayers } from '../../src/analysis';
import type { Codebook } from '../../src/codebook/types';
import { tinyCodebook } from '../fixtures/tinyCodebook';
import { tinyMap } from './mapBuilder';

describe('motiveLayers', () => {
  // a–b task+relation, b–c task, c–d growth, a–d no motive.
  const map = tinyMap(
    ['a', 'b', 'c', 'd'],
    [
      ['a', 'b', { motives: ['care-and-guidance', 'policy-requirements', 'fallback-network'] }],
      ['b', 'c', { motives: ['teacher-as-researcher'] }],
      ['c', 'd', { motives: ['quality-development', 'not-in-the-codebook'] }],
      ['a', 'd'],
    ],
  );
  const built = graphFromMap(map);
  if (!built.ok) throw new Error(built.error);
  const layered = motiveLayers(built.graph, map.codebook);
  const layer = (d: string) => layered.layers.find((l) => l.dimension === d)!;

  it('keeps every actor in every layer and only the ties of its dimension', () => {
    expect(layered.dimensions).toEqual(['task', 'relation', 'growth']);
    expect(layer('task').figures).toEqual({ ties: 2, density: 2 / 6, components: 2 });
    expect(layer('relation').figures.ties).toBe(1);
    expect(layer('growth').figures.ties).toBe(1);
    expect(layer('task').centralities!.degree).toHaveLength(4);
    // On the task layer b lies between a and c: 1 pair of 3 → 1 / 3.
    expect(layer('task').centralities!.betweenness[1]).toBeCloseTo(1 / 3, 15);
    expect(layerMetrics(layer('task').centralities!, 3)).toEqual({
      degree: 0,
      degreeNormalized: 0,
      betweenness: 0,
      closeness: 0,
      harmonic: 0,
    });
  });

  it('profiles ties per dimension and per motive, a tie once per dimension', () => {
    const a = layered.profiles[0]!;
    expect(a.byDimension).toEqual({ task: 1, relation: 1, growth: 0 });
    expect(a.byMotive['care-and-guidance']).toBe(1);
    expect(a.byMotive['policy-requirements']).toBe(1);
    expect(a.byMotive['quality-development']).toBe(0);
    expect(a.withoutMotive).toBe(1);
    const c = layered.profiles[2]!;
    expect(c.byMotive['not-in-the-codebook']).toBe(1);
    expect(c.byDimension).toEqual({ task: 1, relation: 0, growth: 1 });
    expect(layered.total.byDimension).toEqual({ task: 2, relation: 1, growth: 1 });
    expect(layered.total.withoutMotive).toBe(1);
  });

  it('follows the codebook, including groups missing from its dimension list', () => {
    const codebook: Codebook = {
      ...tinyCodebook,
      motives: [...tinyCodebook.motives, { id: 'x', label: { en: 'x', nl: 'x' }, group: 'extra' }],
    };
    expect(motiveDimensionIds(codebook)).toEqual(['pedagogical', 'extra']);
  });

  it('does not let an id become an object prototype', () => {
    const evil = tinyMap(['a', 'b'], [['a', 'b', { motives: ['__proto__', 'constructor'] }]]);
    const g = graphFromMap(evil);
    if (!g.ok) throw new Error(g.error);
    const profile = motiveLayers(g.graph, evil.codebook).profiles[0]!;
    expect(Object.getPrototypeOf(profile.byMotive)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(profile.byMotive, '__proto__')?.value).toBe(1);
    expect(JSON.parse(JSON.stringify(profile.byMotive)).constructor).toBe(1);
  });
});
