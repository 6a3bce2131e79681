import type { ElementDefinition } from 'cytoscape';
import { termLabel, type Locale } from '../codebook';
import type { PartnerMapDoc, Tie } from '../model';
import type { ColourBy, Filters, Selection } from '../store';
import {
  INTERNAL_ASPECT,
  isInformal,
  makeEncoding,
  metricSize,
  tieWidth,
  type Encoding,
} from './encoding';
import { positionsFor } from './placement';

/**
 * Cytoscape elements built from the map document (the document owns the data; Cytoscape
 * only draws it). Labels go into `data` and Cytoscape paints them as text on canvas, never HTML.
 * Every visual choice comes from the encoding table (encoding.ts), which the legend shares.
 */
export interface ElementOptions {
  readonly colourBy: ColourBy;
  readonly filters: Filters;
  /**
   * The selected actor or tie, drawn as selected. The canvas keeps the selection in element data
   * rather than in Cytoscape's own selection state, so that selecting goes through the sync
   * (and its partial redraw) like any other change.
   */
  readonly selection?: Selection;
}

/** Ids of the actors and ties that a filter fades. */
export interface Faded {
  readonly actors: ReadonlySet<string>;
  readonly ties: ReadonlySet<string>;
}

/**
 * Filters fade, they never hide. Within a facet the chosen values are alternatives (OR); facets
 * combine with AND. A tie stays bright when it matches the motive, dimension and frequency facets
 * and, under a type-group filter, touches an actor of a chosen group. An actor stays bright when
 * its own group is chosen (type-group filter) and at least one of its ties matches the tie facets.
 * The school (ego) never fades. O(actors + ties).
 */
export function fadedElements(map: PartnerMapDoc, encoding: Encoding, filters: Filters): Faded {
  const actors = new Set<string>();
  const ties = new Set<string>();
  const dims = new Set(filters.dimensions);
  const motives = new Set(filters.motives);
  const frequencies = new Set(filters.frequencies);
  const groups = new Set(filters.typeGroups);
  const tieFacets = dims.size + motives.size + frequencies.size > 0;
  if (!tieFacets && groups.size === 0) return { actors, ties };

  const matchesTieFacets = (tie: Tie): boolean =>
    (dims.size === 0 ||
      tie.motives.some((m) => dims.has(encoding.dimensionOfMotive.get(m) ?? ''))) &&
    (motives.size === 0 || tie.motives.some((m) => motives.has(m))) &&
    (frequencies.size === 0 || (tie.frequency !== null && frequencies.has(tie.frequency)));

  const inChosenGroup = new Set<string>();
  for (const a of map.actors) {
    const group =
      a.kind === 'external' && a.type !== null ? encoding.typeGroupOf.get(a.type) : undefined;
    if (group !== undefined && groups.has(group)) inChosenGroup.add(a.id);
  }
  const withMatchingTie = new Set<string>();
  for (const tie of map.ties) {
    const matches = !tieFacets || matchesTieFacets(tie);
    if (matches) {
      withMatchingTie.add(tie.source);
      withMatchingTie.add(tie.target);
    }
    const touchesGroup =
      groups.size === 0 || inChosenGroup.has(tie.source) || inChosenGroup.has(tie.target);
    if (!matches || !touchesGroup) ties.add(tie.id);
  }
  for (const a of map.actors) {
    if (a.kind === 'ego') continue;
    const groupOk = groups.size === 0 || inChosenGroup.has(a.id);
    const tiesOk = !tieFacets || withMatchingTie.has(a.id);
    if (!groupOk || !tiesOk) actors.add(a.id);
  }
  return { actors, ties };
}

