import { graphFromEdgeList, graphFromMap, createBuffers, createPartial } from './src/analysis';
import { accumulateUnweighted } from './src/analysis/engine/bfs';
import { accumulateBranchy } from './src/analysis/engine/bfsBranchy.tmp';
import { markLeaves } from './src/analysis/engine/buffers';
import { hubGraph, randomGraph, toEdgeList } from './tests/bench/analysisGraphs';
import { generateMap } from './tests/fixtures/generateMap';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const m = graphFromMap(generateMap({ actors: 200, ties: 600, seed: 42 })); if (!m.ok) throw 0;
const gs = [['map200', m.graph] as const, ...[hubGraph(200,3,2200), hubGraph(5000,3,7000), randomGraph(5000,3,6000)].map((g) => { const b = graphFromEdgeList(toEdgeList(g)); if (!b.ok) throw 0; return [g.name, b.graph] as const; })];
for (const [name0, gr] of gs) {
  const buf = createBuffers(gr); markLeaves(gr, buf);
  const res: Record<string, number[]> = { branchfree: [], branchy: [] };
  const reps = gr.n === 200 ? 100 : 1; const rounds = gr.n === 200 ? 10 : 3;
  for (let i=0;i<rounds;i++) for (const [name, f] of [['branchfree', accumulateUnweighted], ['branchy', accumulateBranchy]] as const) {
    const into = createPartial(gr.n);
    const c = cpu(); for (let r=0;r<reps;r++) f(gr, 0, gr.n, buf, into); res[name]!.push((cpu()-c)/reps);
  }
  const med = (a: number[]) => [...a].sort((x,y)=>x-y)[a.length>>1]!.toFixed(3);
  console.log(name0, 'branchfree', med(res.branchfree!), 'branchy', med(res.branchy!));
}
