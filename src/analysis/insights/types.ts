import type { MessageKey } from '../../i18n/catalog';

/** Most urgent first: the order insights are listed in. */
export const INSIGHT_SEVERITIES = ['warning', 'attention', 'info'] as const;
export type InsightSeverity = (typeof INSIGHT_SEVERITIES)[number];

/** In the order insights of the same severity are listed in. */
export const INSIGHT_KINDS = [
  'dependency',
  'one-person',
  'island',
  'isolate',
  'gap-type',
  'gap-dimension',
  'yearly-only',
  'core',
  'incomplete',
] as const;
export type InsightKind = (typeof INSIGHT_KINDS)[number];

/**
 * Message parameters. Actor labels are given as text (`actor`, `via`, `other`, `names`) next to
 * their ids (`actorId`, `viaId`); numbers as numbers. Two parameters hold codebook ids that the
 * UI turns into labels in the reader's language (formatInsight does this): see CODEBOOK_PARAMS.
 */
export type InsightParams = Readonly<Record<string, string | number>>;

export interface Insight {
  /** Stable while the finding stays, e.g. 'only-through:a-clb' or 'gap-type:international'. */
  readonly id: string;
  readonly kind: InsightKind;
  readonly severity: InsightSeverity;
  /** The actors it concerns, for highlighting; the main one first. */
  readonly actors: readonly string[];
  /** The ties it concerns, where there are any. */
  readonly ties?: readonly string[];
  readonly message: { readonly key: MessageKey; readonly params: InsightParams };
}
