/**
 * Motive layers: the sub-network of ties that carry at least one motive of a dimension (task,
 * relation, growth; Suijs 1999, domain.md §3), with every actor present, and the centralities
 * on it; plus a motive profile per actor (ties per dimension and per motive).
 *
 * The centralities are those of degree.ts (Freeman 1979) and of the engine (Brandes 2001;
 * closeness as networkx with the Wasserman & Faust 1994 correction; harmonic closeness,
 * Marchiori & Latora 2000), computed on each layer as on the whole map.
 */
import type { Codebook } from '../codebook/types';
import { degrees } from './degree';
import { centralities, type Centralities } from './engine';
import { filterEdges } from './csr';
import type { IndexedGraph } from './graph';
import { countComponents } from './components';
import { density } from './structure';
import type { LayerFigures, LayerMetrics, MotiveProfile } from './types';

/** Per-node centralities on one layer, by node index. */
export interface LayerCentralities extends Centralities {
  readonly degree: Int32Array;
  readonly degreeNormalized: Float64Array;
}

export interface MotiveLayer {
  readonly dimension: string;
  readonly figures: LayerFigures;
  /** null when not asked for (options.centralities false). */
  readonly centralities: LayerCentralities | null;
}

/** The metrics of node v on a layer, as a plain object. */
export function layerMetrics(c: LayerCentralities, v: number): LayerMetrics {
  return {
    degree: c.degree[v]!,
    degreeNormalized: c.degreeNormalized[v]!,
    betweenness: c.betweenness[v]!,
    closeness: c.closeness[v]!,
    harmonic: c.harmonic[v]!,
  };
}

export interface MotiveLayers {
  readonly dimensions: readonly string[];
  readonly layers: readonly MotiveLayer[];
  /** Per node index. */
  readonly profiles: readonly MotiveProfile[];
  /** The whole map: every tie counted once. */
  readonly total: MotiveProfile;
}

/** Dimension ids in codebook order, then any group a motive names that the list lacks. */
export function motiveDimensionIds(codebook: Codebook): string[] {
  const ids = codebook.motiveDimensions.map((d) => d.id);
  for (const m of codebook.motives) if (!ids.includes(m.group)) ids.push(m.group);
  return ids;
}

/** Which edges belong to which motive layer, with the motive ids as indices. */
interface LayerMembership {
  readonly dimensions: readonly string[];
  /** Codebook motive ids, then ids the codebook lacks in order of first use. */
  readonly motiveIds: readonly string[];
  /** Per edge: its motives as indices into motiveIds. */
  readonly edgeMotives: readonly (readonly number[])[];
  /** inLayer[k][e] = 1 when edge e has a motive of dimension k. */
  readonly inLayer: readonly Uint8Array[];
}

function layerMembership(graph: IndexedGraph, codebook: Codebook): LayerMembership {
  const dimensions = motiveDimensionIds(codebook);
  const motiveIds = codebook.motives.map((m) => m.id);
  const motiveIndex = new Map(motiveIds.map((id, i) => [id, i]));
  const dimensionOf = codebook.motives.map((m) => dimensions.indexOf(m.group));
  const edgeMotives = graph.edgeMotives.map((motives) =>
    motives.map((id) => {
      let i = motiveIndex.get(id);
      if (i === undefined) {
        i = motiveIds.length;
        motiveIds.push(id);
        motiveIndex.set(id, i);
      }
      return i;
    }),
  );
  const inLayer = dimensions.map(() => new Uint8Array(graph.m));
  edgeMotives.forEach((motives, e) => {
    for (const i of motives) if ((dimensionOf[i] ?? -1) >= 0) inLayer[dimensionOf[i]!]![e] = 1;
  });
  return { dimensions, motiveIds, edgeMotives, inLayer };
}

/**
 * The sub-network of each motive dimension, in codebook order: what a worker pool runs the
 * shortest-path engine on before handing the results to motiveLayers (options.paths).
 */
export function motiveLayerGraphs(
  graph: IndexedGraph,
  codebook: Codebook,
): { readonly dimension: string; readonly graph: IndexedGraph }[] {
  const { dimensions, inLayer } = layerMembership(graph, codebook);
  return dimensions.map((dimension, k) => ({ dimension, graph: filterEdges(graph, inLayer[k]!) }));
}

export interface MotiveLayerOptions {
  readonly weighted?: boolean;
  /** Centralities per layer (default true). */
  readonly centralities?: boolean;
  /** Betweenness, closeness and harmonic per dimension id, computed elsewhere (a worker pool). */
  readonly paths?: ReadonlyMap<string, Centralities>;
}

export function motiveLayers(
  graph: IndexedGraph,
  codebook: Codebook,
  options: MotiveLayerOptions = {},
): MotiveLayers {
  const { dimensions, motiveIds, edgeMotives, inLayer } = layerMembership(graph, codebook);

  const layers = dimensions.map((dimension, k): MotiveLayer => {
    const layer = filterEdges(graph, inLayer[k]!);
    const figures: LayerFigures = {
      ties: layer.m,
      density: density(layer.n, layer.m),
      components: countComponents(layer),
    };
    if (options.centralities === false) return { dimension, figures, centralities: null };
    const { degree, degreeNormalized } = degrees(layer);
    const paths =
      options.paths?.get(dimension) ?? centralities(layer, { weighted: options.weighted ?? false });
    return { dimension, figures, centralities: { degree, degreeNormalized, ...paths } };
  });

  // Counts per node (row n: the whole map), then plain objects. Object.fromEntries makes ids own
  // properties even when one reads "__proto__".
  const D = dimensions.length;
  const M = motiveIds.length;
  const byDimension = new Int32Array((graph.n + 1) * D);
  const byMotive = new Int32Array((graph.n + 1) * M);
  const withoutMotive = new Int32Array(graph.n + 1);
  for (let e = 0; e < graph.m; e++) {
    for (const row of [graph.edgeSource[e]!, graph.edgeTarget[e]!, graph.n]) {
      if (edgeMotives[e]!.length === 0) withoutMotive[row]!++;
      for (const i of edgeMotives[e]!) byMotive[row * M + i]!++;
      for (let k = 0; k < D; k++) byDimension[row * D + k]! += inLayer[k]![e]!;
    }
  }
  const profile = (row: number): MotiveProfile => ({
    byDimension: Object.fromEntries(dimensions.map((id, k) => [id, byDimension[row * D + k]!])),
    byMotive: Object.fromEntries(motiveIds.map((id, i) => [id, byMotive[row * M + i]!])),
    withoutMotive: withoutMotive[row]!,
  });
  const profiles = Array.from({ length: graph.n }, (_, v) => profile(v));
  return { dimensions, layers, profiles, total: profile(graph.n) };
}
