/**
 * What each step of the guided protocol still has to do, computed from the map alone. Pure
 * functions: no React, no store, no network analysis (that is the analysis feature's job).
 */
import { findTerm, type AttributeQuestion, type Term } from '../../codebook';
import type { Actor, ActorId, PartnerMapDoc, Tie, TieId } from '../../model';

/** A tie shown in a step's to-do list: its id and "School – CLB Gent". */
export interface TieItem {
  readonly id: TieId;
  readonly label: string;
}

export interface ActorItem {
  readonly id: ActorId;
  readonly label: string;
}

/** The 5W1H questions the How/What step codes; Where and When belong to the step before. */
const HOW_WHAT: readonly AttributeQuestion[] = ['how', 'what'];

const hasValue = (tie: Tie, attributeId: string): boolean =>
  (tie.attributes[attributeId]?.length ?? 0) > 0;

export function tieLabel(map: PartnerMapDoc, tie: Tie): string {
  const label = (id: ActorId) => map.actors.find((a) => a.id === id)?.label || String(id);
  return `${label(tie.source)} – ${label(tie.target)}`;
}

function tieItems(map: PartnerMapDoc, keep: (tie: Tie) => boolean): readonly TieItem[] {
  return map.ties.filter(keep).map((tie) => ({ id: tie.id, label: tieLabel(map, tie) }));
}

const isPartner = (actor: Actor): boolean => actor.kind === 'external';

/** Who: how many partners (external actors) are listed, and which have no tie yet. */
export interface WhoProgress {
  readonly partners: number;
  readonly internal: number;
  readonly unconnected: readonly ActorItem[];
}

export function whoProgress(map: PartnerMapDoc): WhoProgress {
  const tied = new Set<string>();
  for (const tie of map.ties) {
    tied.add(tie.source);
    tied.add(tie.target);
  }
  const partners = map.actors.filter(isPartner);
  return {
    partners: partners.length,
    internal: map.actors.filter((a) => a.kind === 'internal').length,
    unconnected: partners
      .filter((a) => !tied.has(a.id))
      .map((a) => ({ id: a.id, label: a.label || String(a.id) })),
  };
}

/** When/Where: ties still without a contact frequency, and ties without a setting. */
export interface WhenWhereProgress {
  readonly withoutFrequency: readonly TieItem[];
  readonly withoutSetting: readonly TieItem[];
}

export function whenWhereProgress(map: PartnerMapDoc): WhenWhereProgress {
  return {
    withoutFrequency: tieItems(map, (tie) => tie.frequency === null),
    withoutSetting: tieItems(map, (tie) => !hasValue(tie, 'setting')),
  };
}

/** Why: ties without any motive. */
export function tiesWithoutMotive(map: PartnerMapDoc): readonly TieItem[] {
  return tieItems(map, (tie) => tie.motives.length === 0);
}

/** How/What: ties with no value for any How or What attribute of the map's codebook. */
export function tiesWithoutHowWhat(map: PartnerMapDoc): readonly TieItem[] {
  const attributeIds = map.codebook.tieAttributes
    .filter((a) => HOW_WHAT.includes(a.question))
    .map((a) => a.id);
  return tieItems(map, (tie) => !attributeIds.some((id) => hasValue(tie, id)));
}

export interface DimensionCount {
  readonly dimension: Term;
  /** Ties with at least one motive of this dimension; a tie may count in several dimensions. */
  readonly ties: number;
}

/** Review: a short summary of the map for the group to look back on. */
export interface ReviewSummary {
  readonly partners: number;
  readonly ties: number;
  readonly byDimension: readonly DimensionCount[];
  /** Actor-type groups of the codebook with no partner on the map ("no higher-education partner"). */
  readonly missingTypeGroups: readonly Term[];
  readonly open: {
    readonly withoutFrequency: number;
    readonly withoutMotive: number;
    readonly withoutHowWhat: number;
  };
}

export function reviewSummary(map: PartnerMapDoc): ReviewSummary {
  const { codebook } = map;
  const byDimension = codebook.motiveDimensions.map((dimension) => ({
    dimension,
    ties: map.ties.filter((tie) =>
      tie.motives.some((id) => findTerm(codebook.motives, id)?.group === dimension.id),
    ).length,
  }));
  const presentGroups = new Set(
    map.actors
      .filter(isPartner)
      .map((a) => findTerm(codebook.actorTypes, a.type)?.group)
      .filter((group): group is string => group !== undefined),
  );
  return {
    partners: map.actors.filter(isPartner).length,
    ties: map.ties.length,
    byDimension,
    missingTypeGroups: codebook.actorTypeGroups.filter((g) => !presentGroups.has(g.id)),
    open: {
      withoutFrequency: whenWhereProgress(map).withoutFrequency.length,
      withoutMotive: tiesWithoutMotive(map).length,
      withoutHowWhat: tiesWithoutHowWhat(map).length,
    },
  };
}
