/**
 * Core actors (kernactoren, domain.md §2a and §6): the actors where the relations of the map
 * cross. The rule, in plain words:
 *
 * 1. Every actor except the school itself is ranked three times: by number of ties (degree),
 *    by how often it lies on the shortest way between two others (betweenness) and by how
 *    close it is to everyone else (closeness). Rank 1 is the highest value. Actors with the same
 *    value share the best rank (1, 1, 3, …); values that differ by less than a billionth count
 *    as the same.
 * 2. The three ranks are added up. The lowest sum comes first; equal sums are ordered by name
 *    (alphabetically), then by id.
 * 3. The core actors are the first ⌈√n⌉ of that list, at most 5, where n is the number of
 *    actors besides the school. Actors without any tie are never core actors. A map with fewer
 *    than 3 actors besides the school has no core actors.
 *
 * The values are those of the analysis it is given (weighted or not). The rule does not depend
 * on the order of the actors in the map.
 */
import type { PartnerMapDoc } from '../../model/types';
import type { ActorMetrics, MapAnalysis } from '../types';
import { compareByLabel } from './mapView';

export const CORE_MAX = 5;
export const CORE_MIN_ACTORS = 3;
export const CORE_METRICS = ['degree', 'betweenness', 'closeness'] as const;
export type CoreMetric = (typeof CORE_METRICS)[number];

export interface MetricRank {
  readonly value: number;
  /** 1 = highest; equal values share the best rank. */
  readonly rank: number;
}

export interface RankedActor {
  readonly id: string;
  readonly label: string;
  readonly ranks: Readonly<Record<CoreMetric, MetricRank>>;
  readonly rankSum: number;
  /** Position in the combined ranking, 1-based. */
  readonly place: number;
  readonly core: boolean;
}

/** Every actor except the school, in the order of the rule (best first), marked core or not. */
export function rankActors(map: PartnerMapDoc, analysis: MapAnalysis): RankedActor[] {
  const school = new Set<string>(map.actors.filter((a) => a.kind === 'ego').map((a) => a.id));
  const metrics: ActorMetrics[] = [];
  for (const id of analysis.actorIds) {
    const m = analysis.actors[id];
    if (m && !school.has(id)) metrics.push(m);
  }
  const ranks = new Map(CORE_METRICS.map((metric) => [metric, rankBy(metrics, metric)]));
  const ranked = metrics
    .map((m) => {
      const own = Object.fromEntries(
        CORE_METRICS.map((metric) => [
          metric,
          { value: m[metric], rank: ranks.get(metric)!.get(m.id)! },
        ]),
      ) as Record<CoreMetric, MetricRank>;
      const rankSum = CORE_METRICS.reduce((sum, metric) => sum + own[metric].rank, 0);
      return { id: m.id, label: m.label, ranks: own, rankSum, degree: m.degree };
    })
    .sort((a, b) => a.rankSum - b.rankSum || compareByLabel(a, b));
  const quota =
    metrics.length < CORE_MIN_ACTORS ? 0 : Math.min(CORE_MAX, Math.ceil(Math.sqrt(metrics.length)));
  let taken = 0;
  return ranked.map(({ degree, ...actor }, i) => {
    const core = taken < quota && degree > 0;
    if (core) taken++;
    return { ...actor, place: i + 1, core };
  });
}

/** The core actors, best first (see the rule above). */
export function coreActors(map: PartnerMapDoc, analysis: MapAnalysis): RankedActor[] {
  return rankActors(map, analysis).filter((a) => a.core);
}

const SAME = 1e-9;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Competition ranking ("1224"), highest first; near-equal values share the best rank. */
function rankBy(metrics: readonly ActorMetrics[], metric: CoreMetric): Map<string, number> {
  const sorted = metrics
    .map((m) => ({ id: m.id, value: m[metric] }))
    .sort((a, b) => b.value - a.value);
  const ranks = new Map<string, number>();
  let rank = 1;
  sorted.forEach((entry, i) => {
    if (i > 0 && !same(entry.value, sorted[i - 1]!.value)) rank = i + 1;
    ranks.set(entry.id, rank);
  });
  return ranks;
}
