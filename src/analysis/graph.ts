/**
 * The compact indexed graph every analysis runs on, built from a map or from a plain edge list.
 *
 * Node ids become indices 0..n-1 in input order. The undirected view is a simple graph in
 * compressed sparse row form (CSR, as in Brandes 2001's adjacency lists): the neighbours of
 * node v are `targets[offsets[v] .. offsets[v + 1])`, deduplicated, in input order. Every
 * adjacency slot also knows its edge (`halfEdges`) and its length for weighted shortest paths
 * (`distances`, 1 / strength). Directed ties are kept separately as out/in arcs for in/out degree.
 *
 * Conventions:
 * - A tie's strength is its frequency level (1 yearly … 5 weekly, domain.md §10); weighted
 *   paths use distance = 1 / level. A tie without a frequency (or with an id the codebook lacks)
 *   counts as level 1, the weakest: it stays a path in the weighted view and adds 1 to weighted
 *   degree. Such ties are listed in the report (`withoutLevel`).
 * - Several ties between the same two actors (either direction) collapse into one edge with the
 *   highest level and the union of their motives; the extra ties are listed in the report.
 * - A tie from an actor to itself is rejected: `{ ok: false, error }` names the tie.
 */
import type { Codebook } from '../codebook/types';
import type { PartnerMapDoc } from '../model/types';
import { arcAdjacency, undirectedAdjacency } from './csr';

/** What the shortest-path engine needs; plain typed arrays, so it can be sent to a worker. */
export interface EngineGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Per adjacency slot: the length of the edge for weighted shortest paths (1 / strength). */
  readonly distances: Float64Array;
}

export interface IndexedGraph extends EngineGraph {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Number of distinct undirected edges (pairs of actors). */
  readonly m: number;
  /** Per adjacency slot: the index of its edge. */
  readonly halfEdges: Int32Array;
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Per edge: the strength (frequency level, or the edge list's weight). */
  readonly edgeStrength: Float64Array;
  /** Per edge: the ids of the ties that collapsed into it (first one first). */
  readonly edgeTies: readonly (readonly string[])[];
  /** Per edge: the union of the motive ids of its ties. */
  readonly edgeMotives: readonly (readonly string[])[];
  /** Directed ties as arcs (deduplicated per ordered pair), for in/out degree. */
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inTargets: Int32Array;
}

export interface DuplicateTie {
  readonly tie: string;
  readonly duplicateOf: string;
}

export interface GraphReport {
  readonly duplicates: readonly DuplicateTie[];
  /** Ties without a usable frequency level (counted as level 1). */
  readonly withoutLevel: readonly string[];
  /** Edge-list endpoints that were not in the node list (added in order of first use). */
  readonly addedNodes: readonly string[];
}

export type GraphResult =
  | { readonly ok: true; readonly graph: IndexedGraph; readonly report: GraphReport }
  | { readonly ok: false; readonly error: string };

/** A plain edge list, as read from a CSV or GraphML file. `weight` is a strength (like a level). */
export interface EdgeListInput {
  readonly nodes?: readonly { readonly id: string; readonly label?: string }[];
  readonly edges: readonly {
    readonly id?: string;
    readonly source: string;
    readonly target: string;
    readonly weight?: number | null;
    readonly directed?: boolean;
  }[];
}

interface RawEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly strength: number | null;
  readonly directed: boolean;
  readonly motives: readonly string[];
}

interface RawNode {
  readonly id: string;
  readonly label: string;
}

/** Builds the indexed graph of a map (actors in map order; ties as edges). */
export function graphFromMap(map: PartnerMapDoc): GraphResult {
  const levels = frequencyLevels(map.codebook);
  const edges = map.ties.map((t): RawEdge => ({
    id: t.id,
    source: t.source,
    target: t.target,
    strength: (t.frequency !== null ? levels.get(t.frequency) : undefined) ?? null,
    directed: t.directed,
    motives: t.motives,
  }));
  const nodes = map.actors.map((a): RawNode => ({ id: a.id, label: a.label }));
  return assemble(nodes, edges, 'tie', []);
}

