import { expect } from 'vitest';
import type { AnalysisResult, MapAnalysis } from '../../src/analysis';
import { type PartnerMapDoc } from '../../src/model';
import type { FromWorker, ToWorker } from '../../src/workers/protocol';
import type { WorkerPort } from '../../src/workers/ports';
import { createWorkerHandler } from '../../src/workers/workerHandler';
import { loadSampleMap, type SampleName } from '../fixtures/samples';

export const SAMPLE_FILES = ['primary-school.partnermap.json', 'secondary-school.partnermap.json'];

/** `file` is a sample file name such as 'primary-school.partnermap.json'. */
export const loadSample = (file: string): PartnerMapDoc =>
  loadSampleMap(file.replace('.partnermap.json', '') as SampleName);

export function analysisOf(result: AnalysisResult): MapAnalysis {
  if (!result.ok) throw new Error(result.error);
  return result.analysis;
}

/**
 * Deep equality where numbers may differ by `tolerance` (relative above 1): partial sums
 * merged in another order round differently in the last bits.
 */
export function expectSameAnalysis(actual: unknown, expected: unknown, tolerance = 1e-9): void {
  const differences: string[] = [];
  compare(actual, expected, '', tolerance, differences);
  expect(differences.slice(0, 10)).toEqual([]);
}

function compare(a: unknown, b: unknown, path: string, tol: number, out: string[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Math.abs(a - b) > tol * Math.max(1, Math.abs(b))) out.push(`${path}: ${a} ≠ ${b}`);
    return;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (!Object.is(a, b)) out.push(`${path}: ${String(a)} ≠ ${String(b)}`);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(`${path}: array vs object`);
    return;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.join('\u0000') !== keysB.join('\u0000')) {
    out.push(`${path}: keys ${keysA.length} vs ${keysB.length}`);
    return;
  }
  for (const key of keysA) {
    const next = `${path}.${key}`;
    compare(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      next,
      tol,
      out,
    );
  }
}

export interface FakeWorker extends WorkerPort {
  readonly received: ToWorker[];
  /** Makes the worker fail as a crashed Web Worker does (its error event). */
  crash(reason: string): void;
  terminated: boolean;
}

/**
 * A worker that runs the real message handler in-process, asynchronously, with the structured
 * clone and transfer semantics of postMessage (a transferred buffer is detached on the sender).
 */
export function fakeWorker(options: { failOn?: (m: ToWorker) => boolean } = {}): FakeWorker {
  const handle = createWorkerHandler();
  let onMessage: ((m: FromWorker) => void) | null = null;
  let onError: ((reason: string) => void) | null = null;
  const worker: FakeWorker = {
    received: [],
    terminated: false,
    post(message, transfer) {
      const copy = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
      worker.received.push(copy);
      setTimeout(() => {
        if (worker.terminated) return;
        if (options.failOn?.(copy)) return onError?.('boom');
        const reply = handle(copy);
        if (!reply) return;
        const back = structuredClone(reply.message, { transfer: reply.transfer });
        onMessage?.(back);
      }, 0);
    },
    listen(message, error) {
      onMessage = message;
      onError = error;
    },
    terminate() {
      worker.terminated = true;
    },
    crash(reason) {
      onError?.(reason);
    },
  };
  return worker;
}
