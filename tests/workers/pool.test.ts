// The worker pool as the app uses it, with in-process workers that run the real worker handler
// under postMessage's clone-and-transfer rules: routing, progress, cancellation, fallback.
import { describe, expect, it, vi } from 'vitest';
import { analyzeMap } from '../../src/analysis';
import { createWorkerPoolService, type WorkerPoolOptions } from '../../src/workers';
import { generateMap } from '../fixtures/generateMap';
import { analysisOf, expectSameAnalysis, fakeWorker, type FakeWorker } from './helpers';

const map = generateMap({ actors: 300, ties: 900, seed: 5 });
const expected = analysisOf(analyzeMap(map));

function pool(count: number, options: WorkerPoolOptions = {}) {
  const workers: FakeWorker[] = [];
  const onFallback = vi.fn();
  const service = createWorkerPoolService({
    size: count,
    threshold: 100,
    chunkWork: 5000,
    onFallback,
    createWorker: () => {
      const w = fakeWorker();
      workers.push(w);
      return w;
    },
    ...options,
  });
  return { service, workers, onFallback };
}

describe('createWorkerPoolService', () => {
  it('analyses a large map on the workers, equal to analyzeMap, with progress to the end', async () => {
    const { service, workers, onFallback } = pool(3);
    const progress: [number, number][] = [];
    const result = await service.analyze({ map, options: {} }, (d, t) => progress.push([d, t]));
    expectSameAnalysis(analysisOf(result), expected);
    expect(service.lastRun).toEqual({ route: 'workers', workers: 3, actors: 300 });
    expect(workers).toHaveLength(3);
    // Every worker took chunks; the graphs (map + 3 layers) went to each once.
    for (const w of workers) {
      expect(w.received.filter((m) => m.type === 'start')).toHaveLength(1);
      expect(w.received.some((m) => m.type === 'run')).toBe(true);
    }
    const total = 300 * 4;
    expect(progress.at(-1)).toEqual([total, total]);
    expect(progress.every(([d], i) => i === 0 || d > progress[i - 1]![0])).toBe(true);
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('keeps its workers for the next request and answers weighted requests too', async () => {
    const { service, workers } = pool(2);
    await service.analyze({ map, options: {} });
    const weighted = await service.analyze({ map, options: { weighted: true } });
    expectSameAnalysis(analysisOf(weighted), analysisOf(analyzeMap(map, { weighted: true })));
    expect(workers).toHaveLength(2);
  });

  it('analyses small maps on the main thread without starting workers', async () => {
    const { service, workers } = pool(2, { threshold: 400 });
    const result = await service.analyze({ map, options: {} });
    expect(analysisOf(result)).toEqual(expected);
    expect(service.lastRun?.route).toBe('main-thread');
    expect(workers).toHaveLength(0);
  });

  it('returns the analysis error of a broken map without starting workers', async () => {
    const { service, workers } = pool(2);
    const loop = { ...map, ties: [{ ...map.ties[0]!, target: map.ties[0]!.source }] };
    const result = await service.analyze({ map: loop, options: {} });
    expect(result).toEqual(analyzeMap(loop));
    expect(workers).toHaveLength(0);
  });

  it('stops a request when its signal aborts: AbortError, cancel sent, no more chunks', async () => {
    const { service, workers } = pool(2);
    const controller = new AbortController();
    const seen: number[] = [];
    const running = service.analyze(
      { map, options: {} },
      (done) => {
        seen.push(done);
        if (seen.length === 2) controller.abort();
      },
      controller.signal,
    );
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    for (const w of workers) expect(w.received.at(-1)).toMatchObject({ type: 'cancel' });
    const runsAtAbort = workers.map((w) => w.received.filter((m) => m.type === 'run').length);
    await new Promise((r) => setTimeout(r, 20));
    expect(workers.map((w) => w.received.filter((m) => m.type === 'run').length)).toEqual(
      runsAtAbort,
    );
    // The pool still serves the next request.
    expectSameAnalysis(analysisOf(await service.analyze({ map, options: {} })), expected);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { service } = pool(2);
    const controller = new AbortController();
    controller.abort();
    await expect(
      service.analyze({ map, options: {} }, undefined, controller.signal),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('falls back to the main thread when a worker fails, and says so once', async () => {
    const workers: FakeWorker[] = [];
    const onFallback = vi.fn();
    const service = createWorkerPoolService({
      size: 2,
      threshold: 100,
      chunkWork: 5000,
      onFallback,
      yieldNow: () => Promise.resolve(),
      createWorker: () => {
        // The second worker dies on its third chunk.
        const w = fakeWorker({
          failOn: (m) =>
            workers.length === 2 && w === workers[1] && m.type === 'run' && m.start > 0,
        });
        workers.push(w);
        return w;
      },
    });
    const result = await service.analyze({ map, options: {} });
    expectSameAnalysis(analysisOf(result), expected);
    expect(service.lastRun?.route).toBe('main-thread-chunked');
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(onFallback.mock.calls[0]![0]).toMatch(/worker failed \(boom\)/);
    // Later requests stay on the main thread without trying workers again.
    await service.analyze({ map, options: {} });
    expect(workers).toHaveLength(2);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('falls back when a worker cannot be created, stopping those already started', async () => {
    const onFallback = vi.fn();
    const started: FakeWorker[] = [];
    const service = createWorkerPoolService({
      size: 2,
      threshold: 100,
      onFallback,
      createWorker: () => {
        if (started.length === 1) throw new Error('SecurityError: worker-src');
        started.push(fakeWorker());
        return started[0]!;
      },
    });
    const result = await service.analyze({ map, options: {} });
    expectSameAnalysis(analysisOf(result), expected);
    expect(service.lastRun?.route).toBe('main-thread-chunked');
    expect(onFallback.mock.calls[0]![0]).toMatch(/could not start .*worker-src/);
    expect(started[0]!.terminated).toBe(true);
  });

  it('runs in chunks on the main thread where Worker does not exist (as in Node)', async () => {
    expect(typeof Worker).toBe('undefined');
    const onFallback = vi.fn();
    const yields = vi.fn(() => Promise.resolve());
    const service = createWorkerPoolService({ threshold: 100, onFallback, yieldNow: yields });
    const progress: number[] = [];
    const result = await service.analyze({ map, options: {} }, (done) => progress.push(done));
    expectSameAnalysis(analysisOf(result), expected);
    expect(service.lastRun).toEqual({ route: 'main-thread-chunked', workers: 0, actors: 300 });
    expect(onFallback).toHaveBeenCalledWith('Web Workers are not available here');
    expect(progress.at(-1)).toBe(1200);
  });

  it('stops the main-thread fallback between slices when the signal aborts', async () => {
    const controller = new AbortController();
    const big = generateMap({ actors: 1500, ties: 4500, seed: 9 });
    const service = createWorkerPoolService({
      threshold: 100,
      onFallback: () => {},
      yieldNow: async () => controller.abort(),
    });
    const running = service.analyze({ map: big, options: {} }, undefined, controller.signal);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('dispose terminates the workers and aborts what runs', async () => {
    const { service, workers, onFallback } = pool(2);
    const running = service.analyze({ map, options: {} });
    await Promise.resolve();
    service.dispose();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(onFallback).not.toHaveBeenCalled();
    // A later request starts fresh workers.
    expectSameAnalysis(analysisOf(await service.analyze({ map, options: {} })), expected);
    expect(workers).toHaveLength(4);
  });
});
