/**
 * Gaps (domain.md §6 "structural holes / missing partners"): what the map lacks or leans on, as
 * plain data. insights.ts turns it into messages.
 *
 * Thresholds (documented, tested):
 * - THIN_SHARE: a motive dimension (domain.md §3) is thin when fewer than 15 % of the ties with
 *   a motive carry a motive of it (and missing when none does). The same rule applies to the ties
 *   with partners of one type group (domain.md §1), for groups with at least GROUP_MIN_TIES ties
 *   with a motive (with one or two ties, a missing dimension says little).
 * - ONE_PERSON_SHARE: an internal actor carries "too much" when at least 40 % of the school's
 *   ties with partners (ties between the school's side — the school and its internal actors —
 *   and an external actor) run through it, counted once the school has at least
 *   ONE_PERSON_MIN_TIES such ties.
 * Ties are counted per pair of actors (duplicates merged), as the analysis counts them.
 */
import { frequencyLevel } from '../../codebook/helpers';
import type { Actor, PartnerMapDoc } from '../../model/types';
import { motiveDimensionIds } from '../motiveLayers';
import type { MapAnalysis } from '../types';
import { reachableOnlyThrough, type OnlyThrough } from './dependents';
import { egoOf, isSchoolSide, tiedPairs, tiesByActor, type TiedPair } from './mapView';

export const THIN_SHARE = 0.15;
export const GROUP_MIN_TIES = 3;
export const ONE_PERSON_SHARE = 0.4;
export const ONE_PERSON_MIN_TIES = 3;
/** Contact frequency level 1: once a year or less (domain.md §10). */
export const YEARLY_LEVEL = 1;

export interface DimensionGap {
  readonly dimension: string;
  /** The actor type group the count is limited to, or null for the whole map. */
  readonly group: string | null;
  readonly severity: 'missing' | 'thin';
  /** Ties (pairs) carrying a motive of the dimension. */
  readonly count: number;
  /** Ties (pairs) with at least one motive (of the group, when given). */
  readonly total: number;
  readonly share: number;
  /** The ties carrying the dimension (empty when missing). */
  readonly ties: readonly string[];
  /** The group's actors on the map (empty for the whole map). */
  readonly actors: readonly string[];
}

export interface YearlyContact {
  readonly actor: string;
  /** all: every tie of the actor is yearly; school: its ties with the school's side are. */
  readonly scope: 'all' | 'school';
  readonly ties: readonly string[];
}

export interface OnePersonShare {
  /** The internal actor. */
  readonly actor: string;
  readonly count: number;
  readonly total: number;
  readonly share: number;
  /** The partners it is tied to, in map order, and those ties. */
  readonly partners: readonly string[];
  readonly ties: readonly string[];
}

export interface Gaps {
  /** Type groups (of external actor types) with no actor on the map, in codebook order. */
  readonly missingGroups: readonly string[];
  /** Missing or thin motive dimensions: whole map first, then per type group (codebook order). */
  readonly dimensions: readonly DimensionGap[];
  readonly onlyThrough: readonly OnlyThrough[];
  readonly yearly: readonly YearlyContact[];
  readonly onePerson: readonly OnePersonShare[];
  /** Actors other than the school without any tie, in map order. */
  readonly isolates: readonly string[];
  /** Connected groups of two or more actors with no path to the school. */
  readonly islands: readonly (readonly string[])[];
  readonly withoutMotive: readonly string[];
  /** Ties without a frequency, or with one the codebook lacks. */
  readonly withoutFrequency: readonly string[];
  /** External actors without an actor type (or with one the codebook lacks). */
  readonly withoutType: readonly string[];
}

export function gapsOf(map: PartnerMapDoc, analysis: MapAnalysis): Gaps {
  const ego = egoOf(map);
  const pairs = tiedPairs(map);
  const groupOf = new Map(map.codebook.actorTypes.map((t) => [t.id, t.group]));
  const externals = map.actors.filter((a) => a.kind === 'external');
  const present = new Set(externals.map((a) => groupOf.get(a.type ?? '')));
  const groups = map.codebook.actorTypeGroups
    .map((g) => g.id)
    .filter((id) => map.codebook.actorTypes.some((t) => t.group === id));
  return {
    missingGroups: groups.filter((id) => !present.has(id)),
    dimensions: dimensionGaps(map, pairs, groupOf, groups),
    onlyThrough: reachableOnlyThrough(map, analysis),
    yearly: yearlyContacts(map),
    onePerson: onePersonShares(map, pairs),
    isolates: map.actors
      .filter((a) => a.kind !== 'ego' && analysis.actors[a.id]?.isolate === true)
      .map((a) => a.id),
    islands: ego ? analysis.map.components.filter((c) => c.length > 1 && !c.includes(ego.id)) : [],
    withoutMotive: map.ties.filter((t) => t.motives.length === 0).map((t) => t.id),
    withoutFrequency: map.ties
      .filter((t) => frequencyLevel(map.codebook, t.frequency) === null)
      .map((t) => t.id),
    withoutType: externals.filter((a) => !groupOf.has(a.type ?? '')).map((a) => a.id),
  };
}

