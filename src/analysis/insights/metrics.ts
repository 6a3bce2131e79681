/** The metrics that have a short name and a one-line explanation for a school team. */
import type { MessageKey } from '../../i18n/catalog';

export const METRIC_IDS = [
  'degree',
  'degreeNormalized',
  'inDegree',
  'outDegree',
  'weightedDegree',
  'betweenness',
  'closeness',
  'harmonic',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'density',
  'components',
  'cutPoint',
  'bridge',
  'isolate',
  'coreActor',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The message keys of a metric's short name and its explanation. */
export function metricMessages(id: MetricId): {
  readonly name: MessageKey;
  readonly explain: MessageKey;
} {
  return { name: `metric.${id}.name`, explain: `metric.${id}.explain` };
}
