/**
 * Matches values in a file to the codebook: by id, else by id or English / Dutch label
 * ignoring case, accents and extra spaces ("Universiteit" → university, reported as mapped).
 * A value that matches nothing is added to the map's own codebook (reported as added), under a
 * group "imported" where the vocabulary is grouped. Frequencies are ordinal: an added level
 * would claim a strength, so an unknown frequency is left to the caller (kept in the notes).
 */
import type { AttributeDef, Codebook, GroupedTerm, Term } from '../../codebook/types';
import type { ReportCollector } from '../report';

export type Vocabulary =
  | 'actorTypes'
  | 'internalRoles'
  | 'positions'
  | 'triangleRoles'
  | 'resources'
  | 'motives'
  | 'frequencies'
  | 'participantRoles';

export const IMPORTED_GROUP: Term = {
  id: 'imported',
  label: { en: 'Imported', nl: 'Geïmporteerd' },
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function normalizeName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function slug(text: string): string {
  return normalizeName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

export interface Match {
  readonly id: string;
  readonly exact: boolean;
}

export function matchTerm(terms: readonly Term[], raw: string): Match | null {
  const exact = terms.find((t) => t.id === raw);
  if (exact) return { id: exact.id, exact: true };
  const key = normalizeName(raw);
  if (key === '') return null;
  const found = terms.find(
    (t) =>
      normalizeName(t.id) === key ||
      normalizeName(t.label.en) === key ||
      normalizeName(t.label.nl) === key,
  );
  return found ? { id: found.id, exact: false } : null;
}

export class CodebookResolver {
  private readonly book: Mutable<{ [K in keyof Codebook]: Codebook[K][number][] }>;
  private readonly attributes: Map<string, Mutable<AttributeDef> & { values: Term[] }>;

  constructor(
    codebook: Codebook,
    private readonly report: ReportCollector,
  ) {
    this.book = {
      actorTypeGroups: [...codebook.actorTypeGroups],
      actorTypes: [...codebook.actorTypes],
      internalRoles: [...codebook.internalRoles],
      positions: [...codebook.positions],
      triangleRoles: [...codebook.triangleRoles],
      resources: [...codebook.resources],
      motiveDimensions: [...codebook.motiveDimensions],
      motives: [...codebook.motives],
      frequencies: [...codebook.frequencies],
      tieAttributes: [...codebook.tieAttributes],
      measurementMoments: [...codebook.measurementMoments],
      participantRoles: [...codebook.participantRoles],
    };
    this.attributes = new Map(
      codebook.tieAttributes.map((a) => [a.id, { ...a, values: [...a.values] }]),
    );
  }

  /** A match without side effects (no report, nothing added). */
  match(vocabulary: Vocabulary, raw: string): Match | null {
    const terms = this.book[vocabulary];
    const found = matchTerm(terms, raw.trim());
    if (found || vocabulary !== 'frequencies') return found;
    const level = Number(raw.trim());
    const byLevel = this.book.frequencies.find((f) => f.level === level);
    return byLevel ? { id: byLevel.id, exact: false } : null;
  }

  /** The id for `raw`, adding a term when needed; null for an empty value or a frequency. */
  resolve(vocabulary: Vocabulary, raw: string, field: string): string | null {
    const value = raw.trim();
    if (value === '') return null;
    const found = this.match(vocabulary, value);
    if (found) {
      if (!found.exact) this.report.add('value-mapped', { field, value, id: found.id });
      return found.id;
    }
    if (vocabulary === 'frequencies') return null;
    const id = uniqueId(value, this.book[vocabulary]);
    const term: Term = { id, label: { en: value, nl: value } };
    if (vocabulary === 'actorTypes') {
      this.ensureGroup(this.book.actorTypeGroups);
      this.book.actorTypes.push({ ...term, group: IMPORTED_GROUP.id } satisfies GroupedTerm);
    } else if (vocabulary === 'motives') {
      this.ensureGroup(this.book.motiveDimensions);
      this.book.motives.push({ ...term, group: IMPORTED_GROUP.id } satisfies GroupedTerm);
    } else {
      (this.book[vocabulary] as Term[]).push(term);
    }
    this.report.add('value-added', { field, value, id });
    return id;
  }

  frequencyLevel(id: string): number | null {
    return this.book.frequencies.find((f) => f.id === id)?.level ?? null;
  }

  hasAttribute(attributeId: string): boolean {
    return this.attributes.has(attributeId);
  }

  isMultiple(attributeId: string): boolean {
    return this.attributes.get(attributeId)?.multiple ?? false;
  }

  /** The value id of a coded tie attribute that exists (hasAttribute), adding it if unknown. */
  resolveAttributeValue(attributeId: string, raw: string, field: string): string | null {
    const def = this.attributes.get(attributeId);
    const value = raw.trim();
    if (!def || value === '') return null;
    const found = matchTerm(def.values, value);
    if (found) {
      if (!found.exact) this.report.add('value-mapped', { field, value, id: found.id });
      return found.id;
    }
    const id = uniqueId(value, def.values);
    def.values.push({ id, label: { en: value, nl: value } });
    this.report.add('value-added', { field, value, id });
    return id;
  }

  codebook(): Codebook {
    return {
      ...this.book,
      tieAttributes: this.book.tieAttributes.map((a) => this.attributes.get(a.id) ?? a),
    };
  }

  private ensureGroup(groups: Term[]): void {
    if (!groups.some((g) => g.id === IMPORTED_GROUP.id)) groups.push(IMPORTED_GROUP);
  }
}

function uniqueId(value: string, terms: readonly Term[]): string {
  const base = slug(value) || 'imported';
  const taken = new Set(terms.map((t) => t.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
