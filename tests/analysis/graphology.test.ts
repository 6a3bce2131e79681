// Cross-check with graphology-metrics where it computes the same quantity (design.md §4).
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import { describe, it } from 'vitest';
import {
  centralities,
  connectedComponents,
  degrees,
  graphFromMap,
  toGraphology,
  type IndexedGraph,
} from '../../src/analysis';
import { generateMap } from '../fixtures/generateMap';
import { expectValue, loadReference, REFERENCE_NAMES, referenceGraph } from './helpers';

function generated(actors: number, ties: number, seed: number): IndexedGraph {
  const built = graphFromMap(generateMap({ actors, ties, seed }));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

// The 20×20 grid is left out: graphology-metrics counts shortest paths in a Uint32Array and
// overflows there (pairs with more than 2^32 paths); our Float64 counts match networkx.
const cases: [string, IndexedGraph, boolean][] = [
  ...REFERENCE_NAMES.filter((name) => name !== 'grid-20x20').map(
    (name): [string, IndexedGraph, boolean] => {
      const ref = loadReference(name);
      // Weighted comparison only where float distances do not split equal paths (the engine
      // treats them as equal, graphology-metrics and networkx with floats do not).
      return [name, referenceGraph(ref), ref.float_rounding.betweenness_weighted! < 1e-12];
    },
  ),
  ['generated 120 actors', generated(120, 300, 7), false],
  ['generated 300 actors', generated(300, 900, 11), false],
];

describe.each(cases)('graphology-metrics agrees on %s', (_name, graph, weightedToo) => {
  const g = toGraphology(graph);
  const connected = connectedComponents(graph).members.length === 1;
  const ours = centralities(graph);

  it('betweenness (unweighted, normalized)', () => {
    const theirs = betweennessCentrality(g, { getEdgeWeight: null, normalized: true });
    graph.ids.forEach((id, v) => expectValue(ours.betweenness[v]!, theirs[id]!, id));
  });

  it.runIf(weightedToo)('betweenness weighted by distance = 1 / level', () => {
    const weighted = centralities(graph, { weighted: true });
    const theirs = betweennessCentrality(g, { getEdgeWeight: 'distance', normalized: true });
    graph.ids.forEach((id, v) => expectValue(weighted.betweenness[v]!, theirs[id]!, id));
  });

  it('degree centrality', () => {
    const theirs = degreeCentrality(g);
    const d = degrees(graph);
    graph.ids.forEach((id, v) => expectValue(d.degreeNormalized[v]!, theirs[id]!, id));
  });

  it('closeness with the Wasserman–Faust correction (networkx default)', () => {
    const theirs = closenessCentrality(g, { wassermanFaust: true });
    graph.ids.forEach((id, v) => expectValue(ours.closeness[v]!, theirs[id]!, id));
  });

  // graphology's default closeness counts only reachable nodes: equal on a connected graph.
  it.runIf(connected)('plain closeness (the graph is connected)', () => {
    const theirs = closenessCentrality(g);
    graph.ids.forEach((id, v) => expectValue(ours.closeness[v]!, theirs[id]!, id));
  });
});
