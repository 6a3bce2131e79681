/**
 * The analysis service for large maps: the shortest-path sources (of the whole map and of
 * each motive layer) are spread over a pool of Web Workers in chunks; the main thread merges
 * the partial sums and finishes the analysis (plan.ts). Small maps are analysed at once on the
 * main thread, where a worker's message round trips would cost more than they save.
 *
 * Chunks are handed out on demand (IN_FLIGHT per worker), so fast workers take more of them
 * and an aborted request stops after the chunks already sent. Without workers (no Worker, or
 * one failed) large maps run in chunks on the main thread, yielding between them (inline.ts).
 */
import {
  mainThreadService,
  type AnalysisRequest,
  type AnalysisResult,
  type AnalysisService,
  type PartialSums,
  type ProgressListener,
} from '../analysis';
import { runInline, yieldToEventLoop, type Yield } from './inline';
import {
  CHUNK_WORK,
  finishAnalysis,
  planChunks,
  prepareAnalysis,
  totalSources,
  type PreparedAnalysis,
} from './plan';
import {
  createBrowserWorker,
  defaultPoolSize,
  workersAvailable,
  type WorkerFactory,
  type WorkerPort,
} from './ports';
import { payloadTransfer, toPayload, type FromWorker } from './protocol';

/**
 * Maps with fewer actors are analysed on the main thread. Measured in headless Chromium (2 cores,
 * map + 3 motive layers): 400 actors take about 20 ms there (one frame), 600 about 40 ms; a
 * worker's first start alone costs about 40 ms, and a map below this size gains nothing from it.
 */
export const DEFAULT_THRESHOLD = 400;
/** Chunks a worker holds at once: one running, one waiting, so it never idles on a round trip. */
const IN_FLIGHT = 2;

export interface WorkerPoolOptions {
  /** Number of workers (default: hardware threads − 1, from 1 to 4). */
  readonly size?: number;
  /** Maps with fewer actors than this run on the main thread (default DEFAULT_THRESHOLD). */
  readonly threshold?: number;
  /** Told once why the analysis runs on the main thread instead (default: console.warn). */
  readonly onFallback?: (reason: string) => void;
  /** For tests: how to start a worker (default: a module Web Worker, when available). */
  readonly createWorker?: WorkerFactory;
  /** For tests: how the main-thread fallback yields to the event loop. */
  readonly yieldNow?: Yield;
  /** Adjacency slots visited per chunk (default CHUNK_WORK; smaller: more, shorter chunks). */
  readonly chunkWork?: number;
}

export type Route = 'main-thread' | 'workers' | 'main-thread-chunked';

export interface RunInfo {
  readonly route: Route;
  /** Workers used (0 on the main thread). */
  readonly workers: number;
  readonly actors: number;
}

export interface WorkerPoolService extends AnalysisService {
  /** How the last request that got an answer was computed (null before the first one). */
  readonly lastRun: RunInfo | null;
}

/** Why a worker run could not finish: the request is retried on the main thread. */
class WorkerFailure extends Error {}

interface JobListener {
  message(worker: number, message: FromWorker): void;
  fail(error: Error): void;
}

