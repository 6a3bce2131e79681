/** The shape of a codebook: every vocabulary value has a stable id (what files store) and en + nl labels. */
export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Readonly<Record<Locale, string>>;

export interface Term {
  readonly id: string;
  readonly label: LocalizedText;
  /** Longer wording (e.g. the verbatim motive text) shown on hover or in help. */
  readonly description?: LocalizedText;
}

/** A term that belongs to a group: actor types to type groups, motives to dimensions. */
export interface GroupedTerm extends Term {
  readonly group: string;
}

/** Contact frequency: ordinal, `level` 1 (yearly) … 5 (weekly); doubles as tie strength. */
export interface FrequencyTerm extends Term {
  readonly level: number;
}

/** The 5W1H question an attribute answers, plus tie qualities (domain.md §4, §5a). */
export const ATTRIBUTE_QUESTIONS = ['where', 'when', 'how', 'who', 'what', 'quality'] as const;
export type AttributeQuestion = (typeof ATTRIBUTE_QUESTIONS)[number];

/** A coded tie attribute (domain.md §4): a vocabulary of values, single or multi-select. */
export interface AttributeDef extends Term {
  readonly question: AttributeQuestion;
  readonly multiple: boolean;
  readonly values: readonly Term[];
}

export interface Codebook {
  readonly actorTypeGroups: readonly Term[];
  readonly actorTypes: readonly GroupedTerm[];
  readonly internalRoles: readonly Term[];
  readonly positions: readonly Term[];
  readonly triangleRoles: readonly Term[];
  readonly resources: readonly Term[];
  readonly motiveDimensions: readonly Term[];
  readonly motives: readonly GroupedTerm[];
  readonly frequencies: readonly FrequencyTerm[];
  readonly tieAttributes: readonly AttributeDef[];
  readonly measurementMoments: readonly Term[];
  readonly participantRoles: readonly Term[];
}

export type VocabularyName = keyof Codebook;
