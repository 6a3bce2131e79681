/**
 * The entry points: analyzeMap (a PartnerMap document) and analyzeEdgeList (a plain edge list,
 * for files). One call computes every per-actor metric and the map-level figures and returns
 * plain data keyed by actor id. Pure: no DOM, no store; the same code runs in a worker, in Node
 * and in tests. Insights, gaps and the core-actor rule are built on top of this result.
 *
 * Algorithms and their papers: degree.ts (Freeman 1979), engine/ (Brandes 2001, 2008;
 * Wasserman & Faust 1994; Marchiori & Latora 2000; Boldi & Vigna 2014), structuralHoles.ts
 * (Burt 1992), structure.ts (Tarjan 1972; Hopcroft & Tarjan 1973; Batagelj & Zaversnik 2003),
 * motiveLayers.ts.
 */
import type { Codebook } from '../codebook/types';
import type { PartnerMapDoc } from '../model/types';
import { degrees } from './degree';
import { centralities, type Centralities } from './engine';
import {
  graphFromEdgeList,
  graphFromMap,
  type EdgeListInput,
  type GraphReport,
  type GraphResult,
  type IndexedGraph,
} from './graph';
import { layerMetrics, motiveLayers, type MotiveLayers } from './motiveLayers';
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
  const paths = precomputed?.whole ?? centralities(graph, { weighted });
  const holes = structuralHoles(graph);
  const shape = structure(graph);
  const layered = codebook
    ? motiveLayers(graph, codebook, {
        weighted,
        centralities: options.layers ?? true,
        ...(precomputed?.layers ? { paths: precomputed.layers } : {}),
      })
    : null;
  const cut = new Uint8Array(graph.n);
  for (const v of shape.cutPoints) cut[v] = 1;

  const actors = ids.map((id, v): [string, ActorMetrics] => {
    const metrics: ActorMetrics = {
      id,
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
      ...(layered ? actorLayers(layered, v) : {}),
    };
    return [id, metrics];
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
    actors: Object.fromEntries(actors),
    map: figures,
    dimensions: layered ? layered.dimensions : [],
  };
}

function actorLayers(layered: MotiveLayers, v: number): Pick<ActorMetrics, 'motives' | 'layers'> {
  const layers: [string, LayerMetrics][] = [];
  for (const l of layered.layers) {
    if (l.centralities) layers.push([l.dimension, layerMetrics(l.centralities, v)]);
  }
  return {
    motives: layered.profiles[v]!,
    ...(layers.length > 0 ? { layers: Object.fromEntries(layers) } : {}),
  };
}
