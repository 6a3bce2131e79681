/**
 * Undo/redo as a stack of whole documents (maps are small; design.md §1).
 * Pure: every function returns a new History and never mutates its input.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** Issue 3 asks for at least 100 steps; a little headroom costs nothing. */
export const HISTORY_LIMIT = 200;

export const startHistory = <T>(present: T): History<T> => ({ present, past: [], future: [] });

/** Records `next` as a new step; a step that changes nothing is not recorded. */
export function record<T>(h: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
  if (next === h.present) return h;
  const past = [...h.past, h.present];
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    future: [],
  };
}

/** Replaces the present without a step (e.g. a save timestamp, a selection). */
export const replacePresent = <T>(h: History<T>, next: T): History<T> =>
  next === h.present ? h : { ...h, present: next };

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] };
}

export function redo<T>(h: History<T>): History<T> {
  const [next, ...rest] = h.future;
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: rest };
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
