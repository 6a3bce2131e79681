// Times networkx and python-igraph (betweenness + closeness) on the benchmark's edge lists, with
// Debian's /usr/bin/python3 when it is there. Each library is reported as "not installed" when
// it cannot be imported. Nothing here needs Python to be present.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchGraph } from './analysisGraphs';

export const PYTHON = process.env.PARTNERMAP_PYTHON ?? '/usr/bin/python3';

export interface PythonTimes {
  /** Milliseconds per run: wall clock and process CPU time. */
  readonly wall: readonly number[];
  readonly cpu: readonly number[];
}

export interface PythonResult {
  readonly versions: Readonly<Record<string, string>>;
  /** library → graph name → times; absent when skipped. */
  readonly times: Readonly<Record<string, Readonly<Record<string, PythonTimes>>>>;
  /** library → why it was not timed ("not installed", "skipped: …"). */
  readonly missing: Readonly<Record<string, string>>;
}

const SCRIPT = String.raw`
import json, sys, time
config = json.load(open(sys.argv[1]))
out = {'versions': {'python': sys.version.split()[0]}, 'times': {}, 'missing': {}}

def measure(run, budget_ms, min_runs, max_runs):
    t0, c0 = time.perf_counter(), time.process_time()
    run()  # warm-up
    first = (time.perf_counter() - t0) * 1000
    runs = max(min_runs, min(max_runs, int(budget_ms / max(first, 1e-3))))
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        run()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return {'wall': wall, 'cpu': cpu}

def read(path):
    with open(path) as f:
        return [tuple(map(int, line.split())) for line in f if line.strip()]

try:
    import networkx as nx
    out['versions']['networkx'] = nx.__version__
    out['times']['networkx'] = {}
    for g in config['graphs']:
        if g['n'] > config['networkx_max_n']:
            out['missing']['networkx ' + g['name']] = 'skipped (slow; PARTNERMAP_BENCH_NETWORKX_LARGE=1)'
            continue
        G = nx.Graph()
        G.add_nodes_from(range(g['n']))
        G.add_edges_from(read(g['file']))
        def run():
            nx.betweenness_centrality(G, normalized=True)
            nx.closeness_centrality(G)
        out['times']['networkx'][g['name']] = measure(run, config['budget_ms'], 1, 20)
except ImportError:
    out['missing']['networkx'] = 'not installed'

try:
    import igraph
    out['versions']['igraph'] = igraph.__version__
    out['times']['igraph'] = {}
    for g in config['graphs']:
        G = igraph.Graph(n=g['n'], edges=read(g['file']), directed=False)
        def run():
            G.betweenness(directed=False)
            G.closeness()
        out['times']['igraph'][g['name']] = measure(run, config['budget_ms'], 3, 50)
except ImportError:
    out['missing']['igraph'] = 'not installed'

print(json.dumps(out))
`;

function run(file: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${file}: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

export async function timePython(
  graphs: readonly BenchGraph[],
  budgetMs: number,
): Promise<PythonResult> {
  const dir = await mkdtemp(join(tmpdir(), 'partnermap-bench-'));
  try {
    const entries = await Promise.all(
      graphs.map(async (g, i) => {
        const file = join(dir, `graph-${i}.txt`);
        await writeFile(file, g.edges.map(([s, t]) => `${s} ${t}`).join('\n'));
        return { name: g.name, n: g.n, file };
      }),
    );
    const large = process.env.PARTNERMAP_BENCH_NETWORKX_LARGE === '1';
    const config = { graphs: entries, budget_ms: budgetMs, networkx_max_n: large ? 1e9 : 1000 };
    await writeFile(join(dir, 'config.json'), JSON.stringify(config));
    await writeFile(join(dir, 'bench.py'), SCRIPT);
    let stdout: string;
    try {
      stdout = await run(PYTHON, [join(dir, 'bench.py'), join(dir, 'config.json')]);
    } catch (error) {
      const why = `not available (${PYTHON}: ${(error as Error).message.split('\n')[0]})`;
      return { versions: {}, times: {}, missing: { networkx: why, igraph: why } };
    }
    return JSON.parse(stdout) as PythonResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