/** Builds the indexed graph of a plain edge list; edge ids default to their position. */
export function graphFromEdgeList(input: EdgeListInput): GraphResult {
  const nodes: RawNode[] = (input.nodes ?? []).map((v) => ({ id: v.id, label: v.label ?? v.id }));
  const known = new Set(nodes.map((v) => v.id));
  const added: string[] = [];
  const edges: RawEdge[] = [];
  for (const [i, e] of input.edges.entries()) {
    const id = e.id ?? String(i + 1);
    const weight = e.weight ?? null;
    if (weight !== null && !usableStrength(weight)) {
      return { ok: false, error: `Edge "${id}": the weight must be a positive number.` };
    }
    for (const end of [e.source, e.target]) {
      if (known.has(end)) continue;
      known.add(end);
      added.push(end);
      nodes.push({ id: end, label: end });
    }
    const directed = e.directed ?? false;
    edges.push({ id, source: e.source, target: e.target, strength: weight, directed, motives: [] });
  }
  return assemble(nodes, edges, 'edge', added);
}

/** A strength must be positive and finite, and so must the distance 1 / strength. */
function usableStrength(x: number): boolean {
  return x > 0 && Number.isFinite(x) && Number.isFinite(1 / x);
}

function frequencyLevels(codebook: Codebook): Map<string, number> {
  const levels = new Map<string, number>();
  for (const f of codebook.frequencies) {
    if (usableStrength(f.level)) levels.set(f.id, f.level);
  }
  return levels;
}

function assemble(
  nodes: readonly RawNode[],
  raw: readonly RawEdge[],
  noun: 'tie' | 'edge',
  addedNodes: readonly string[],
): GraphResult {
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  for (const [i, v] of nodes.entries()) {
    if (indexOf.has(v.id)) return { ok: false, error: `Two actors share the id "${v.id}".` };
    indexOf.set(v.id, i);
  }
  const Noun = noun === 'tie' ? 'Tie' : 'Edge';
  const pairs = new Map<number, number>();
  const arcKeys = new Set<number>();
  const source: number[] = [];
  const target: number[] = [];
  const strength: number[] = [];
  const ties: string[][] = [];
  const motives: string[][] = [];
  const arcs: number[] = [];
  const duplicates: DuplicateTie[] = [];
  const withoutLevel: string[] = [];
  for (const e of raw) {
    const s = indexOf.get(e.source);
    const t = indexOf.get(e.target);
    if (s === undefined || t === undefined) {
      const missing = s === undefined ? e.source : e.target;
      return { ok: false, error: `${Noun} "${e.id}" refers to an unknown actor "${missing}".` };
    }
    if (s === t) {
      const who = nodes[s]?.label || e.source;
      return {
        ok: false,
        error: `${Noun} "${e.id}" connects "${who}" to itself; a tie needs two different actors.`,
      };
    }
    if (e.strength === null) withoutLevel.push(e.id);
    const level = e.strength ?? 1;
    const key = s < t ? s * n + t : t * n + s;
    const existing = pairs.get(key);
    if (existing === undefined) {
      pairs.set(key, source.length);
      source.push(s);
      target.push(t);
      strength.push(level);
      ties.push([e.id]);
      motives.push(addMissing([], e.motives));
    } else {
      duplicates.push({ tie: e.id, duplicateOf: ties[existing]![0]! });
      strength[existing] = Math.max(strength[existing]!, level);
      ties[existing]!.push(e.id);
      addMissing(motives[existing]!, e.motives);
    }
    if (e.directed && !arcKeys.has(s * n + t)) {
      arcKeys.add(s * n + t);
      arcs.push(s, t);
    }
  }
  const edgeSource = Int32Array.from(source);
  const edgeTarget = Int32Array.from(target);
  const edgeStrength = Float64Array.from(strength);
  const out = arcAdjacency(n, arcs, 0);
  const inn = arcAdjacency(n, arcs, 1);
  const graph: IndexedGraph = {
    ...undirectedAdjacency(n, edgeSource, edgeTarget, edgeStrength),
    ids: nodes.map((v) => v.id),
    labels: nodes.map((v) => v.label),
    indexOf,
    m: source.length,
    edgeSource,
    edgeTarget,
    edgeStrength,
    edgeTies: ties,
    edgeMotives: motives,
    outOffsets: out.offsets,
    outTargets: out.targets,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
  };
  return { ok: true, graph, report: { duplicates, withoutLevel, addedNodes } };
}

/** Appends the ids of `more` that `list` lacks, in order (a tie has a handful of motives). */
function addMissing(list: string[], more: readonly string[]): string[] {
  for (const id of more) if (!list.includes(id)) list.push(id);
  return list;
}
