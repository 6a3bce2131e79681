/**
 * The analysis worker: runs chunks of shortest-path sources for the pool (pool.ts). Imports
 * only the pure analysis code, no DOM. Built by Vite from
 * `new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' })`.
 */
import type { ToWorker } from './protocol';
import { createWorkerHandler } from './workerHandler';

/** The part of DedicatedWorkerGlobalScope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const handle = createWorkerHandler();

scope.onmessage = (event) => {
  const reply = handle(event.data);
  if (reply) scope.postMessage(reply.message, reply.transfer);
};
