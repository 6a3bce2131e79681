import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { mainThreadService, type AnalysisService, type MapAnalysis } from '../../analysis';
import type { PartnerMapDoc } from '../../model';
import { useMap, useView } from '../editorContext';
import { deriveFindings, NO_FINDINGS, type Findings } from './findings';

/** Quiet time after the last edit before the analysis runs again. */
export const ANALYSIS_DEBOUNCE_MS = 150;

/**
 * The service that computes analyses: the main thread by default. The app can provide a worker
 * pool (src/workers) with `<AnalysisServiceContext.Provider value={pool}>`.
 */
export const AnalysisServiceContext = createContext<AnalysisService>(mainThreadService);

export type AnalysisStatus = 'idle' | 'computing' | 'ready' | 'error';

export interface AnalysisProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnalysisState extends Findings {
  readonly status: AnalysisStatus;
  /** The latest analysis; while a newer one computes, the previous one of the same map. */
  readonly analysis: MapAnalysis | null;
  readonly progress: AnalysisProgress | null;
  /** The engine's reason when the analysis failed. */
  readonly error: string | null;
  /** Whether shortest paths are weighted by contact frequency. */
  readonly weighted: boolean;
}

export const IDLE_ANALYSIS: AnalysisState = {
  status: 'idle',
  analysis: null,
  ...NO_FINDINGS,
  progress: null,
  error: null,
  weighted: false,
};

/** What the analysis depends on: not positions, title or notes (a drag must not recompute). */
function sameInput(a: PartnerMapDoc, b: PartnerMapDoc): boolean {
  return a.id === b.id && a.actors === b.actors && a.ties === b.ties && a.codebook === b.codebook;
}

/** The open map, kept as the same object while nothing the analysis reads has changed. */
function useAnalysisInput(map: PartnerMapDoc | null): PartnerMapDoc | null {
  const [kept, setKept] = useState(map);
  const changed = map !== kept && (!map || !kept || !sameInput(map, kept));
  if (changed) setKept(map);
  return changed ? map : kept;
}

interface Computed extends Omit<AnalysisState, 'status'> {
  readonly status: Exclude<AnalysisStatus, 'idle'>;
  readonly input: PartnerMapDoc;
}

const isAbort = (error: unknown): boolean =>
  error instanceof DOMException && error.name === 'AbortError';

/**
 * The analysis of the open map, recomputed after each edit: debounced, the previous request
 * aborted, computed by the service (off the render path). Idle while `enabled` is false.
 */
export function useAnalysis({
  enabled = true,
}: { readonly enabled?: boolean } = {}): AnalysisState {
  const map = useMap();
  const { analysisWeighted: weighted } = useView();
  const service = useContext(AnalysisServiceContext);
  const input = useAnalysisInput(map);
  const [computed, setComputed] = useState<Computed | null>(null);

  useEffect(() => {
    if (!enabled || !input) return;
    const controller = new AbortController();
    const { signal } = controller;
    const timer = setTimeout(() => {
      const update = (patch: Partial<Computed>) => {
        if (signal.aborted) return;
        setComputed((c) => ({
          ...(c && c.input.id === input.id ? c : base(input, weighted)),
          ...patch,
        }));
      };
      update({ status: 'computing', input, weighted, progress: null });
      // Nothing here shows the motive layers' centralities: skipping them halves the work.
      service
        .analyze(
          { map: input, options: { weighted, layers: false } },
          (done, total) => update({ progress: { done, total } }),
          signal,
        )
        .then((result) => {
          if (!result.ok) {
            update({ status: 'error', analysis: null, ...NO_FINDINGS, error: result.error });
            return;
          }
          const findings = deriveFindings(input, result.analysis);
          update({ status: 'ready', analysis: result.analysis, ...findings, error: null });
        })
        .catch((error: unknown) => {
          if (signal.aborted || isAbort(error)) return;
          const reason = error instanceof Error ? error.message : String(error);
          update({ status: 'error', analysis: null, ...NO_FINDINGS, error: reason });
        });
    }, ANALYSIS_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enabled, input, weighted, service]);

  // One object per change, so that consumers re-render only when something changed.
  return useMemo((): AnalysisState => {
    if (!enabled || !input) return { ...IDLE_ANALYSIS, weighted };
    if (!computed || computed.input.id !== input.id) {
      return { ...IDLE_ANALYSIS, status: 'computing', weighted };
    }
    const { input: computedFor, ...state } = computed;
    // An edit is waiting for its analysis: keep showing the last one, marked as updating.
    const current = computedFor === input && computed.weighted === weighted;
    return current ? state : { ...state, status: 'computing', progress: null };
  }, [enabled, input, computed, weighted]);
}

function base(input: PartnerMapDoc, weighted: boolean): Computed {
  return { ...IDLE_ANALYSIS, status: 'computing', input, weighted };
}
