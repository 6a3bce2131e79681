import { termLabel, type Codebook, type Locale, type Term } from '../../codebook';
import type { ActorKind } from '../../model';
import type { ComboGroup, ComboOption } from '../common/filterOptions';

const OTHER: Readonly<Record<Locale, Locale>> = { en: 'nl', nl: 'en' };

/** The other language's label as a hint, so "CLB" and "Pupil-guidance centre" both find it. */
function option(term: Term, locale: Locale, group?: string): ComboOption {
  const label = termLabel(term, locale);
  const other = term.label[OTHER[locale]];
  const hint = other && other !== label ? other : undefined;
  return { id: term.id, label, ...(group ? { group } : {}), ...(hint ? { hint } : {}) };
}

export interface TypeChoices {
  readonly options: readonly ComboOption[];
  readonly groups: readonly ComboGroup[];
}

/**
 * What an actor of `kind` can be typed as: grouped actor types for partners, internal roles for
 * the school's own people. A current value the codebook lacks stays listed (never silently lost).
 */
export function typeChoices(
  codebook: Codebook,
  kind: ActorKind,
  locale: Locale,
  current: string | null = null,
): TypeChoices {
  if (kind === 'ego') return { options: [], groups: [] };
  const options =
    kind === 'internal'
      ? codebook.internalRoles.map((r) => option(r, locale))
      : codebook.actorTypes.map((a) => option(a, locale, a.group));
  const groups =
    kind === 'internal'
      ? []
      : codebook.actorTypeGroups.map((g) => ({ id: g.id, label: termLabel(g, locale) }));
  if (current !== null && !options.some((o) => o.id === current)) {
    return { options: [...options, { id: current, label: current }], groups };
  }
  return { options, groups };
}

/** The label of an actor's type (or internal role) in `locale`, '' when it has none. */
export function typeLabel(
  codebook: Codebook,
  kind: ActorKind,
  type: string | null,
  locale: Locale,
): string {
  if (type === null) return '';
  const terms = kind === 'internal' ? codebook.internalRoles : codebook.actorTypes;
  return termLabel(
    terms.find((x) => x.id === type),
    locale,
    type,
  );
}