function dimensionGaps(
  map: PartnerMapDoc,
  pairs: readonly TiedPair[],
  groupOf: ReadonlyMap<string, string>,
  groups: readonly string[],
): DimensionGap[] {
  const dimensionOf = new Map(map.codebook.motives.map((m) => [m.id, m.group]));
  const dimensions = motiveDimensionIds(map.codebook);
  const actorGroup = new Map<string, string | undefined>(
    map.actors.filter((a) => a.kind === 'external').map((a) => [a.id, groupOf.get(a.type ?? '')]),
  );
  const withMotive = pairs.filter((p) => p.motives.length > 0);
  const check = (scope: readonly TiedPair[], group: string | null, actors: readonly string[]) =>
    dimensions.flatMap((dimension): DimensionGap[] => {
      if (scope.length === 0) return [];
      const carrying = scope.filter((p) => p.motives.some((m) => dimensionOf.get(m) === dimension));
      const count = carrying.length;
      const ties = carrying.flatMap((p) => p.ties);
      const share = count / scope.length;
      if (count > 0 && share >= THIN_SHARE) return [];
      const severity = count === 0 ? 'missing' : 'thin';
      return [{ dimension, group, severity, count, total: scope.length, share, ties, actors }];
    });
  const overall = check(withMotive, null, []);
  const perGroup = groups.flatMap((group) => {
    const inGroup = (id: string) => actorGroup.get(id) === group;
    const scope = withMotive.filter((p) => inGroup(p.source) || inGroup(p.target));
    if (scope.length < GROUP_MIN_TIES) return [];
    const actors = map.actors.filter((a) => inGroup(a.id)).map((a) => a.id);
    return check(scope, group, actors);
  });
  return [...overall, ...perGroup];
}

function yearlyContacts(map: PartnerMapDoc): YearlyContact[] {
  const byActor = tiesByActor(map);
  const kindOf = new Map<string, Actor>(map.actors.map((a) => [a.id, a]));
  const yearly = (t: { readonly frequency: string | null }) =>
    frequencyLevel(map.codebook, t.frequency) === YEARLY_LEVEL;
  const result: YearlyContact[] = [];
  for (const actor of map.actors) {
    const ties = byActor.get(actor.id) ?? [];
    if (actor.kind === 'ego' || ties.length === 0) continue;
    if (ties.every(yearly)) {
      result.push({ actor: actor.id, scope: 'all', ties: ties.map((t) => t.id) });
      continue;
    }
    if (actor.kind !== 'external') continue;
    const withSchool = ties.filter((t) =>
      isSchoolSide(kindOf.get(t.source === actor.id ? t.target : t.source)),
    );
    if (withSchool.length > 0 && withSchool.every(yearly)) {
      result.push({ actor: actor.id, scope: 'school', ties: withSchool.map((t) => t.id) });
    }
  }
  return result;
}

function onePersonShares(map: PartnerMapDoc, pairs: readonly TiedPair[]): OnePersonShare[] {
  const byId = new Map<string, Actor>(map.actors.map((a) => [a.id, a]));
  // Ties between the school's side and a partner, keyed by the school-side end.
  const partnerTies = pairs.flatMap((p) => {
    const [a, b] = [byId.get(p.source), byId.get(p.target)];
    if (isSchoolSide(a) && b?.kind === 'external')
      return [{ inside: p.source, partner: p.target, p }];
    if (isSchoolSide(b) && a?.kind === 'external')
      return [{ inside: p.target, partner: p.source, p }];
    return [];
  });
  const total = partnerTies.length;
  if (total < ONE_PERSON_MIN_TIES) return [];
  return map.actors
    .filter((a) => a.kind === 'internal')
    .flatMap((actor): OnePersonShare[] => {
      const own = partnerTies.filter((t) => t.inside === actor.id);
      const share = own.length / total;
      if (share < ONE_PERSON_SHARE) return [];
      return [
        {
          actor: actor.id,
          count: own.length,
          total,
          share,
          partners: own.map((t) => t.partner),
          ties: own.flatMap((t) => t.p.ties),
        },
      ];
    });
}
