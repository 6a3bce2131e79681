/**
 * The result of analyzeMap / analyzeEdgeList: plain JSON-serialisable data keyed by actor id
 * (node id for edge lists). Numbers are finite; undefined quantities are null, never NaN.
 */
import type { DuplicateTie } from './graph';

/** Centralities on one motive layer (the sub-network of ties of one motive dimension). */
export interface LayerMetrics {
  readonly degree: number;
  readonly degreeNormalized: number;
  readonly betweenness: number;
  readonly closeness: number;
  readonly harmonic: number;
}

/**
 * Ties per motive dimension and per motive. A tie counts once per dimension it has at least one
 * motive of, and once per motive. Several ties between the same two actors count as one tie
 * (with the union of their motives). Every dimension and every codebook motive is present (0
 * when unused); motive ids the codebook lacks are added when used.
 */
export interface MotiveProfile {
  readonly byDimension: Readonly<Record<string, number>>;
  readonly byMotive: Readonly<Record<string, number>>;
  readonly withoutMotive: number;
}

export interface ActorMetrics {
  readonly id: string;
  readonly label: string;
  /** Distinct neighbours in the undirected view. */
  readonly degree: number;
  /** degree / (n − 1); 0 in a one-actor map. */
  readonly degreeNormalized: number;
  /** Distinct actors with a directed tie to this actor (undirected ties not counted). */
  readonly inDegree: number;
  /** Distinct actors this actor has a directed tie to. */
  readonly outDegree: number;
  /** Sum of the ties' frequency levels (a tie without a frequency counts 1). */
  readonly weightedDegree: number;
  /** As networkx betweenness_centrality(G, normalized=True); weighted by 1/level if asked. */
  readonly betweenness: number;
  /** As networkx closeness_centrality(G) (Wasserman–Faust corrected); weighted if asked. */
  readonly closeness: number;
  /** As networkx harmonic_centrality(G), not normalised; weighted if asked. */
  readonly harmonic: number;
  /** Burt's constraint as networkx constraint(G); null for an isolate. */
  readonly constraint: number | null;
  /** Burt's effective size as networkx effective_size(G); null for an isolate. */
  readonly effectiveSize: number | null;
  /** k-core number, as networkx core_number(G). */
  readonly coreNumber: number;
  /** Index into MapFigures.components. */
  readonly component: number;
  readonly isolate: boolean;
  readonly cutPoint: boolean;
  /** Maps only: ties per motive dimension and per motive. */
  readonly motives?: MotiveProfile;
  /** Maps only: centralities per motive dimension id (task, relation, growth). */
  readonly layers?: Readonly<Record<string, LayerMetrics>>;
}

export interface BridgeInfo {
  readonly source: string;
  readonly target: string;
  /** The tie ids behind this edge (several when duplicate ties collapsed). */
  readonly ties: readonly string[];
}

export interface LayerFigures {
  /** Ties (distinct pairs) with at least one motive of this dimension. */
  readonly ties: number;
  readonly density: number;
  /** Connected components of the layer, isolates included. */
  readonly components: number;
}

export interface MapFigures {
  readonly actors: number;
  /** Distinct pairs of tied actors (the undirected simple view). */
  readonly ties: number;
  /** Ties in the input, duplicates included. */
  readonly tieRecords: number;
  /** Directed arcs (distinct ordered pairs of directed ties). */
  readonly directedTies: number;
  /** 2 · ties / (actors · (actors − 1)); 0 below two actors. */
  readonly density: number;
  /** Actor ids per connected component, largest first, in input order inside. */
  readonly components: readonly (readonly string[])[];
  readonly isolates: readonly string[];
  readonly cutPoints: readonly string[];
  readonly bridges: readonly BridgeInfo[];
  /** Ties that repeat an earlier pair of actors; they were merged into it. */
  readonly duplicates: readonly DuplicateTie[];
  /** Ties without a usable frequency level; they count as level 1. */
  readonly withoutLevel: readonly string[];
  /** Edge lists only: endpoints missing from the node list (added). */
  readonly addedNodes: readonly string[];
  /** Maps only: the whole map's motive profile. */
  readonly motives?: MotiveProfile;
  /** Maps only: per motive dimension id. */
  readonly layers?: Readonly<Record<string, LayerFigures>>;
}

export interface MapAnalysis {
  /** Whether betweenness, closeness and harmonic used distance = 1 / level. */
  readonly weighted: boolean;
  /** Actor ids in input order (object keys of numeric-looking ids would not keep it). */
  readonly actorIds: readonly string[];
  readonly actors: Readonly<Record<string, ActorMetrics>>;
  readonly map: MapFigures;
  /** Motive dimension ids in codebook order (maps only; [] for edge lists). */
  readonly dimensions: readonly string[];
}

export type AnalysisResult =
  | { readonly ok: true; readonly analysis: MapAnalysis }
  | { readonly ok: false; readonly error: string };

export interface AnalyzeOptions {
  /** Shortest paths with distance = 1 / frequency level (default: unweighted). */
  readonly weighted?: boolean;
  /**
   * Maps only: centralities per motive layer (default true). They cost about as much as the
   * rest together (three more shortest-path passes); a view that does not show them can skip
   * them. Motive profiles and layer figures are always computed.
   */
  readonly layers?: boolean;
}
