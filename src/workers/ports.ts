/**
 * A worker as the pool sees it: post a message, listen, terminate. The browser's Worker is
 * adapted below; tests plug in workers that run the same handler in-process.
 */
import type { FromWorker, ToWorker } from './protocol';

export interface WorkerPort {
  post(message: ToWorker, transfer: Transferable[]): void;
  /** `onError` fires when the worker cannot load, throws, or a message cannot be read. */
  listen(onMessage: (message: FromWorker) => void, onError: (reason: string) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerPort;

/** Whether this environment can start module workers at all. */
export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

/** A real Web Worker running analysis.worker.ts (Vite bundles it from this exact expression). */
export function createBrowserWorker(): WorkerPort {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onMessage, onError) {
      worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onError(event.message || 'the analysis worker could not start or crashed');
      };
      worker.onmessageerror = () => onError('a message from the analysis worker was unreadable');
    },
    terminate: () => worker.terminate(),
  };
}

/** navigator.hardwareConcurrency − 1 workers (the main thread keeps a core), 1 to 4. */
export function defaultPoolSize(): number {
  const cores = typeof navigator !== 'undefined' ? (navigator.hardwareConcurrency ?? 2) : 2;
  return Math.min(4, Math.max(1, cores - 1));
}
