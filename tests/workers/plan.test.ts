// The pool's splitting and merging as pure functions: sources cut into chunks, chunks spread
// over "threads" (here: separate chunk runners), partial sums merged. Must equal analyzeMap.
import { describe, expect, it } from 'vitest';
import { analyzeMap, type AnalyzeOptions } from '../../src/analysis';
import type { PartnerMapDoc } from '../../src/model';
import { createChunkRunner } from '../../src/workers/chunkRunner';
import {
  finishAnalysis,
  planChunks,
  prepareAnalysis,
  sourcesPerChunk,
  totalSources,
  type PreparedAnalysis,
} from '../../src/workers/plan';
import { generateMap, seededRandom } from '../fixtures/generateMap';
import { analysisOf, expectSameAnalysis, loadSample, SAMPLE_FILES } from './helpers';

function prepared(map: PartnerMapDoc, options: AnalyzeOptions = {}): PreparedAnalysis {
  const result = prepareAnalysis(map, options);
  if (!result.ok) throw new Error(result.error);
  return result.prepared;
}

/** Runs the chunks on `threads` runners, chunk k on runner pick(k), then merges. */
function runSplit(p: PreparedAnalysis, threads: number, work: number, pick: (k: number) => number) {
  const runners = Array.from({ length: threads }, () => createChunkRunner(p.engines, p.weighted));
  planChunks(p.engines, work).forEach((chunk, k) => runners[pick(k)]!.run(chunk));
  return finishAnalysis(
    p,
    runners.map((r) => r.partials),
  );
}

const cases: [string, () => PartnerMapDoc][] = [
  ...SAMPLE_FILES.map((file): [string, () => PartnerMapDoc] => [file, () => loadSample(file)]),
  ['generated 1,000 actors', () => generateMap({ actors: 1000, ties: 3000, seed: 4 })],
];

describe.each(cases)('pool split of %s', (_, make) => {
  const map = make();

  it.each([
    ['unweighted', {}],
    ['weighted', { weighted: true }],
    ['without layers', { layers: false }],
  ])('equals analyzeMap (%s) for 1, 2, 3 and 4 threads', (_name, options: AnalyzeOptions) => {
    const expected = analysisOf(analyzeMap(map, options));
    const p = prepared(map, options);
    expect(p.engines).toHaveLength(options.layers === false ? 1 : 1 + expected.dimensions.length);
    for (const threads of [1, 2, 3, 4]) {
      // Small chunks, so every thread gets several ranges of every graph.
      const actual = analysisOf(runSplit(p, threads, 4000, (k) => k % threads));
      expectSameAnalysis(actual, expected);
    }
  });

  it('equals analyzeMap however unevenly the chunks fall', () => {
    const expected = analysisOf(analyzeMap(map));
    const random = seededRandom(11);
    const actual = analysisOf(runSplit(prepared(map), 3, 2500, () => Math.floor(random() * 3)));
    expectSameAnalysis(actual, expected);
  });
});

describe('planChunks', () => {
  const map = generateMap({ actors: 500, ties: 1500, seed: 2 });
  const p = prepared(map);

  it('covers every source of every graph exactly once', () => {
    for (const work of [1, 5000, 1 << 20]) {
      const seen = p.engines.map((g) => new Uint8Array(g.n));
      for (const c of planChunks(p.engines, work)) {
        expect(c.end).toBeGreaterThan(c.start);
        for (let s = c.start; s < c.end; s++) seen[c.graph]![s]!++;
      }
      for (const counts of seen) expect(counts.every((x) => x === 1)).toBe(true);
    }
    expect(totalSources(p.engines)).toBe(500 * 4);
  });

  it('sizes chunks by the work per source', () => {
    const g = p.engines[0]!;
    const perSource = g.n + g.targets.length;
    expect(sourcesPerChunk(g, perSource * 10)).toBe(10);
    expect(sourcesPerChunk(g, 1)).toBe(1);
    expect(sourcesPerChunk(g, Number.MAX_SAFE_INTEGER)).toBe(g.n);
  });

  it('reports a map the analysis refuses instead of planning it', () => {
    const loop = { ...map, ties: [{ ...map.ties[0]!, target: map.ties[0]!.source }] };
    const result = prepareAnalysis(loop);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/to itself/) });
    expect(result).toEqual(analyzeMap(loop));
  });
});

describe('createChunkRunner', () => {
  it('clips a chunk to the graph and counts the sources it covered', () => {
    const p = prepared(generateMap({ actors: 50, ties: 100, seed: 3 }));
    const runner = createChunkRunner(p.engines, false);
    expect(runner.run({ graph: 0, start: 40, end: 80 })).toBe(10);
    expect(() => runner.run({ graph: 9, start: 0, end: 1 })).toThrow(/No graph 9/);
  });
});
