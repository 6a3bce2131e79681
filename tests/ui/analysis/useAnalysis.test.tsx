// @vitest-environment happy-dom
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  analyzeMap,
  type AnalysisRequest,
  type AnalysisResult,
  type AnalysisService,
  type ProgressListener,
} from '../../../src/analysis';
import { addActor, addTie, makeActor, makeTie, moveActors } from '../../../src/model';
import { patchView } from '../../../src/store';
import {
  ANALYSIS_DEBOUNCE_MS,
  AnalysisServiceContext,
  useAnalysis,
  type AnalysisState,
} from '../../../src/ui/analysis/useAnalysis';
import { CLB, SCHOOL, UNI } from '../../model/fixtures';
import { renderEditor } from '../render';

interface Call {
  readonly request: AnalysisRequest;
  readonly signal: AbortSignal;
  readonly progress?: ProgressListener;
  resolve(result: AnalysisResult): void;
}

/** A service whose answers the test gives by hand. */
function manualService() {
  const calls: Call[] = [];
  const service: AnalysisService = {
    analyze(request, progress, signal) {
      return new Promise((resolve, reject) => {
        signal?.addEventListener('abort', () =>
          reject(new DOMException('superseded', 'AbortError')),
        );
        calls.push({ request, signal: signal!, progress, resolve });
      });
    },
    dispose() {},
  };
  /** Answers a call with the real analysis of its map. */
  const answer = (call: Call) => {
    const result = analyzeMap(call.request.map, call.request.options);
    return act(async () => call.resolve(result));
  };
  return { service, calls, answer };
}

function renderHook(service: AnalysisService, enabled = true) {
  const seen: { current: AnalysisState | null } = { current: null };
  function Probe() {
    seen.current = useAnalysis({ enabled });
    return null;
  }
  const rendered = renderEditor(
    <AnalysisServiceContext.Provider value={service}>
      <Probe />
    </AnalysisServiceContext.Provider>,
  );
  return { ...rendered, state: () => seen.current! };
}

const wait = (ms: number) => act(async () => void vi.advanceTimersByTime(ms));

describe('useAnalysis', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a quiet moment, then computes and reports ready', async () => {
    const { service, calls, answer } = manualService();
    const { state } = renderHook(service);
    expect(state().status).toBe('computing');
    await wait(ANALYSIS_DEBOUNCE_MS - 1);
    expect(calls).toHaveLength(0);
    await wait(1);
    expect(calls).toHaveLength(1);
    await answer(calls[0]!);
    expect(state().status).toBe('ready');
    expect(state().analysis!.map.actors).toBe(3);
    expect(state().insights.length).toBeGreaterThan(0);
    expect(state().core.map((c) => c.id)).toEqual([]); // fewer than 3 partners: no core actors
  });

  it('recomputes after an edit, debounced: rapid edits make one request', async () => {
    const { service, calls, answer } = manualService();
    const { state, store } = renderHook(service);
    await wait(ANALYSIS_DEBOUNCE_MS);
    await answer(calls[0]!);
    const ids = ['a-x1', 'a-x2', 'a-x3'];
    for (const id of ids) {
      act(() => store.apply(addActor(makeActor({ label: id, type: 'business' }, id as never))));
      await wait(50);
    }
    expect(calls).toHaveLength(1);
    // The previous figures stay on screen, marked as updating.
    expect(state().status).toBe('computing');
    expect(state().analysis!.map.actors).toBe(3);
    await wait(ANALYSIS_DEBOUNCE_MS);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.request.map.actors).toHaveLength(6);
    await answer(calls[1]!);
    expect(state().status).toBe('ready');
    expect(state().analysis!.map.actors).toBe(6);
    expect(state().analysis!.map.isolates).toEqual(ids);
  });

  it('aborts a running request when the map changes and ignores its late answer', async () => {
    const { service, calls, answer } = manualService();
    const { state, store } = renderHook(service);
    await wait(ANALYSIS_DEBOUNCE_MS);
    const first = calls[0]!;
    act(() => store.apply(addTie(makeTie(SCHOOL, UNI, {}))));
    expect(first.signal.aborted).toBe(true);
    await answer(first); // too late: ignored
    expect(state().status).toBe('computing');
    await wait(ANALYSIS_DEBOUNCE_MS);
    await answer(calls[1]!);
    expect(state().analysis!.map.ties).toBe(3);
  });

  it('does not recompute when actors only move', async () => {
    const { service, calls, answer } = manualService();
    const { state, store } = renderHook(service);
    await wait(ANALYSIS_DEBOUNCE_MS);
    await answer(calls[0]!);
    act(() => store.apply(moveActors({ [CLB]: { x: 10, y: 10 } })));
    await wait(ANALYSIS_DEBOUNCE_MS * 2);
    expect(calls).toHaveLength(1);
    expect(state().status).toBe('ready');
  });

  it('recomputes weighted when the switch changes, and reports progress', async () => {
    const { service, calls, answer } = manualService();
    const { state, view } = renderHook(service);
    await wait(ANALYSIS_DEBOUNCE_MS);
    await answer(calls[0]!);
    act(() => view.setState(patchView({ analysisWeighted: true })));
    await wait(ANALYSIS_DEBOUNCE_MS);
    expect(calls[1]!.request.options.weighted).toBe(true);
    act(() => calls[1]!.progress!(1, 3));
    expect(state().progress).toEqual({ done: 1, total: 3 });
    await answer(calls[1]!);
    expect(state()).toMatchObject({
      status: 'ready',
      weighted: true,
      progress: { done: 1, total: 3 },
    });
    expect(state().analysis!.weighted).toBe(true);
  });

  it('reports a failed analysis as an error', async () => {
    const { service, calls } = manualService();
    const { state } = renderHook(service);
    await wait(ANALYSIS_DEBOUNCE_MS);
    await act(async () =>
      calls[0]!.resolve({ ok: false, error: 'Tie "t" connects "a" to itself.' }),
    );
    expect(state()).toMatchObject({
      status: 'error',
      analysis: null,
      error: 'Tie "t" connects "a" to itself.',
    });
  });

  it('stays idle and asks nothing while disabled', async () => {
    const { service, calls } = manualService();
    const { state } = renderHook(service, false);
    await wait(ANALYSIS_DEBOUNCE_MS * 3);
    expect(calls).toHaveLength(0);
    expect(state().status).toBe('idle');
  });
});
