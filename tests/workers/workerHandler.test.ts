// The worker's message handler on its own: jobs, chunks, collect, cancel and failures.
import { describe, expect, it } from 'vitest';
import { centralities, finalizeCentralities, graphFromMap } from '../../src/analysis';
import { toPayload } from '../../src/workers/protocol';
import { createWorkerHandler } from '../../src/workers/workerHandler';
import { generateMap } from '../fixtures/generateMap';

const built = graphFromMap(generateMap({ actors: 120, ties: 360, seed: 6 }));
if (!built.ok) throw new Error(built.error);
const graph = built.graph;

describe('createWorkerHandler', () => {
  it('runs chunks of a job and hands back partial sums that finalise to the engine result', () => {
    const handle = createWorkerHandler();
    expect(handle({ type: 'start', job: 1, weighted: false, graphs: [toPayload(graph)] })).toBe(
      null,
    );
    const done = [0, 50, 100].map((start) =>
      handle({ type: 'run', job: 1, graph: 0, start, end: start + 50 }),
    );
    expect(done.map((d) => d?.message)).toEqual([
      { type: 'done', job: 1, sources: 50 },
      { type: 'done', job: 1, sources: 50 },
      { type: 'done', job: 1, sources: 20 },
    ]);
    const collected = handle({ type: 'collect', job: 1 });
    expect(collected?.message.type).toBe('partials');
    if (collected?.message.type !== 'partials') return;
    expect(collected.transfer).toHaveLength(4);
    const result = finalizeCentralities(collected.message.partials[0]!);
    expect(Array.from(result.betweenness)).toEqual(Array.from(centralities(graph).betweenness));
    // The job is gone once collected.
    expect(handle({ type: 'run', job: 1, graph: 0, start: 0, end: 10 })).toBe(null);
  });

  it('skips the chunks of a cancelled job and keeps other jobs apart', () => {
    const handle = createWorkerHandler();
    handle({ type: 'start', job: 1, weighted: false, graphs: [toPayload(graph)] });
    handle({ type: 'start', job: 2, weighted: true, graphs: [toPayload(graph)] });
    expect(handle({ type: 'cancel', job: 1 })).toBe(null);
    expect(handle({ type: 'run', job: 1, graph: 0, start: 0, end: 120 })).toBe(null);
    expect(handle({ type: 'run', job: 2, graph: 0, start: 0, end: 120 })?.message).toEqual({
      type: 'done',
      job: 2,
      sources: 120,
    });
    const collected = handle({ type: 'collect', job: 2 });
    if (collected?.message.type !== 'partials') throw new Error('no partials');
    const weighted = finalizeCentralities(collected.message.partials[0]!);
    expect(Array.from(weighted.closeness)).toEqual(
      Array.from(centralities(graph, { weighted: true }).closeness),
    );
  });

  it('answers failed, not a thrown error, when something goes wrong', () => {
    const handle = createWorkerHandler();
    expect(handle({ type: 'collect', job: 7 })?.message).toMatchObject({ type: 'failed', job: 7 });
    handle({ type: 'start', job: 8, weighted: false, graphs: [toPayload(graph)] });
    expect(handle({ type: 'run', job: 8, graph: 3, start: 0, end: 1 })?.message).toEqual({
      type: 'failed',
      job: 8,
      message: 'No graph 3 in this job',
    });
  });
});