export function createWorkerPoolService(options: WorkerPoolOptions = {}): WorkerPoolService {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const yieldNow = options.yieldNow ?? yieldToEventLoop;
  const chunkWork = options.chunkWork ?? CHUNK_WORK;
  const onFallback =
    options.onFallback ??
    ((reason: string) => console.warn(`PartnerMap analysis runs on the main thread: ${reason}`));
  const createWorker =
    options.createWorker ?? (workersAvailable() ? createBrowserWorker : undefined);

  let ports: WorkerPort[] | null = null;
  /** Set once workers failed: the reason, reported once; later requests stay on the main thread. */
  let broken: string | null = createWorker ? null : 'Web Workers are not available here';
  let reported = false;
  let lastJob = 0;
  let lastRun: RunInfo | null = null;
  const listeners = new Map<number, JobListener>();

  function report(): void {
    if (reported || !broken) return;
    reported = true;
    onFallback(broken);
  }

  function fallBack(reason: string): void {
    broken ??= reason;
    if (ports) for (const port of ports) port.terminate();
    ports = null;
    for (const listener of [...listeners.values()]) listener.fail(new WorkerFailure(reason));
    listeners.clear();
    report();
  }

  /** The running workers, started on first use; null when workers cannot be used. */
  function workers(): WorkerPort[] | null {
    if (broken || !createWorker) {
      report();
      return null;
    }
    if (ports) return ports;
    const started: WorkerPort[] = [];
    try {
      for (let w = 0; w < size; w++) {
        const port = createWorker();
        started.push(port);
        port.listen(
          (message) => listeners.get(message.job)?.message(w, message),
          (reason) => fallBack(`an analysis worker failed (${reason})`),
        );
      }
    } catch (error) {
      for (const port of started) port.terminate();
      fallBack(`an analysis worker could not start (${String(error)})`);
      return null;
    }
    ports = started;
    return started;
  }

  function runOnWorkers(
    prepared: PreparedAnalysis,
    pool: readonly WorkerPort[],
    onProgress: ProgressListener | undefined,
    signal: AbortSignal | undefined,
  ): Promise<readonly (readonly PartialSums[])[]> {
    return new Promise((resolve, reject) => {
      const job = ++lastJob;
      const chunks = planChunks(prepared.engines, chunkWork);
      const total = totalSources(prepared.engines);
      const inFlight = pool.map(() => 0);
      const collecting = pool.map(() => false);
      const partials: (readonly PartialSums[])[] = [];
      let next = 0;
      let done = 0;
      let settled = false;

      const settle = (finish: () => void) => {
        settled = true;
        listeners.delete(job);
        signal?.removeEventListener('abort', onAbort);
        finish();
      };
      const feed = (w: number) => {
        const port = pool[w]!;
        while (inFlight[w]! < IN_FLIGHT && next < chunks.length) {
          inFlight[w]!++;
          port.post({ type: 'run', job, ...chunks[next++]! }, []);
        }
        if (inFlight[w] === 0 && !collecting[w]) {
          collecting[w] = true;
          port.post({ type: 'collect', job }, []);
        }
      };
      const onAbort = () => {
        for (const port of pool) port.post({ type: 'cancel', job }, []);
        settle(() => reject(signal!.reason));
      };

      listeners.set(job, {
        message(w, message) {
          if (message.type === 'done') {
            inFlight[w]!--;
            done += message.sources;
            onProgress?.(done, total);
            if (!settled) feed(w); // the listener may have aborted
          } else if (message.type === 'partials') {
            partials.push(message.partials);
            if (partials.length === pool.length) settle(() => resolve(partials));
          } else {
            settle(() => reject(new WorkerFailure(message.message)));
          }
        },
        fail: (error) => settle(() => reject(error)),
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        for (const port of pool) {
          const graphs = prepared.engines.map(toPayload);
          const { weighted } = prepared;
          port.post({ type: 'start', job, weighted, graphs }, payloadTransfer(graphs));
        }
        pool.forEach((_, w) => feed(w));
      } catch (error) {
        settle(() => reject(new WorkerFailure(String(error))));
      }
    });
  }

  async function analyzeLarge(
    prepared: PreparedAnalysis,
    onProgress: ProgressListener | undefined,
    signal: AbortSignal | undefined,
  ): Promise<AnalysisResult> {
    const actors = prepared.graph.n;
    const pool = workers();
    if (pool) {
      try {
        const partials = await runOnWorkers(prepared, pool, onProgress, signal);
        lastRun = { route: 'workers', workers: pool.length, actors };
        return finishAnalysis(prepared, partials);
      } catch (error) {
        if (!(error instanceof WorkerFailure)) throw error;
        fallBack(`an analysis worker failed (${error.message})`);
      }
    }
    const partials = await runInline(prepared, onProgress, signal, { yieldNow, chunkWork });
    lastRun = { route: 'main-thread-chunked', workers: 0, actors };
    return finishAnalysis(prepared, partials);
  }

  return {
    get lastRun() {
      return lastRun;
    },
    async analyze(request: AnalysisRequest, onProgress?: ProgressListener, signal?: AbortSignal) {
      signal?.throwIfAborted();
      const actors = request.map.actors.length;
      if (actors < threshold) {
        const result = await mainThreadService.analyze(request, onProgress, signal);
        lastRun = { route: 'main-thread', workers: 0, actors };
        return result;
      }
      const prepared = prepareAnalysis(request.map, request.options);
      if (!prepared.ok) return prepared;
      return analyzeLarge(prepared.prepared, onProgress, signal);
    },
    dispose() {
      if (ports) for (const port of ports) port.terminate();
      ports = null;
      const stopped = [...listeners.values()];
      listeners.clear();
      const reason = new DOMException('The analysis service was disposed', 'AbortError');
      for (const listener of stopped) listener.fail(reason);
    },
  };
}
