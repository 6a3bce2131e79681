import type { Producer, TieId } from '../../model';

/**
 * Reverses a directed tie (source ↔ target). updateTie cannot do it: its patch type leaves the
 * endpoints out on purpose. Candidate for src/model/ties.ts.
 */
export const swapTieEnds =
  (id: TieId): Producer =>
  (map) => {
    if (!map.ties.some((t) => t.id === id)) return map;
    return {
      ...map,
      ties: map.ties.map((t) => (t.id === id ? { ...t, source: t.target, target: t.source } : t)),
    };
  };