export function buildElements(
  map: PartnerMapDoc,
  locale: Locale,
  options: ElementOptions,
): ElementDefinition[] {
  const cb = map.codebook;
  const encoding = makeEncoding(cb, options.colourBy, locale);
  const typeTerms = new Map([...cb.actorTypes, ...cb.internalRoles].map((t) => [t.id, t]));
  const positions = positionsFor(map);
  const faded = fadedElements(map, encoding, options.filters);
  const selectedId = options.selection?.id ?? null;

  const elements: ElementDefinition[] = [];
  for (const a of map.actors) {
    const category = encoding.categoryFor(a);
    const group = a.type !== null ? (encoding.typeGroupOf.get(a.type) ?? '') : '';
    elements.push({
      group: 'nodes',
      data: {
        id: a.id,
        label: a.label,
        kind: a.kind,
        typeLabel: a.type !== null ? termLabel(typeTerms.get(a.type), locale, a.type) : '',
        group: a.kind === 'external' ? group : '',
        category: category.key,
        colour: category.look.colour,
        shape: category.look.shape,
        faded: faded.actors.has(a.id),
        selected: a.id === selectedId,
      },
      position: { ...(positions.get(a.id) ?? { x: 0, y: 0 }) },
    });
  }
  for (const t of map.ties) {
    const style = encoding.tieStyleFor(t);
    const level =
      t.frequency !== null ? (encoding.frequencyLevelOf.get(t.frequency) ?? null) : null;
    elements.push({
      group: 'edges',
      data: {
        id: t.id,
        source: t.source,
        target: t.target,
        directed: t.directed ? 1 : 0,
        dimensions: style.key,
        colour: style.colours[0],
        // The arrowhead sits at the target end: give it the colour of the last band.
        arrowColour: style.colours[style.colours.length - 1],
        multi: style.dimensions.length > 1,
        stopColours: style.stopColours,
        stopPositions: style.stopPositions,
        marker: style.marker,
        level: level ?? 0,
        width: tieWidth(level),
        informal: isInformal(t),
        faded: faded.ties.has(t.id),
        selected: t.id === selectedId,
      },
    });
  }
  return elements;
}

/**
 * What the analysis draws on the canvas. Every field is optional so that "nothing" is cheap; the
 * marks go into element data (syncElements only updates data), under their own `mark*` fields so
 * that they never fight the filters' `faded`.
 */
export interface AnalysisMarkInput {
  /** Metric value per actor id for "size actors by"; null = usual sizes. */
  readonly sizes?: ReadonlyMap<string, number | null> | null;
  readonly core?: ReadonlySet<string>;
  readonly cutPoints?: ReadonlySet<string>;
  /** Tie ids whose loss cuts a group off. */
  readonly bridges?: ReadonlySet<string>;
  /**
   * A focus (an insight's actors, or "what depends on X"): `halo` actors get a halo, `bright`
   * actors and `ties` stay bright along with every tie between two bright actors; the rest fades.
   */
  readonly focus?: {
    readonly halo: ReadonlySet<string>;
    readonly bright: ReadonlySet<string>;
    readonly ties: ReadonlySet<string>;
  } | null;
}

export type MarkData = Readonly<Record<string, string | number | boolean>>;

const NONE: ReadonlySet<string> = new Set();

/**
 * The mark fields of every actor and tie (all fields always present, so marks also clear; the
 * star label only on core actors, the one place it is drawn).
 */
export function analysisMarks(map: PartnerMapDoc, input: AnalysisMarkInput): Map<string, MarkData> {
  const { sizes = null, core = NONE, cutPoints = NONE, bridges = NONE, focus = null } = input;
  let min = Infinity;
  let max = -Infinity;
  if (sizes) {
    for (const value of sizes.values()) {
      if (value === null || !Number.isFinite(value)) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  const out = new Map<string, MarkData>();
  for (const a of map.actors) {
    const size = sizes ? metricSize(sizes.get(a.id) ?? null, min, max) : 0;
    out.set(a.id, {
      markWidth: size,
      markHeight: a.kind === 'internal' ? size * INTERNAL_ASPECT : size,
      markCore: core.has(a.id),
      markCutPoint: cutPoints.has(a.id),
      // The core mark adds a star to the label: a cue that is neither colour nor border alone.
      // Only core actors show it, so only they carry it (a rename changes no other marks).
      ...(core.has(a.id) ? { markLabel: `★ ${a.label}` } : {}),
      markFocus: focus !== null && focus.halo.has(a.id),
      markDim: focus !== null && !focus.bright.has(a.id) && !focus.halo.has(a.id),
    });
  }
  const lit = (id: string) => focus !== null && (focus.bright.has(id) || focus.halo.has(id));
  for (const t of map.ties) {
    const bright = focus === null || focus.ties.has(t.id) || (lit(t.source) && lit(t.target));
    out.set(t.id, { markBridge: bridges.has(t.id), markDim: !bright });
  }
  return out;
}
