// Analysis benchmark (issue 4): our engine vs graphology-metrics, networkx and igraph on seeded
// graphs of 200, 1,000 and 5,000 actors (three ties per actor, uniform random and with hubs),
// and the whole analyzeMap of a 200-actor map. Benchmarks, not tests: nothing fails on time.
// Run alone with `npx tsx tests/bench/analysis.ts` (PARTNERMAP_BENCH_QUICK=1: 200 and 1,000 only).
import { pathToFileURL } from 'node:url';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { analyzeMap, centralities, graphFromEdgeList, type IndexedGraph } from '../../src/analysis';
import { generateMap } from '../fixtures/generateMap';
import { hubGraph, maxDegree, randomGraph, toEdgeList, type BenchGraph } from './analysisGraphs';
import { timePython, type PythonResult, type PythonTimes } from './analysisPython';
import type { Figure } from './editor';

const SIZES = process.env.PARTNERMAP_BENCH_QUICK === '1' ? [200, 1000] : [200, 1000, 5000];
const TIES_PER_ACTOR = 3;
/** Time spent per measure (after warm-up); at least 3 and at most 60 runs. */
const BUDGET_MS = Number(process.env.PARTNERMAP_BENCH_BUDGET_MS ?? 3000);

interface Times {
  readonly wall: number[];
  readonly cpu: number[];
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Warm-up runs first (at least one, for at least 500 ms), then as many runs as fit the budget. */
function measure(fn: () => unknown, minRuns = 3, maxRuns = 60): Times {
  let warm = 0;
  const start = performance.now();
  let first = Infinity;
  while (warm === 0 || performance.now() - start < 500) {
    const t = performance.now();
    fn();
    first = Math.min(first, performance.now() - t);
    warm++;
  }
  const runs = Math.max(minRuns, Math.min(maxRuns, Math.floor(BUDGET_MS / Math.max(first, 1e-3))));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = cpuNow();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    cpu.push(cpuNow() - c);
  }
  return { wall, cpu };
}

const quantile = (samples: readonly number[], q: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};

const figure = (name: string, samples: readonly number[]): Figure => ({
  name,
  unit: 'ms',
  median: quantile(samples, 0.5),
  p95: quantile(samples, 0.95),
  runs: samples.length,
});

function toGraphologyGraph(graph: BenchGraph): UndirectedGraph {
  const g = new UndirectedGraph();
  for (let v = 0; v < graph.n; v++) g.addNode(String(v));
  for (const [s, t] of graph.edges) g.addEdge(String(s), String(t));
  return g;
}

function indexed(graph: BenchGraph): IndexedGraph {
  const built = graphFromEdgeList(toEdgeList(graph));
  if (!built.ok) throw new Error(built.error);
  return built.graph;
}

export interface AnalysisReport {
  /** Wall-clock figures, then the same measures in process CPU time ("[cpu]"). */
  readonly figures: readonly Figure[];
  /** Ratios of medians (unit "×"), wall clock and CPU time; p95 is NaN (there is none). */
  readonly ratios: readonly Figure[];
  /** Targets of issue 4 with the measured value, met or not. */
  readonly targets: readonly string[];
  readonly notes: readonly string[];
}

