/**
 * The entry points: analyzeMap (a PartnerMap document) and analyzeEdgeList (a plain edge list,
 * for files). One call computes every per-actor metric and the map-level figures and returns
 * plain data keyed by actor id. Pure: no DOM, no store; the same code runs in a worker, in Node
 * and in tests. Insights, gaps and the core-actor rule are built on top of this result.
 *
 * Algorithms and their papers: degree.ts (Freeman 1979), engine/ (Brandes 2001, 2008;
 * Wasserman & Faust 1994; Marchiori & Latora 2000; Boldi & Vigna 2014; searches after Beamer,
 * Asanović & Patterson 2012 and Dial 1969), structuralHoles.ts
 * (Burt 1992), structure.ts (Tarjan 1972; Hopcroft & Tarjan 1973; Batagelj & Zaversnik 2003),
 * motiveLayers.ts.
 */
import type { Codebook } from '../codebook/types';
import type { PartnerMapDoc } from '../model/types';
import { degrees } from './degree';
import { centralities, createBuffers, type Centralities } from './engine';
import {
  graphFromEdgeList,
  graphFromMap,
  type EdgeListInput,
  type GraphReport,
  type GraphResult,
  type IndexedGraph,
} from './graph';
import { layerMetrics, motiveLayers, type MotiveLayers } from './motiveLayers';
import { recordOf } from './records';
import { structuralHoles } from './structuralHoles';
import { structure } from './structure';
import type {
  ActorMetrics,
  AnalysisResult,
  AnalyzeOptions,
  LayerMetrics,
  MapAnalysis,
  MapFigures,
} from './types';

/** Analyses a map; fails (never throws) on a self-loop, an unknown actor or a repeated id. */
export function analyzeMap(map: PartnerMapDoc, options: AnalyzeOptions = {}): AnalysisResult {
  return withGraph(graphFromMap(map), (graph, report) =>
    analyzeGraph(graph, report, options, map.codebook),
  );
}

/** Analyses a plain edge list (weights are strengths, like frequency levels). No motives. */
export function analyzeEdgeList(
  input: EdgeListInput,
  options: AnalyzeOptions = {},
): AnalysisResult {
  return withGraph(graphFromEdgeList(input), (graph, report) =>
    analyzeGraph(graph, report, options, null),
  );
}

function withGraph(
  built: GraphResult,
  run: (graph: IndexedGraph, report: GraphReport) => MapAnalysis,
): AnalysisResult {
  return built.ok ? { ok: true, analysis: run(built.graph, built.report) } : built;
}

/**
 * Shortest-path centralities computed elsewhere (a worker pool, src/workers/): of the whole
 * graph, and per motive dimension id of its layers (motiveLayerGraphs). They must come from
 * the same graph and the same `weighted` option.
 */
export interface PrecomputedPaths {
  readonly whole: Centralities;
  readonly layers?: ReadonlyMap<string, Centralities>;
}

/** The analysis of an already built graph; `codebook` adds motive profiles and layers. */
export function analyzeGraph(
  graph: IndexedGraph,
  report: GraphReport,
  options: AnalyzeOptions,
  codebook: Codebook | null,
  precomputed?: PrecomputedPaths,
): MapAnalysis {
  const weighted = options.weighted ?? false;
  const { ids, labels } = graph;
  const deg = degrees(graph);
  // One set of engine buffers serves the map and its motive layers (same nodes, fewer edges).
  const buffers = precomputed ? undefined : createBuffers(graph);
  const paths = precomputed?.whole ?? centralities(graph, { weighted }, buffers);
  const holes = structuralHoles(graph);
  const shape = structure(graph);
  const layered = codebook
    ? motiveLayers(graph, codebook, {
        weighted,
        centralities: options.layers ?? true,
        ...(buffers ? { buffers } : {}),
        ...(precomputed?.layers ? { paths: precomputed.layers } : {}),
      })
    : null;
  const cut = new Uint8Array(graph.n);
  for (const v of shape.cutPoints) cut[v] = 1;
  const perLayer = layered ? actorLayers(layered) : null;

  const actors = recordOf(ids, (v): ActorMetrics => {
    const metrics: Mutable<ActorMetrics> = {
      id: ids[v]!,
      label: labels[v]!,
      degree: deg.degree[v]!,
      degreeNormalized: deg.degreeNormalized[v]!,
      inDegree: deg.inDegree[v]!,
      outDegree: deg.outDegree[v]!,
      weightedDegree: deg.weightedDegree[v]!,
      betweenness: paths.betweenness[v]!,
      closeness: paths.closeness[v]!,
      harmonic: paths.harmonic[v]!,
      constraint: holes.constraint[v]!,
      effectiveSize: holes.effectiveSize[v]!,
      coreNumber: shape.coreNumber[v]!,
      component: shape.componentOf[v]!,
      isolate: deg.degree[v] === 0,
      cutPoint: cut[v] === 1,
    };
    if (layered) metrics.motives = layered.profiles[v]!;
    if (perLayer) metrics.layers = perLayer(v);
    return metrics;
  });

  const name = (v: number) => ids[v]!;
  const figures: MapFigures = {
    actors: graph.n,
    ties: graph.m,
    tieRecords: graph.edgeTies.reduce((sum, ties) => sum + ties.length, 0),
    directedTies: graph.outTargets.length,
    density: shape.density,
    components: shape.components.map((members) => members.map(name)),
    isolates: shape.isolates.map(name),
    cutPoints: shape.cutPoints.map(name),
    bridges: shape.bridges.map((e) => ({
      source: name(graph.edgeSource[e]!),
      target: name(graph.edgeTarget[e]!),
      ties: graph.edgeTies[e]!,
    })),
    duplicates: report.duplicates,
    withoutLevel: report.withoutLevel,
    addedNodes: report.addedNodes,
    ...(layered
      ? {
          motives: layered.total,
          layers: Object.fromEntries(layered.layers.map((l) => [l.dimension, l.figures])),
        }
      : {}),
  };
  return {
    weighted,
    actorIds: ids,
    actors,
    map: figures,
    dimensions: layered ? layered.dimensions : [],
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Node v's metrics per layer with centralities, keyed by dimension id; null if none has. */
function actorLayers(layered: MotiveLayers): ((v: number) => Record<string, LayerMetrics>) | null {
  const computed = layered.layers.filter((l) => l.centralities !== null);
  if (computed.length === 0) return null;
  const dimensions = computed.map((l) => l.dimension);
  return (v) => recordOf(dimensions, (k) => layerMetrics(computed[k]!.centralities!, v));
}
