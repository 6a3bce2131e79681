/** Small read-only helpers over a codebook. None of them hides a value the codebook lacks. */
import type { Codebook, GroupedTerm, Locale, Term } from './types';

/** The label in `locale`, else English, else the id; an unknown term shows `fallbackId`. */
export function termLabel(term: Term | undefined, locale: Locale, fallbackId?: string): string {
  if (!term) return fallbackId ?? '';
  return term.label[locale] || term.label.en || term.id;
}

export function findTerm<T extends Term>(
  terms: readonly T[],
  id: string | null | undefined,
): T | undefined {
  return id == null ? undefined : terms.find((t) => t.id === id);
}

export interface TermGroup<T extends Term> {
  readonly group: Term;
  readonly terms: readonly T[];
}

/**
 * Terms bucketed by group, in the groups' order. Terms whose group is unknown (an edited or
 * damaged codebook) are kept in trailing buckets labelled by the group id, so they stay visible.
 */
export function groupTerms<T extends GroupedTerm>(
  groups: readonly Term[],
  terms: readonly T[],
): readonly TermGroup<T>[] {
  const buckets = new Map<string, { group: Term; terms: T[] }>();
  for (const group of groups) buckets.set(group.id, { group, terms: [] });
  for (const t of terms) {
    let bucket = buckets.get(t.group);
    if (!bucket) {
      bucket = { group: { id: t.group, label: { en: t.group, nl: t.group } }, terms: [] };
      buckets.set(t.group, bucket);
    }
    bucket.terms.push(t);
  }
  return [...buckets.values()];
}

export function motivesByDimension(codebook: Codebook): readonly TermGroup<GroupedTerm>[] {
  return groupTerms(codebook.motiveDimensions, codebook.motives);
}

export function actorTypesByGroup(codebook: Codebook): readonly TermGroup<GroupedTerm>[] {
  return groupTerms(codebook.actorTypeGroups, codebook.actorTypes);
}

/** The ordinal level (1 = yearly … 5 = weekly) of a frequency id, or null if unknown or unset. */
export function frequencyLevel(codebook: Codebook, id: string | null | undefined): number | null {
  return findTerm(codebook.frequencies, id)?.level ?? null;
}
