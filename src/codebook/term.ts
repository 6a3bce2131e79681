/** Small constructors that keep the vocabulary files readable: one value per line. */
import type { FrequencyTerm, GroupedTerm, LocalizedText, Term } from './types';

export function text(en: string, nl: string): LocalizedText {
  return { en, nl };
}

export function term(id: string, en: string, nl: string, description?: LocalizedText): Term {
  return description ? { id, label: text(en, nl), description } : { id, label: text(en, nl) };
}

export function grouped(
  group: string,
  id: string,
  en: string,
  nl: string,
  description?: LocalizedText,
): GroupedTerm {
  return { ...term(id, en, nl, description), group };
}

export function frequency(level: number, id: string, en: string, nl: string): FrequencyTerm {
  return { ...term(id, en, nl), level };
}
