/**
 * What an analysis worker does with each message, without the worker around it (so tests can
 * drive it in Node). Jobs are independent: a cancelled or unknown job's chunks are skipped.
 */
import { createChunkRunner, type ChunkRunner } from './chunkRunner';
import { partialsTransfer, type FromWorker, type ToWorker } from './protocol';

export interface WorkerReply {
  readonly message: FromWorker;
  readonly transfer: ArrayBuffer[];
}

export type WorkerHandler = (message: ToWorker) => WorkerReply | null;

export function createWorkerHandler(): WorkerHandler {
  const jobs = new Map<number, ChunkRunner>();
  return (message) => {
    const { job } = message;
    try {
      switch (message.type) {
        case 'start':
          jobs.set(job, createChunkRunner(message.graphs, message.weighted));
          return null;
        case 'run': {
          const runner = jobs.get(job);
          if (!runner) return null; // cancelled meanwhile
          const sources = runner.run(message);
          return { message: { type: 'done', job, sources }, transfer: [] };
        }
        case 'collect': {
          const runner = jobs.get(job);
          jobs.delete(job);
          if (!runner) return fail(job, 'collect for a job this worker does not have');
          const { partials } = runner;
          return {
            message: { type: 'partials', job, partials },
            transfer: partialsTransfer(partials),
          };
        }
        case 'cancel':
          jobs.delete(job);
          return null;
      }
    } catch (error) {
      jobs.delete(job);
      return fail(job, error instanceof Error ? error.message : String(error));
    }
  };
}

function fail(job: number, message: string): WorkerReply {
  return { message: { type: 'failed', job, message }, transfer: [] };
}
