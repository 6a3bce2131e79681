import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { graphFromEdgeList, type EdgeListInput, type IndexedGraph } from '../../src/analysis';

export const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/analysis/', import.meta.url));

export type NodeValues = Readonly<Record<string, number>>;
export type NullableValues = Readonly<Record<string, number | null>>;

export interface LayerReference {
  readonly ties: number;
  readonly degree: NodeValues;
  readonly betweenness: NodeValues;
  readonly closeness: NodeValues;
  readonly harmonic: NodeValues;
}

/** One file written by tests/fixtures/analysis/make_reference.py. */
export interface Reference {
  readonly name: string;
  readonly networkx: string;
  readonly nodes: readonly string[];
  readonly edges: readonly (readonly [string, string, number])[];
  readonly density: number;
  readonly components: number;
  readonly degree: NodeValues;
  readonly weighted_degree: NodeValues;
  readonly degree_centrality: NodeValues;
  readonly betweenness: NodeValues;
  readonly betweenness_weighted: NodeValues;
  readonly closeness: NodeValues;
  readonly closeness_weighted: NodeValues;
  readonly harmonic: NodeValues;
  readonly harmonic_weighted: NodeValues;
  readonly constraint: NullableValues;
  readonly effective_size: NullableValues;
  readonly core_number: NodeValues;
  readonly articulation_points: readonly string[];
  readonly bridges: readonly (readonly [string, string])[];
  readonly float_rounding: NodeValues;
  readonly in_degree?: NodeValues;
  readonly out_degree?: NodeValues;
  readonly layers?: Readonly<Record<string, LayerReference>>;
}

export const REFERENCE_NAMES = [
  'path-p5',
  'star-s6',
  'complete-k5',
  'disconnected',
  'karate',
  'florentine',
  'grid-20x20',
  'small-weighted',
  'sample-primary',
  'sample-secondary',
] as const;

export function loadReference(name: string): Reference {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8')) as Reference;
}

export function referenceEdgeList(ref: Reference): EdgeListInput {
  return {
    nodes: ref.nodes.map((id) => ({ id })),
    edges: ref.edges.map(([source, target, weight]) => ({ source, target, weight })),
  };
}

export function referenceGraph(ref: Reference): IndexedGraph {
  const built = graphFromEdgeList(referenceEdgeList(ref));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

export const TOLERANCE = 1e-9;

/** |actual − expected| ≤ 1e-9 · max(1, |expected|); null only where null is expected. */
export function expectValue(actual: number | null, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  const error = Math.abs((actual ?? NaN) - expected);
  if (!(error <= TOLERANCE * Math.max(1, Math.abs(expected)))) {
    expect.fail(`${what}: ${actual} differs from the reference ${expected} by ${error}`);
  }
}

/** Compares per-node values given by index (our side) to values keyed by id (reference). */
export function expectNodeValues(
  ids: readonly string[],
  actual: ArrayLike<number | null>,
  expected: NullableValues,
  what: string,
): void {
  expect(ids.length).toBe(Object.keys(expected).length);
  ids.forEach((id, v) => {
    const value = expected[id];
    if (value === undefined) expect.fail(`${what}: no reference value for ${id}`);
    expectValue(actual[v] ?? null, value, `${what}[${id}]`);
  });
}
