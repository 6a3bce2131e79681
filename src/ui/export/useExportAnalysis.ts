import { useContext, useEffect, useState } from 'react';
import type { MapAnalysis } from '../../analysis';
import type { PartnerMapDoc } from '../../model';
import { deriveFindings, type Findings } from '../analysis/findings';
import { AnalysisServiceContext } from '../analysis/useAnalysis';

export type ExportAnalysis =
  | { readonly status: 'computing' }
  | { readonly status: 'error'; readonly error: string }
  | ({ readonly status: 'ready'; readonly analysis: MapAnalysis } & Findings);

/**
 * The analysis an export needs (the caption's figures, sizes by metric, the PDF's table and
 * insights), computed by the app's analysis service (a worker pool for large maps) for the map
 * as it is now. Without the motive layers: no export shows them.
 */
export function useExportAnalysis(map: PartnerMapDoc, weighted: boolean): ExportAnalysis {
  const service = useContext(AnalysisServiceContext);
  const [state, setState] = useState<{
    readonly map: PartnerMapDoc;
    readonly weighted: boolean;
    readonly value: ExportAnalysis;
  } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    service
      .analyze({ map, options: { weighted, layers: false } }, undefined, controller.signal)
      .then((result) => {
        if (controller.signal.aborted) return;
        const value: ExportAnalysis = result.ok
          ? { status: 'ready', analysis: result.analysis, ...deriveFindings(map, result.analysis) }
          : { status: 'error', error: result.error };
        setState({ map, weighted, value });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ map, weighted, value: { status: 'error', error: String(error) } });
      });
    return () => controller.abort();
  }, [service, map, weighted]);

  return state && state.map === map && state.weighted === weighted
    ? state.value
    : { status: 'computing' };
}
