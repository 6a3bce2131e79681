import { newMapId, parseMap, type PartnerMapDoc } from '../model';

/** The sample maps of sample-maps/, bundled into the app so they work offline. */
const FILES = import.meta.glob<unknown>('../../sample-maps/*.partnermap.json', {
  eager: true,
  import: 'default',
});

/**
 * Fresh copies of the samples, each under a new id so that adding them again never overwrites
 * a sample the user has edited. Ordered by file name (primary before secondary).
 */
export function sampleMaps(now: string = new Date().toISOString()): PartnerMapDoc[] {
  return Object.keys(FILES)
    .sort()
    .map((path) => {
      const file = FILES[path] as { map?: unknown } | undefined;
      const parsed = parseMap(file?.map);
      if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
      return { ...parsed.map, id: newMapId(), createdAt: now, updatedAt: now };
    });
}
