/**
 * Insights: the gaps, dependencies and core actors of a map as short messages a school team can
 * act on, each linked to the actors (and ties) it concerns. Severity:
 * - warning: partners the school reaches only through one partner; one internal actor carrying
 *   at least 40 % of the school's ties with partners;
 * - attention: partners reached only through one of the school's own teams or people; islands;
 *   isolated actors; missing type groups; missing or thin motive dimensions on the whole map;
 *   yearly-only contact;
 * - info: core actors; missing or thin motive dimensions per type group; data still to complete.
 * Ordered by severity, then kind (INSIGHT_KINDS), then the first actor's label and id; insights
 * without actors (gaps) keep codebook order. Nothing depends on the order of actors in the map.
 */
import type { MessageKey } from '../../i18n/catalog';
import type { Actor, PartnerMapDoc } from '../../model/types';
import type { MapAnalysis } from '../types';
import { coreActors } from './coreActors';
import { gapsOf, type DimensionGap, type Gaps } from './gaps';
import { compareByLabel, compareText, sortIdsByLabel } from './mapView';
import {
  INSIGHT_KINDS,
  INSIGHT_SEVERITIES,
  type Insight,
  type InsightKind,
  type InsightParams,
  type InsightSeverity,
} from './types';

/** Isolated actors are listed one by one up to this many, then as one insight. */
export const ISOLATES_ONE_BY_ONE = 3;
const NAMES_SHOWN = 5;

function insight(
  id: string,
  kind: InsightKind,
  severity: InsightSeverity,
  actors: readonly string[],
  key: MessageKey,
  params: InsightParams,
  ties: readonly string[] = [],
): Insight {
  return {
    id,
    kind,
    severity,
    actors,
    ...(ties.length > 0 ? { ties } : {}),
    message: { key, params },
  };
}

export function insightsFor(map: PartnerMapDoc, analysis: MapAnalysis): Insight[] {
  const byId = new Map<string, Actor>(map.actors.map((a) => [a.id, a]));
  const label = (id: string) => byId.get(id)?.label ?? id;
  const gaps = gapsOf(map, analysis);
  const all = [
    ...dependencyInsights(map, gaps, byId, label),
    ...gaps.onePerson.map((p) =>
      insight(
        `one-person:${p.actor}`,
        'one-person',
        'warning',
        [p.actor, ...sortIdsByLabel(map, p.partners)],
        'insight.onePerson',
        {
          actor: label(p.actor),
          actorId: p.actor,
          count: p.count,
          total: p.total,
          percent: percent(p.share),
        },
        p.ties,
      ),
    ),
    ...isolateInsights(map, gaps, label),
    ...gaps.missingGroups.map((group) =>
      insight(`gap-type:${group}`, 'gap-type', 'attention', [], 'insight.gapType', { group }),
    ),
    ...gaps.dimensions.map((gap) => dimensionInsight(map, gap)),
    ...gaps.yearly.map((y) =>
      insight(
        `yearly-only:${y.actor}`,
        'yearly-only',
        'attention',
        [y.actor],
        y.scope === 'all' ? 'insight.yearlyOnly' : 'insight.yearlySchool',
        { actor: label(y.actor), actorId: y.actor },
        y.ties,
      ),
    ),
    ...coreActors(map, analysis).map((core) => {
      // Betweenness 0 (nobody lies between others) is no reason to mention.
      const key = core.ranks.betweenness.value > 0 ? 'insight.core' : 'insight.core.noBroker';
      return insight(`core:${core.id}`, 'core', 'info', [core.id], key, {
        actor: core.label,
        actorId: core.id,
        degree: core.ranks.degree.value,
        degreeRank: core.ranks.degree.rank,
        betweennessRank: core.ranks.betweenness.rank,
        closenessRank: core.ranks.closeness.rank,
      });
    }),
    ...incompleteInsights(map, gaps),
  ];
  return all.sort((a, b) => compareInsights(a, b, byId));
}

