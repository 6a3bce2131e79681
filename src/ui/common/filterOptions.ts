export interface ComboOption {
  readonly id: string;
  readonly label: string;
  /** Id of the group the option is listed under (see ComboGroup). */
  readonly group?: string;
  /** Secondary text shown under the label and searched too (e.g. the Dutch term, a description). */
  readonly hint?: string;
}

export interface ComboGroup {
  readonly id: string;
  readonly label: string;
}

/**
 * Lower case without accents or brackets: "CLB" finds "clb", "leerlingenoriëntatie" finds
 * "orientatie", "bovenlokaal" finds "(Boven)lokaal bestuur".
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[()]/g, '')
    .toLowerCase();

/**
 * Options matching every word of the query in their label, hint or group label; those whose
 * label starts with the query come first, the rest keep their order.
 */
export function filterOptions(
  options: readonly ComboOption[],
  query: string,
  groups: readonly ComboGroup[] = [],
): ComboOption[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const groupLabel = new Map(groups.map((g) => [g.id, g.label]));
  const folded = foldText(query.trim());
  const matches = options.filter((o) => {
    const haystack = foldText(`${o.label} ${o.hint ?? ''} ${groupLabel.get(o.group ?? '') ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
  const starts = matches.filter((o) => foldText(o.label).startsWith(folded));
  return [...starts, ...matches.filter((o) => !starts.includes(o))];
}

/** Options in group order (groups first as listed, ungrouped last), for display and arrows. */
export function orderByGroup(
  options: readonly ComboOption[],
  groups: readonly ComboGroup[],
): { group: ComboGroup | null; options: ComboOption[] }[] {
  if (groups.length === 0) return [{ group: null, options: [...options] }];
  const out = groups
    .map((group) => ({ group, options: options.filter((o) => o.group === group.id) }))
    .filter((g) => g.options.length > 0);
  const known = new Set(groups.map((g) => g.id));
  const rest = options.filter((o) => !o.group || !known.has(o.group));
  return rest.length ? [...out, { group: null, options: rest }] : out;
}