export async function benchAnalysisReport(): Promise<AnalysisReport> {
  const graphs = SIZES.flatMap((n) => [
    randomGraph(n, TIES_PER_ACTOR, 1000 + n),
    hubGraph(n, TIES_PER_ACTOR, 2000 + n),
  ]);
  // Ours first, then graphology-metrics: its garbage (arrays per node per source) would
  // otherwise be collected, on other threads but in this process's CPU time, during our runs.
  const map = generateMap({ actors: 200, ties: 600, seed: 42 });
  const whole = measure(() => analyzeMap(map), 30, 300);
  const wholeWeighted = measure(() => analyzeMap(map, { weighted: true }), 30, 300);
  const lean = measure(() => analyzeMap(map, { layers: false }), 30, 300);
  const ours = new Map<string, Times>();
  for (const graph of graphs) {
    const g = indexed(graph);
    ours.set(
      graph.name,
      measure(() => centralities(g)),
    );
  }
  const theirs = new Map<string, Times>();
  for (const graph of graphs) {
    const gg = toGraphologyGraph(graph);
    theirs.set(
      graph.name,
      measure(() => {
        betweennessCentrality(gg, { getEdgeWeight: null, normalized: true });
        closenessCentrality(gg, { wassermanFaust: true });
      }),
    );
  }
  const python: PythonResult = await timePython(graphs, BUDGET_MS);

  const figures: Figure[] = [];
  const ratios: Figure[] = [];
  const notes: string[] = [];
  for (const clock of ['wall', 'cpu'] as const) {
    const tag = clock === 'cpu' ? ' [cpu]' : '';
    figures.push(figure(`analyzeMap, 200 actors / 600 ties${tag}`, whole[clock]));
    figures.push(figure(`analyzeMap weighted, 200 / 600${tag}`, wholeWeighted[clock]));
    figures.push(figure(`analyzeMap without layer centralities, 200 / 600${tag}`, lean[clock]));
    for (const graph of graphs) {
      const label = `${graph.name} (${graph.edges.length} ties, max degree ${maxDegree(graph)})`;
      const engine = ours.get(graph.name)![clock];
      figures.push(figure(`engine b+c+h, ${label}${tag}`, engine));
      figures.push(
        figure(`graphology-metrics b+c, ${graph.name}${tag}`, theirs.get(graph.name)![clock]),
      );
      const e = quantile(engine, 0.5);
      const ratio = (name: string, value: number, runs: number): Figure => ({
        name: `${name}, ${graph.name}${tag}`,
        unit: '×',
        median: value,
        p95: NaN,
        runs,
      });
      ratios.push(
        ratio(
          'graphology / engine',
          quantile(theirs.get(graph.name)![clock], 0.5) / e,
          engine.length,
        ),
      );
      for (const library of ['igraph', 'networkx']) {
        const t: PythonTimes | undefined = python.times[library]?.[graph.name];
        if (!t) continue;
        figures.push(figure(`${library} b+c, ${graph.name}${tag}`, t[clock]));
        ratios.push(ratio(`engine / ${library}`, e / quantile(t[clock], 0.5), t[clock].length));
      }
    }
  }
  for (const [library, why] of Object.entries(python.missing)) notes.push(`${library}: ${why}`);
  notes.push(`versions: ${JSON.stringify(python.versions)}, node ${process.version}`);

  const targets = evaluateTargets(figures, ratios);
  return { figures, ratios, targets, notes };
}

function evaluateTargets(figures: readonly Figure[], ratios: readonly Figure[]): string[] {
  const find = (list: readonly Figure[], name: string) => list.find((f) => f.name === name);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const out: string[] = [];
  for (const tag of ['', ' [cpu]']) {
    const whole = find(figures, `analyzeMap, 200 actors / 600 ties${tag}`);
    if (whole) {
      out.push(
        `analyzeMap 200 actors ≤ 4 ms${tag}: ${whole.median.toFixed(2)} ms, ${verdict(whole.median <= 4)}`,
      );
    }
    const igraph = find(ratios, `engine / igraph, hubs 5000${tag}`);
    const igraphRandom = find(ratios, `engine / igraph, random 5000${tag}`);
    for (const r of [igraph, igraphRandom]) {
      if (r) out.push(`${r.name} ≤ 0.8: ${r.median.toFixed(2)}×, ${verdict(r.median <= 0.8)}`);
    }
    const hubs = SIZES.map((n) => find(ratios, `graphology / engine, hubs ${n}${tag}`));
    for (const r of hubs) {
      if (r) out.push(`${r.name} ≥ 3: ${r.median.toFixed(2)}×, ${verdict(r.median >= 3)}`);
    }
  }
  return out;
}

/** Timing figures (wall clock, then CPU time) in the shape of editor.ts, for `npm run bench`. */
export async function benchAnalysis(): Promise<Figure[]> {
  return [...(await benchAnalysisReport()).figures];
}

/** Prints a report as tables: times, ratios of medians, the targets of issue 4 and notes. */
export function printAnalysisReport(report: AnalysisReport): void {
  const row = (f: Figure) => ({
    measure: f.name,
    median: `${f.median.toFixed(2)} ${f.unit}`,
    p95: Number.isNaN(f.p95) ? '' : `${f.p95.toFixed(2)} ${f.unit}`,
    runs: f.runs,
  });
  console.log(
    '\nAnalysis in Node (median after warm-up; b = betweenness, c = closeness, h = harmonic)',
  );
  console.table(report.figures.map(row));
  console.log('\nRatios of medians');
  console.table(report.ratios.map(row));
  console.log('\nTargets (issue 4)');
  for (const line of report.targets) console.log(`  ${line}`);
  for (const line of report.notes) console.log(`  ${line}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchAnalysisReport()
    .then(printAnalysisReport)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
