/**
 * What the legend lists, derived from the same encoding table that styles the canvas. Only what
 * occurs on the map is listed (with a count), so the legend always matches what is drawn.
 */
import { termLabel, type Locale } from '../../codebook';
import {
  EGO_KEY,
  INTERNAL_KEY,
  NO_MOTIVE_KEY,
  NOT_SET_KEY,
  tieWidth,
  isInformal,
  type Encoding,
} from '../../canvas/encoding';
import type { Look } from '../../canvas/palette';
import type { MessageKey, MessageParams } from '../../i18n';
import type { PartnerMapDoc } from '../../model';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface LegendActorEntry {
  readonly key: string;
  readonly label: string;
  readonly look: Look;
  readonly count: number;
}

export interface LegendTieEntry {
  /** The tie style key: 'none' or dimension ids joined by '+'. */
  readonly key: string;
  readonly label: string;
  readonly colours: readonly string[];
  readonly marker: string;
  readonly count: number;
}

export interface LegendWidthEntry {
  /** Frequency level 1–5, or null for ties without a frequency. */
  readonly level: number | null;
  readonly label: string;
  readonly width: number;
  readonly count: number;
}

export interface LegendModel {
  readonly actorsTitle: string;
  readonly actors: readonly LegendActorEntry[];
  readonly ties: readonly LegendTieEntry[];
  readonly widths: readonly LegendWidthEntry[];
  readonly informalCount: number;
  readonly directedCount: number;
}

const SHORT_DIMENSION_NAMES = {
  task: 'encoding.dimShort.task',
  relation: 'encoding.dimShort.relation',
  growth: 'encoding.dimShort.growth',
} as const satisfies Record<string, MessageKey>;

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function legendFor(
  map: PartnerMapDoc,
  encoding: Encoding,
  locale: Locale,
  t: Translate,
): LegendModel {
  const actorCounts = new Map<string, number>();
  for (const a of map.actors) increment(actorCounts, encoding.categoryFor(a).key);
  const special: Record<string, string> = {
    [EGO_KEY]: t('encoding.ego'),
    [INTERNAL_KEY]: t('encoding.internal'),
    [NOT_SET_KEY]: t(
      encoding.colourBy === 'position' ? 'encoding.notSetPosition' : 'encoding.notSetType',
    ),
  };
  const actors = encoding.categories
    .filter((c) => actorCounts.has(c.key))
    .map((c) => ({
      key: c.key,
      label: c.term ? termLabel(c.term, locale) : (special[c.key] ?? c.key),
      look: c.look,
      count: actorCounts.get(c.key) ?? 0,
    }));

  const tieCounts = new Map<string, number>();
  const levelCounts = new Map<string, number>();
  let informalCount = 0;
  let directedCount = 0;
  const styles = new Map<string, ReturnType<Encoding['tieStyleFor']>>();
  for (const tie of map.ties) {
    const style = encoding.tieStyleFor(tie);
    styles.set(style.key, style);
    increment(tieCounts, style.key);
    const level = tie.frequency !== null ? encoding.frequencyLevelOf.get(tie.frequency) : undefined;
    increment(levelCounts, String(level ?? 0));
    if (isInformal(tie)) informalCount += 1;
    if (tie.directed) directedCount += 1;
  }
  const dimensionLabel = new Map(encoding.dimensions.map((d) => [d.id, termLabel(d.term, locale)]));
  // Combinations name their dimensions briefly ("Task + Growth"); extra dimensions of an edited
  // codebook use their full label.
  const shortName = (id: string): string =>
    Object.hasOwn(SHORT_DIMENSION_NAMES, id)
      ? t(SHORT_DIMENSION_NAMES[id as keyof typeof SHORT_DIMENSION_NAMES])
      : (dimensionLabel.get(id) ?? id);
  const dimensionIndex = new Map(encoding.dimensions.map((d, i) => [d.id, i]));
  // Single dimensions first, then combinations, then "no motive yet".
  const rank = (key: string): number[] => {
    const dims = styles.get(key)?.dimensions ?? [];
    if (dims.length === 0) return [Infinity];
    return [dims.length, ...dims.map((id) => dimensionIndex.get(id) ?? Infinity)];
  };
  const tieKeys = [...styles.keys()].sort((a, b) => compareRanks(rank(a), rank(b)));
  const ties = tieKeys.map((key): LegendTieEntry => {
    const style = styles.get(key)!;
    const label =
      key === NO_MOTIVE_KEY
        ? t('encoding.noMotive')
        : style.dimensions.length === 1
          ? (dimensionLabel.get(key) ?? key)
          : style.dimensions.map(shortName).join(' + ');
    return {
      key,
      label,
      colours: style.colours,
      marker: style.marker,
      count: tieCounts.get(key) ?? 0,
    };
  });

  const widths: LegendWidthEntry[] = [];
  for (const f of [...map.codebook.frequencies].sort((a, b) => a.level - b.level)) {
    const count = levelCounts.get(String(f.level)) ?? 0;
    if (count > 0)
      widths.push({ level: f.level, label: termLabel(f, locale), width: tieWidth(f.level), count });
  }
  const unset = levelCounts.get('0') ?? 0;
  if (unset > 0) {
    widths.push({
      level: null,
      label: t('encoding.noFrequency'),
      width: tieWidth(null),
      count: unset,
    });
  }

  return {
    actorsTitle: t(
      encoding.colourBy === 'position' ? 'encoding.actorsByPosition' : 'encoding.actorsByType',
    ),
    actors,
    ties,
    widths,
    informalCount,
    directedCount,
  };
}

export interface FilterCounts {
  /** Ties per motive dimension, per motive and per frequency id. */
  readonly dimensions: ReadonlyMap<string, number>;
  readonly motives: ReadonlyMap<string, number>;
  readonly frequencies: ReadonlyMap<string, number>;
  /** External actors per type group. */
  readonly typeGroups: ReadonlyMap<string, number>;
}

/** How many ties or actors each filter value would keep bright on its own. */
export function filterCounts(map: PartnerMapDoc, encoding: Encoding): FilterCounts {
  const dimensions = new Map<string, number>();
  const motives = new Map<string, number>();
  const frequencies = new Map<string, number>();
  const typeGroups = new Map<string, number>();
  for (const tie of map.ties) {
    for (const dim of encoding.tieStyleFor(tie).dimensions) increment(dimensions, dim);
    for (const m of tie.motives) increment(motives, m);
    if (tie.frequency !== null) increment(frequencies, tie.frequency);
  }
  for (const a of map.actors) {
    const group =
      a.kind === 'external' && a.type !== null ? encoding.typeGroupOf.get(a.type) : undefined;
    if (group !== undefined) increment(typeGroups, group);
  }
  return { dimensions, motives, frequencies, typeGroups };
}
