import type { EdgeListInput } from '../../analysis/graph';

/** What a reader of a graph file gives: an edge list for the analysis, or why not. */
export type EdgeListRead =
  | {
      readonly ok: true;
      readonly graph: EdgeListInput;
      /** Things the user may want to know (encoding fallback, ignored columns, …). */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly error: string };
