/**
 * What each table row shows, computed once per changed actor or tie: label lookups go through
 * maps built once per codebook and language, and a row object is reused while its inputs are the
 * same, so that memoised rows skip re-rendering (300 actors / 900 ties stay quick).
 */
import { makeEncoding, type DimensionStyle } from '../../canvas/encoding';
import { termLabel, type Codebook, type Locale, type Term } from '../../codebook';
import type { Actor, Tie } from '../../model';

export const FORMALITY = 'formality';

export interface Labels {
  readonly locale: Locale;
  readonly codebook: Codebook;
  readonly actorType: ReadonlyMap<string, string>;
  readonly groupLabel: ReadonlyMap<string, string>;
  readonly internalRole: ReadonlyMap<string, string>;
  readonly position: ReadonlyMap<string, string>;
  readonly resource: ReadonlyMap<string, string>;
  readonly motive: ReadonlyMap<string, string>;
  readonly frequency: ReadonlyMap<string, string>;
  readonly frequencyLevel: ReadonlyMap<string, number>;
  readonly formality: ReadonlyMap<string, string>;
  readonly dimensionOfMotive: ReadonlyMap<string, string>;
  readonly dimensions: readonly DimensionStyle[];
}

const labelMap = (terms: readonly Term[], locale: Locale) =>
  new Map(terms.map((term) => [term.id, termLabel(term, locale)]));

/** Every label lookup the tables need, for one codebook and language. */
export function makeLabels(codebook: Codebook, locale: Locale): Labels {
  const encoding = makeEncoding(codebook, 'type-group', locale);
  const formality = codebook.tieAttributes.find((a) => a.id === FORMALITY);
  return {
    locale,
    codebook,
    actorType: labelMap(codebook.actorTypes, locale),
    groupLabel: labelMap(codebook.actorTypeGroups, locale),
    internalRole: labelMap(codebook.internalRoles, locale),
    position: labelMap(codebook.positions, locale),
    resource: labelMap(codebook.resources, locale),
    motive: labelMap(codebook.motives, locale),
    frequency: labelMap(codebook.frequencies, locale),
    frequencyLevel: encoding.frequencyLevelOf,
    formality: labelMap(formality?.values ?? [], locale),
    dimensionOfMotive: encoding.dimensionOfMotive,
    dimensions: encoding.dimensions,
  };
}

/** A label for a stored id; an id the codebook lacks is shown as it is, never hidden. */
const lookup = (map: ReadonlyMap<string, string>, id: string | null): string =>
  id === null ? '' : (map.get(id) ?? id);

export interface ActorRow {
  readonly key: string;
  readonly actor: Actor;
  readonly typeLabel: string;
  readonly positionLabel: string;
  readonly resourceLabels: readonly string[];
  readonly tieCount: number;
}

export interface MotiveGroup {
  readonly dimension: DimensionStyle | null;
  readonly labels: readonly string[];
}

export interface TieRow {
  readonly key: string;
  readonly tie: Tie;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  /** Motives bucketed by dimension in codebook order; unknown motives last, without a marker. */
  readonly motives: readonly MotiveGroup[];
  readonly motivesText: string;
  readonly frequencyLabel: string;
  readonly frequencyLevel: number | null;
  readonly formality: string | null;
  readonly formalityLabel: string;
}

export function typeLabelOf(actor: Actor, labels: Labels): string {
  if (actor.kind === 'internal') return lookup(labels.internalRole, actor.type);
  return lookup(labels.actorType, actor.type);
}

function actorRow(actor: Actor, tieCount: number, labels: Labels): ActorRow {
  return {
    key: actor.id,
    actor,
    typeLabel: typeLabelOf(actor, labels),
    positionLabel: lookup(labels.position, actor.position),
    resourceLabels: actor.resources.map((id) => lookup(labels.resource, id)),
    tieCount,
  };
}

export function groupMotives(motives: readonly string[], labels: Labels): MotiveGroup[] {
  const groups: MotiveGroup[] = [];
  for (const dimension of labels.dimensions) {
    const inDim = motives.filter((m) => labels.dimensionOfMotive.get(m) === dimension.id);
    if (inDim.length > 0) {
      groups.push({ dimension, labels: inDim.map((m) => lookup(labels.motive, m)) });
    }
  }
  const known = new Set(labels.dimensions.map((d) => d.id));
  const other = motives.filter((m) => !known.has(labels.dimensionOfMotive.get(m) ?? ''));
  if (other.length > 0)
    groups.push({ dimension: null, labels: other.map((m) => lookup(labels.motive, m)) });
  return groups;
}

function tieRow(tie: Tie, source: string, target: string, labels: Labels): TieRow {
  const motives = groupMotives(tie.motives, labels);
  const formality = tie.attributes[FORMALITY]?.[0] ?? null;
  return {
    key: tie.id,
    tie,
    sourceLabel: source,
    targetLabel: target,
    motives,
    motivesText: motives.flatMap((g) => g.labels).join('; '),
    frequencyLabel: lookup(labels.frequency, tie.frequency),
    frequencyLevel:
      tie.frequency === null ? null : (labels.frequencyLevel.get(tie.frequency) ?? null),
    formality,
    formalityLabel: lookup(labels.formality, formality),
  };
}

/** Number of ties per actor id, in one pass over the ties. */
export function tieCounts(ties: readonly Tie[]): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const t of ties) {
    counts.set(t.source, (counts.get(t.source) ?? 0) + 1);
    counts.set(t.target, (counts.get(t.target) ?? 0) + 1);
  }
  return counts;
}

/** Row objects from the last build, reused while their inputs and the labels are unchanged. */
export interface RowCache<R> {
  labels: Labels | null;
  readonly rows: Map<string, R>;
}

export const newRowCache = <R>(): RowCache<R> => ({ labels: null, rows: new Map() });

function remember<R extends { readonly key: string }>(cache: RowCache<R>, rows: readonly R[]) {
  cache.rows.clear();
  for (const row of rows) cache.rows.set(row.key, row);
}

/** The cached rows, or none when the labels (language, codebook) changed since. */
function cachedRows<R>(cache: RowCache<R>, labels: Labels): ReadonlyMap<string, R> {
  if (cache.labels !== labels) {
    cache.labels = labels;
    cache.rows.clear();
  }
  return cache.rows;
}

export function buildActorRows(
  actors: readonly Actor[],
  ties: readonly Tie[],
  labels: Labels,
  cache: RowCache<ActorRow>,
): ActorRow[] {
  const counts = tieCounts(ties);
  const previousRows = cachedRows(cache, labels);
  const rows = actors.map((actor) => {
    const count = counts.get(actor.id) ?? 0;
    const previous = previousRows.get(actor.id);
    if (previous && previous.actor === actor && previous.tieCount === count) return previous;
    return actorRow(actor, count, labels);
  });
  remember(cache, rows);
  return rows;
}

export function buildTieRows(
  actors: readonly Actor[],
  ties: readonly Tie[],
  labels: Labels,
  cache: RowCache<TieRow>,
): TieRow[] {
  const names = new Map<string, string>(actors.map((a) => [a.id, a.label]));
  const previousRows = cachedRows(cache, labels);
  const rows = ties.map((tie) => {
    const source = names.get(tie.source) ?? tie.source;
    const target = names.get(tie.target) ?? tie.target;
    const previous = previousRows.get(tie.id);
    if (
      previous &&
      previous.tie === tie &&
      previous.sourceLabel === source &&
      previous.targetLabel === target
    ) {
      return previous;
    }
    return tieRow(tie, source, target, labels);
  });
  remember(cache, rows);
  return rows;
}
