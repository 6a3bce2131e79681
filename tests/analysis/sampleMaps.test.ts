// analyzeMap on the two sample maps, against networkx (sample-*.json): every per-actor metric,
// in/out degree of directed ties, and the centralities on each motive layer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeMap, type MapAnalysis } from '../../src/analysis';
import { SAMPLE_DIR } from '../../sample-maps/generate';
import { parseMap, type PartnerMapDoc } from '../../src/model';
import { expectValue, loadReference } from './helpers';

function loadSample(file: string): PartnerMapDoc {
  const raw = JSON.parse(readFileSync(join(SAMPLE_DIR, file), 'utf8')) as { map: unknown };
  const parsed = parseMap(raw.map);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.map;
}

function analyse(map: PartnerMapDoc, weighted: boolean): MapAnalysis {
  const result = analyzeMap(map, { weighted });
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

describe.each([
  ['primary-school.partnermap.json', 'sample-primary'],
  ['secondary-school.partnermap.json', 'sample-secondary'],
])('analyzeMap(%s)', (file, fixture) => {
  const map = loadSample(file);
  const ref = loadReference(fixture);
  const plain = analyse(map, false);
  const weighted = analyse(map, true);

  it('keys every actor by id, in map order', () => {
    expect(plain.actorIds).toEqual(map.actors.map((a) => a.id));
    expect(Object.keys(plain.actors).sort()).toEqual([...ref.nodes].sort());
    expect(plain.map.actors).toBe(map.actors.length);
    expect(plain.map.ties).toBe(ref.edges.length);
    expect(plain.map.tieRecords).toBe(map.ties.length);
    expect(plain.map.duplicates).toEqual([]);
    expect(plain.map.withoutLevel).toEqual([]);
    expect(plain.map.directedTies).toBe(map.ties.filter((t) => t.directed).length);
  });

  it('matches networkx on every per-actor metric', () => {
    for (const id of ref.nodes) {
      const a = plain.actors[id]!;
      const w = weighted.actors[id]!;
      expect(a.degree).toBe(ref.degree[id]);
      expect(a.inDegree).toBe(ref.in_degree![id]);
      expect(a.outDegree).toBe(ref.out_degree![id]);
      expect(a.coreNumber).toBe(ref.core_number[id]);
      expectValue(a.degreeNormalized, ref.degree_centrality[id]!, `degreeNormalized ${id}`);
      expectValue(a.weightedDegree, ref.weighted_degree[id]!, `weightedDegree ${id}`);
      expectValue(a.betweenness, ref.betweenness[id]!, `betweenness ${id}`);
      expectValue(a.closeness, ref.closeness[id]!, `closeness ${id}`);
      expectValue(a.harmonic, ref.harmonic[id]!, `harmonic ${id}`);
      expectValue(w.betweenness, ref.betweenness_weighted[id]!, `weighted betweenness ${id}`);
      expectValue(w.closeness, ref.closeness_weighted[id]!, `weighted closeness ${id}`);
      expectValue(w.harmonic, ref.harmonic_weighted[id]!, `weighted harmonic ${id}`);
      expectValue(a.constraint, ref.constraint[id]!, `constraint ${id}`);
      expectValue(a.effectiveSize, ref.effective_size[id]!, `effectiveSize ${id}`);
      expect(a.cutPoint).toBe(ref.articulation_points.includes(id));
    }
    expectValue(plain.map.density, ref.density, 'density');
    expect(plain.map.components.length).toBe(ref.components);
    expect([...plain.map.cutPoints].sort()).toEqual([...ref.articulation_points].sort());
    const bridges = plain.map.bridges.map((b) => [b.source, b.target].sort().join(' | '));
    expect(bridges.sort()).toEqual(ref.bridges.map((b) => [...b].sort().join(' | ')).sort());
  });

  it('matches networkx on each motive layer', () => {
    expect(plain.dimensions).toEqual(['task', 'relation', 'growth']);
    for (const [dimension, layer] of Object.entries(ref.layers!)) {
      expect(plain.map.layers![dimension]!.ties).toBe(layer.ties);
      for (const id of ref.nodes) {
        const m = plain.actors[id]!.layers![dimension]!;
        const what = `${dimension} layer, ${id}`;
        expect(m.degree, what).toBe(layer.degree[id]);
        expectValue(m.betweenness, layer.betweenness[id]!, `betweenness, ${what}`);
        expectValue(m.closeness, layer.closeness[id]!, `closeness, ${what}`);
        expectValue(m.harmonic, layer.harmonic[id]!, `harmonic, ${what}`);
      }
    }
  });

  it('profiles motives per actor and for the whole map', () => {
    const groupOf = new Map(map.codebook.motives.map((m) => [m.id, m.group]));
    for (const actor of map.actors) {
      const ties = map.ties.filter((t) => t.source === actor.id || t.target === actor.id);
      const profile = plain.actors[actor.id]!.motives!;
      for (const dimension of plain.dimensions) {
        const count = ties.filter((t) => t.motives.some((m) => groupOf.get(m) === dimension));
        expect(profile.byDimension[dimension]).toBe(count.length);
      }
      for (const motive of map.codebook.motives) {
        const count = ties.filter((t) => t.motives.includes(motive.id)).length;
        expect(profile.byMotive[motive.id]).toBe(count);
      }
      expect(profile.withoutMotive).toBe(ties.filter((t) => t.motives.length === 0).length);
    }
    const total = plain.map.motives!;
    for (const dimension of plain.dimensions) {
      expect(total.byDimension[dimension]).toBe(plain.map.layers![dimension]!.ties);
    }
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
  });
});
