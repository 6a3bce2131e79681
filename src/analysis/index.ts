/**
 * Network analysis of a partner map (issue 4): pure TypeScript, no DOM, no store, so the same
 * code runs in a Web Worker, in Node (CLI) and in tests.
 *
 * - analyzeMap(map, { weighted }) / analyzeEdgeList(list, { weighted }): everything at once,
 *   as plain JSON keyed by actor id (types.ts).
 * - graphFromMap / graphFromEdgeList: the compact indexed graph (CSR over typed arrays).
 * - The engine (engine/): betweenness, closeness and harmonic closeness in one pass per source,
 *   splittable into ranges of sources for a worker pool (accumulate + mergePartials).
 * - Reference values: networkx 2.8 (tests/fixtures/analysis/make_reference.py).
 */
export { analyzeEdgeList, analyzeGraph, analyzeMap, type PrecomputedPaths } from './analyze';
export { filterEdges } from './csr';
export {
  graphFromEdgeList,
  graphFromMap,
  type DuplicateTie,
  type EdgeListInput,
  type EngineGraph,
  type GraphReport,
  type GraphResult,
  type IndexedGraph,
} from './graph';
export { toGraphology, type GraphologyEdge, type GraphologyNode } from './toGraphology';
export { degrees, type DegreeMetrics } from './degree';
export { structuralHoles, type StructuralHoles } from './structuralHoles';
export { density, structure, type Structure } from './structure';
export { connectedComponents, countComponents, type Components } from './components';
export { cutPointsAndBridges, type Biconnectivity } from './biconnected';
export { coreNumbers } from './kCore';
export {
  layerMetrics,
  motiveDimensionIds,
  motiveLayerGraphs,
  motiveLayers,
  type MotiveLayer,
  type MotiveLayerOptions,
  type MotiveLayers,
} from './motiveLayers';
export {
  accumulate,
  centralities,
  createBuffers,
  createPartial,
  EQUAL_DISTANCE_EPSILON,
  finalizeCentralities,
  mergePartials,
  type Centralities,
  type EngineBuffers,
  type EngineOptions,
  type PartialSums,
} from './engine';
export type * from './types';
export {
  mainThreadService,
  type AnalysisRequest,
  type AnalysisService,
  type ProgressListener,
} from './service';