function dependencyInsights(
  map: PartnerMapDoc,
  gaps: Gaps,
  byId: ReadonlyMap<string, Actor>,
  label: (id: string) => string,
): Insight[] {
  const fromCutPoints = gaps.onlyThrough.map(({ via, actors }) => {
    const [first = '', ...rest] = sortIdsByLabel(map, actors);
    const key: MessageKey =
      rest.length === 0
        ? 'insight.onlyThrough.one'
        : rest.length === 1
          ? 'insight.onlyThrough.two'
          : 'insight.onlyThrough.many';
    // One of the school's own teams is a softer dependency than an outside partner.
    const severity = byId.get(via)?.kind === 'internal' ? 'attention' : 'warning';
    return insight(`only-through:${via}`, 'dependency', severity, [via, first, ...rest], key, {
      via: label(via),
      viaId: via,
      actor: label(first),
      actorId: first,
      others: rest.length,
    });
  });
  const islands = gaps.islands.map((island) => {
    const [first = '', ...rest] = sortIdsByLabel(map, island);
    const key = rest.length === 1 ? 'insight.island.two' : 'insight.island.many';
    const id = `island:${[...island].sort(compareText)[0]}`;
    return insight(id, 'island', 'attention', [first, ...rest], key, {
      actor: label(first),
      actorId: first,
      other: label(rest[0] ?? ''),
      others: rest.length,
    });
  });
  return [...fromCutPoints, ...islands];
}

function isolateInsights(map: PartnerMapDoc, gaps: Gaps, label: (id: string) => string): Insight[] {
  const isolates = sortIdsByLabel(map, gaps.isolates);
  if (isolates.length <= ISOLATES_ONE_BY_ONE) {
    return isolates.map((id) =>
      insight(`isolate:${id}`, 'isolate', 'attention', [id], 'insight.isolate', {
        actor: label(id),
        actorId: id,
      }),
    );
  }
  const names = isolates.slice(0, NAMES_SHOWN).map(label).join(', ');
  return [
    insight('isolates', 'isolate', 'attention', isolates, 'insight.isolates', {
      count: isolates.length,
      names: isolates.length > NAMES_SHOWN ? `${names}, …` : names,
    }),
  ];
}

function dimensionInsight(map: PartnerMapDoc, gap: DimensionGap): Insight {
  const params = {
    dimension: gap.dimension,
    count: gap.count,
    total: gap.total,
    percent: percent(gap.share),
  };
  const missing = gap.severity === 'missing';
  if (gap.group === null) {
    const key = missing ? 'insight.gapDimension.missing' : 'insight.gapDimension.thin';
    return insight(
      `gap-dimension:${gap.dimension}`,
      'gap-dimension',
      'attention',
      [],
      key,
      params,
      gap.ties,
    );
  }
  return insight(
    `gap-dimension:${gap.dimension}:${gap.group}`,
    'gap-dimension',
    'info',
    sortIdsByLabel(map, gap.actors),
    missing ? 'insight.gapGroupDimension.missing' : 'insight.gapGroupDimension.thin',
    { ...params, group: gap.group },
    gap.ties,
  );
}

function incompleteInsights(map: PartnerMapDoc, gaps: Gaps): Insight[] {
  const out: Insight[] = [];
  const tieEnds = (ties: readonly string[]) => {
    const wanted = new Set(ties);
    const ends = map.ties.filter((t) => wanted.has(t.id)).flatMap((t) => [t.source, t.target]);
    return sortIdsByLabel(map, new Set(ends));
  };
  const forTies = (what: string, ties: readonly string[], one: MessageKey, other: MessageKey) => {
    if (ties.length === 0) return;
    const key = ties.length === 1 ? one : other;
    out.push(
      insight(
        `incomplete:${what}`,
        'incomplete',
        'info',
        tieEnds(ties),
        key,
        { count: ties.length },
        ties,
      ),
    );
  };
  forTies('motive', gaps.withoutMotive, 'insight.noMotive.one', 'insight.noMotive.other');
  forTies(
    'frequency',
    gaps.withoutFrequency,
    'insight.noFrequency.one',
    'insight.noFrequency.other',
  );
  const untyped = sortIdsByLabel(map, gaps.withoutType);
  if (untyped.length > 0) {
    const key = untyped.length === 1 ? 'insight.noType.one' : 'insight.noType.other';
    out.push(
      insight('incomplete:type', 'incomplete', 'info', untyped, key, { count: untyped.length }),
    );
  }
  return out;
}

const percent = (share: number) => Math.round(share * 100);

function compareInsights(a: Insight, b: Insight, byId: ReadonlyMap<string, Actor>): number {
  const first = (i: Insight) => byId.get(i.actors[0] ?? '') ?? { label: '', id: '' };
  return (
    INSIGHT_SEVERITIES.indexOf(a.severity) - INSIGHT_SEVERITIES.indexOf(b.severity) ||
    INSIGHT_KINDS.indexOf(a.kind) - INSIGHT_KINDS.indexOf(b.kind) ||
    compareByLabel(first(a), first(b))
  );
}
