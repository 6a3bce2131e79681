/**
 * The pure side of the worker pool: what to compute (the whole graph and each motive layer),
 * how to cut the shortest-path sources into chunks, and how to turn the partial sums back into
 * the same result analyzeMap gives. The pool, the worker and the tests share these functions.
 */
import {
  analyzeGraph,
  finalizeCentralities,
  graphFromMap,
  mergePartials,
  motiveLayerGraphs,
  type AnalysisResult,
  type AnalyzeOptions,
  type Centralities,
  type EngineGraph,
  type GraphReport,
  type IndexedGraph,
  type PartialSums,
} from '../analysis';
import type { Codebook } from '../codebook/types';
import type { Chunk } from './chunkRunner';
import type { PartnerMapDoc } from '../model/types';

/** A map turned into graphs, ready for the engine. `engines[0]` is the whole map. */
export interface PreparedAnalysis {
  readonly graph: IndexedGraph;
  readonly report: GraphReport;
  readonly codebook: Codebook;
  readonly options: AnalyzeOptions;
  readonly weighted: boolean;
  /** The graphs to run the engine on: the whole map, then one per motive layer (if asked). */
  readonly engines: readonly EngineGraph[];
  /** Dimension id of engines[k + 1]. */
  readonly layerDimensions: readonly string[];
}

export type Prepared =
  | { readonly ok: true; readonly prepared: PreparedAnalysis }
  | { readonly ok: false; readonly error: string };

export function prepareAnalysis(map: PartnerMapDoc, options: AnalyzeOptions = {}): Prepared {
  const built = graphFromMap(map);
  if (!built.ok) return built;
  const layers = options.layers === false ? [] : motiveLayerGraphs(built.graph, map.codebook);
  return {
    ok: true,
    prepared: {
      graph: built.graph,
      report: built.report,
      codebook: map.codebook,
      options,
      weighted: options.weighted ?? false,
      engines: [built.graph, ...layers.map((l) => l.graph)],
      layerDimensions: layers.map((l) => l.dimension),
    },
  };
}

/**
 * Adjacency slots visited per chunk, about: one source costs one pass over its component
 * (n + 2m at most), so a chunk takes a few milliseconds whatever the graph. Short enough to
 * cancel quickly and report progress smoothly, long enough that messages cost little.
 */
export const CHUNK_WORK = 1 << 20;

export function sourcesPerChunk(graph: EngineGraph, work: number = CHUNK_WORK): number {
  const perSource = graph.n + graph.targets.length;
  return Math.max(1, Math.min(graph.n, Math.floor(work / Math.max(1, perSource))));
}

/** Every source of every graph, exactly once, in chunks, biggest graphs' chunks interleaved. */
export function planChunks(graphs: readonly EngineGraph[], work: number = CHUNK_WORK): Chunk[] {
  const chunks: Chunk[] = [];
  graphs.forEach((graph, index) => {
    const size = sourcesPerChunk(graph, work);
    for (let start = 0; start < graph.n; start += size) {
      chunks.push({ graph: index, start, end: Math.min(graph.n, start + size) });
    }
  });
  return chunks;
}

/** Sources in all graphs: the total of the progress indicator. */
export function totalSources(graphs: readonly EngineGraph[]): number {
  return graphs.reduce((sum, g) => sum + g.n, 0);
}

/**
 * From the partial sums of every thread (one list per thread, one entry per graph) to the
 * result analyzeMap would give: merge, normalise, then the rest of the analysis.
 */
export function finishAnalysis(
  prepared: PreparedAnalysis,
  partialsPerThread: readonly (readonly PartialSums[])[],
): AnalysisResult {
  const paths: Centralities[] = prepared.engines.map((_, k) =>
    finalizeCentralities(mergePartials(partialsPerThread.map((list) => partialOf(list, k)))),
  );
  const layers = new Map(prepared.layerDimensions.map((d, k) => [d, paths[k + 1]!]));
  const analysis = analyzeGraph(
    prepared.graph,
    prepared.report,
    prepared.options,
    prepared.codebook,
    {
      whole: paths[0]!,
      layers,
    },
  );
  return { ok: true, analysis };
}

function partialOf(list: readonly PartialSums[], k: number): PartialSums {
  const part = list[k];
  if (!part) throw new Error(`Partial sums of graph ${k} are missing`);
  return part;
}
