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
import { centralities, type Centralities, type EngineBuffers } from './engine';
import { filterEdges, keptAdjacency } from './csr';
import type { IndexedGraph } from './graph';
import { countComponents } from './components';
import { density } from './structure';
import { countRecords } from './records';
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
  /**
   * The motives of edge e as indices into motiveIds:
   * motiveList[motiveStart[e] .. motiveStart[e + 1]).
   */
  readonly motiveStart: Int32Array;
  readonly motiveList: Int32Array;
  /** inLayer[k][e] = 1 when edge e has a motive of dimension k. */
  readonly inLayer: readonly Uint8Array[];
}

function layerMembership(graph: IndexedGraph, codebook: Codebook): LayerMembership {
  const dimensions = motiveDimensionIds(codebook);
  const motiveIds = codebook.motives.map((m) => m.id);
  const motiveIndex = new Map(motiveIds.map((id, i) => [id, i]));
  const dimensionOf = codebook.motives.map((m) => dimensions.indexOf(m.group));
  const inLayer = dimensions.map(() => new Uint8Array(graph.m));
  const motiveStart = new Int32Array(graph.m + 1);
  for (let e = 0; e < graph.m; e++) {
    motiveStart[e + 1] = motiveStart[e]! + graph.edgeMotives[e]!.length;
  }
  const motiveList = new Int32Array(motiveStart[graph.m]!);
  for (let e = 0, j = 0; e < graph.m; e++) {
    for (const id of graph.edgeMotives[e]!) {
      let i = motiveIndex.get(id);
      if (i === undefined) {
        i = motiveIds.length;
        motiveIds.push(id);
        motiveIndex.set(id, i);
      }
      motiveList[j++] = i;
      const k = dimensionOf[i] ?? -1;
      if (k >= 0) inLayer[k]![e] = 1;
    }
  }
  return { dimensions, motiveIds, motiveStart, motiveList, inLayer };
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
  /** Engine buffers to reuse: createBuffers of this graph (a layer has the same nodes). */
  readonly buffers?: EngineBuffers;
}

export function motiveLayers(
  graph: IndexedGraph,
  codebook: Codebook,
  options: MotiveLayerOptions = {},
): MotiveLayers {
  const { dimensions, motiveIds, motiveStart, motiveList, inLayer } = layerMembership(
    graph,
    codebook,
  );

  const layers = dimensions.map((dimension, k): MotiveLayer => {
    // The layer's adjacency only: the same as filterEdges (motiveLayerGraphs) gives.
    const layer = keptAdjacency(graph, inLayer[k]!);
    const figures: LayerFigures = {
      ties: layer.m,
      density: density(layer.n, layer.m),
      components: countComponents(layer),
    };
    if (options.centralities === false) return { dimension, figures, centralities: null };
    const paths =
      options.paths?.get(dimension) ??
      centralities(layer, { weighted: options.weighted ?? false }, options.buffers);
    return { dimension, figures, centralities: { ...layerDegrees(layer), ...paths } };
  });

  // Counts per node (row n: the whole map), then plain objects.
  const D = dimensions.length;
  const M = motiveIds.length;
  const byDimension = new Int32Array((graph.n + 1) * D);
  const byMotive = new Int32Array((graph.n + 1) * M);
  const withoutMotive = new Int32Array(graph.n + 1);
  const n = graph.n;
  for (let e = 0; e < graph.m; e++) {
    const u = graph.edgeSource[e]!;
    const v = graph.edgeTarget[e]!;
    const first = motiveStart[e]!;
    const end = motiveStart[e + 1]!;
    if (first === end) {
      withoutMotive[u]!++;
      withoutMotive[v]!++;
      withoutMotive[n]!++;
    }
    for (let j = first; j < end; j++) {
      const i = motiveList[j]!;
      byMotive[u * M + i]!++;
      byMotive[v * M + i]!++;
      byMotive[n * M + i]!++;
    }
    for (let k = 0; k < D; k++) {
      const inside = inLayer[k]![e]!;
      byDimension[u * D + k]! += inside;
      byDimension[v * D + k]! += inside;
      byDimension[n * D + k]! += inside;
    }
  }
  const dimensionCounts = countRecords(dimensions);
  const motiveCounts = countRecords(motiveIds);
  const profile = (row: number): MotiveProfile => ({
    byDimension: dimensionCounts(byDimension, row * D),
    byMotive: motiveCounts(byMotive, row * M),
    withoutMotive: withoutMotive[row]!,
  });
  const profiles: MotiveProfile[] = [];
  for (let v = 0; v < n; v++) profiles.push(profile(v));
  return { dimensions, layers, profiles, total: profile(n) };
}

/** Degree and normalized degree on a layer, as degree.ts computes them (Freeman 1979). */
function layerDegrees(layer: { readonly n: number; readonly offsets: Int32Array }) {
  const { n, offsets } = layer;
  const degree = new Int32Array(n);
  const degreeNormalized = new Float64Array(n);
  const scale = n > 1 ? 1 / (n - 1) : 0;
  for (let v = 0; v < n; v++) {
    degree[v] = offsets[v + 1]! - offsets[v]!;
    degreeNormalized[v] = degree[v]! * scale;
  }
  return { degree, degreeNormalized };
}
