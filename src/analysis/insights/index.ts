/**
 * What a map means for the school team, on top of analyzeMap (issue 4): dependencies, gaps,
 * core actors and insights in plain language. Pure: no DOM, no store, no React.
 */
export { dependentsOf, reachableOnlyThrough, type OnlyThrough } from './dependents';
export {
  gapsOf,
  GROUP_MIN_TIES,
  ONE_PERSON_MIN_TIES,
  ONE_PERSON_SHARE,
  THIN_SHARE,
  YEARLY_LEVEL,
  type DimensionGap,
  type Gaps,
  type OnePersonShare,
  type YearlyContact,
} from './gaps';
export {
  CORE_MAX,
  CORE_METRICS,
  CORE_MIN_ACTORS,
  coreActors,
  rankActors,
  type CoreMetric,
  type MetricRank,
  type RankedActor,
} from './coreActors';
export { insightsFor, ISOLATES_ONE_BY_ONE } from './insights';
export { CODEBOOK_PARAMS, formatInsight, localizeParams } from './format';
export { METRIC_IDS, metricMessages, type MetricId } from './metrics';
export {
  INSIGHT_KINDS,
  INSIGHT_SEVERITIES,
  type Insight,
  type InsightKind,
  type InsightParams,
  type InsightSeverity,
} from './types';
