/**
 * Plain records keyed by ids from the map or a file, built fast and safely: every id becomes an
 * own enumerable property, even "__proto__" (which a plain assignment `record[id] = value` on
 * a fresh object would turn into its prototype). Object.fromEntries is as safe but several
 * times slower for the many small records of an analysis.
 */

/** { [ids[i]]: valueAt(i) } for every i, in order. */
export function recordOf<T>(ids: readonly string[], valueAt: (i: number) => T): Record<string, T> {
  const record: Record<string, T> = {};
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id === '__proto__') {
      Object.defineProperty(record, id, {
        value: valueAt(i),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      record[id] = valueAt(i);
    }
  }
  return record;
}

/**
 * Makes records with the same keys: counts(at) is { [ids[i]]: counts[at + i] }. Each record is
 * a copy of one template (V8 copies such objects in one step), then filled in.
 */
export function countRecords(ids: readonly string[]) {
  const template = recordOf(ids, () => 0);
  return (counts: Int32Array, at: number): Record<string, number> => {
    const record = { ...template };
    // An own property (the template's) shadows Object.prototype's __proto__ setter.
    for (let i = 0; i < ids.length; i++) record[ids[i]!] = counts[at + i]!;
    return record;
  };
}
