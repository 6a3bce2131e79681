import type { PartnerMapDoc } from './types';

/** Every change to a map is a pure producer: (args) => (map) => map. */
export type Producer = (map: PartnerMapDoc) => PartnerMapDoc;

/** Applies producers left to right (one user gesture may be several producers). */
export const compose =
  (...producers: readonly Producer[]): Producer =>
  (map) =>
    producers.reduce((m, p) => p(m), map);
