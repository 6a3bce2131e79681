/**
 * Turning an insight into text. Insights carry codebook ids, not labels, so that one list serves
 * both languages and follows a map's own (renamed) codebook.
 */
import { findTerm, termLabel } from '../../codebook/helpers';
import type { Codebook, Locale, Term } from '../../codebook/types';
import { translate } from '../../i18n';
import type { Insight, InsightParams } from './types';

/**
 * The message parameters that hold codebook ids, and the vocabulary each comes from:
 * `group` is an actor type group id ('higher-education'), `dimension` a motive dimension id
 * ('growth'). Every other parameter is ready to show.
 */
export const CODEBOOK_PARAMS = {
  group: 'actorTypeGroups',
  dimension: 'motiveDimensions',
} as const satisfies Readonly<Record<string, keyof Codebook>>;

/** The parameters with codebook ids replaced by their labels in `locale`. */
export function localizeParams(
  params: InsightParams,
  codebook: Codebook,
  locale: Locale,
): InsightParams {
  const out: Record<string, string | number> = { ...params };
  for (const [name, vocabulary] of Object.entries(CODEBOOK_PARAMS)) {
    const id = params[name];
    if (typeof id !== 'string') continue;
    const terms: readonly Term[] = codebook[vocabulary];
    out[name] = termLabel(findTerm(terms, id), locale, id);
  }
  return out;
}

/** The insight as one sentence in `locale`. */
export function formatInsight(insight: Insight, codebook: Codebook, locale: Locale): string {
  const { key, params } = insight.message;
  return translate(locale, key, localizeParams(params, codebook, locale));
}
