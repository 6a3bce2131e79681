/**
 * The visual encoding as data: which colour, shape, marker, width and dash each actor and tie gets.
 * buildElements() styles the canvas from it and the legend is derived from it, so the two cannot
 * drift apart. Pure: no Cytoscape, no React.
 */
import { termLabel, type Codebook, type Locale, type Term } from '../codebook';
import type { Actor, Tie } from '../model';
import type { ColourBy } from '../store';
import {
  DIMENSION_COLOURS,
  EGO_LOOK,
  EXTRA_COLOURS,
  EXTRA_DIMENSION_COLOURS,
  EXTRA_SHAPES,
  INTERNAL_LOOK,
  NO_MOTIVE_COLOUR,
  NOT_SET_LOOK,
  POSITION_LOOKS,
  TYPE_GROUP_LOOKS,
  type Look,
} from './palette';

export const EGO_KEY = 'ego';
export const INTERNAL_KEY = 'internal';
export const NOT_SET_KEY = 'not-set';
export const NO_MOTIVE_KEY = 'none';

/** One actor category of the current colour-by mode, with its look. */
export interface ActorCategory {
  /** 'ego', 'internal', 'not-set', or `category:<codebook id>`. */
  readonly key: string;
  readonly look: Look;
  /** The codebook term (type group or position); absent for the three special categories. */
  readonly term?: Term;
}

export interface DimensionStyle {
  readonly id: string;
  readonly term: Term;
  readonly colour: string;
  /** A letter drawn on the tie, so that the dimension never depends on colour alone. */
  readonly marker: string;
}

/** The look of a tie for one combination of motive dimensions. */
export interface TieStyle {
  /** 'none' or the dimension ids in codebook order, joined by '+'. */
  readonly key: string;
  readonly dimensions: readonly string[];
  readonly colours: readonly string[];
  /** Text drawn at the middle of the tie, e.g. 'T·G'; '' for ties without motives. */
  readonly marker: string;
  /** Cytoscape linear-gradient stops: hard-edged bands that repeat along the tie. */
  readonly stopColours: string;
  readonly stopPositions: string;
}

export interface Encoding {
  readonly colourBy: ColourBy;
  /** Every category of the mode, in display order: ego, internal, codebook order, not set. */
  readonly categories: readonly ActorCategory[];
  readonly dimensions: readonly DimensionStyle[];
  readonly dimensionOfMotive: ReadonlyMap<string, string>;
  readonly typeGroupOf: ReadonlyMap<string, string>;
  readonly frequencyLevelOf: ReadonlyMap<string, number>;
  categoryFor(actor: Actor): ActorCategory;
  tieStyleFor(tie: Tie): TieStyle;
}

/** Frequency level 1–5 → tie width in px; a tie without a frequency is drawn thin. */
export const FREQUENCY_WIDTHS: readonly number[] = [2, 3, 4.5, 6, 8];
export const NO_FREQUENCY_WIDTH = 1.25;
export const tieWidth = (level: number | null): number =>
  level === null
    ? NO_FREQUENCY_WIDTH
    : (FREQUENCY_WIDTHS[Math.min(Math.max(level, 1), 5) - 1] ?? 1);

/** Informal ties (tie attribute `formality` = informal) are dashed. */
export const INFORMAL_DASH: readonly [number, number] = [7, 5];
export const isInformal = (tie: Tie): boolean =>
  tie.attributes['formality']?.includes('informal') ?? false;

/** How often the bands of a multi-dimension tie repeat along its length. */
const BAND_REPEATS = 3;

const categoryKey = (id: string): string => `category:${id}`;

function lookByIndex(index: number, defaults: Readonly<Record<string, Look>>, id: string): Look {
  const known = defaults[id];
  if (known) return known;
  const extra = index - Object.keys(defaults).length;
  const i = Math.max(extra, 0);
  return {
    colour: EXTRA_COLOURS[i % EXTRA_COLOURS.length] ?? NOT_SET_LOOK.colour,
    shape: EXTRA_SHAPES[Math.floor(i / EXTRA_COLOURS.length) % EXTRA_SHAPES.length] ?? 'ellipse',
  };
}

function markerFor(term: Term, locale: Locale): string {
  return termLabel(term, locale).trim().charAt(0).toLocaleUpperCase(locale) || '?';
}

const percent = (value: number): string => `${Number(value.toFixed(3))}%`;

function makeTieStyle(dims: readonly DimensionStyle[]): TieStyle {
  if (dims.length === 0) {
    return {
      key: NO_MOTIVE_KEY,
      dimensions: [],
      colours: [NO_MOTIVE_COLOUR],
      marker: '',
      stopColours: `${NO_MOTIVE_COLOUR} ${NO_MOTIVE_COLOUR}`,
      stopPositions: '0% 100%',
    };
  }
  const colours = dims.map((d) => d.colour);
  const bands = dims.length === 1 ? 1 : dims.length * BAND_REPEATS;
  const stopColours: string[] = [];
  const stopPositions: string[] = [];
  for (let b = 0; b < bands; b++) {
    const colour = colours[b % colours.length]!;
    // Two stops per band at its two ends: a hard edge instead of a blend.
    stopColours.push(colour, colour);
    stopPositions.push(percent((100 * b) / bands), percent((100 * (b + 1)) / bands));
  }
  return {
    key: dims.map((d) => d.id).join('+'),
    dimensions: dims.map((d) => d.id),
    colours,
    marker: dims.map((d) => d.marker).join('·'),
    stopColours: stopColours.join(' '),
    stopPositions: stopPositions.join(' '),
  };
}

/** The encoding for one codebook, colour-by mode and language. Cheap; build it once per render. */
export function makeEncoding(codebook: Codebook, colourBy: ColourBy, locale: Locale): Encoding {
  const source = colourBy === 'position' ? codebook.positions : codebook.actorTypeGroups;
  const defaults = colourBy === 'position' ? POSITION_LOOKS : TYPE_GROUP_LOOKS;
  const ego: ActorCategory = { key: EGO_KEY, look: EGO_LOOK };
  const internal: ActorCategory = { key: INTERNAL_KEY, look: INTERNAL_LOOK };
  const notSet: ActorCategory = { key: NOT_SET_KEY, look: NOT_SET_LOOK };
  const byId = new Map<string, ActorCategory>();
  source.forEach((term, i) => {
    byId.set(term.id, { key: categoryKey(term.id), look: lookByIndex(i, defaults, term.id), term });
  });

  const dimensions = codebook.motiveDimensions.map((term, i): DimensionStyle => ({
    id: term.id,
    term,
    colour:
      DIMENSION_COLOURS[term.id] ??
      EXTRA_DIMENSION_COLOURS[i % EXTRA_DIMENSION_COLOURS.length] ??
      NO_MOTIVE_COLOUR,
    marker: markerFor(term, locale),
  }));
  const dimensionOrder = new Map(dimensions.map((d, i) => [d.id, i]));
  const dimensionOfMotive = new Map(codebook.motives.map((m) => [m.id, m.group]));
  const typeGroupOf = new Map(codebook.actorTypes.map((t) => [t.id, t.group]));
  const frequencyLevelOf = new Map(codebook.frequencies.map((f) => [f.id, f.level]));
  // Ties share a handful of dimension combinations: build each look once.
  const tieStyles = new Map<number, TieStyle>();

  return {
    colourBy,
    categories: [ego, internal, ...byId.values(), notSet],
    dimensions,
    dimensionOfMotive,
    typeGroupOf,
    frequencyLevelOf,
    categoryFor(actor) {
      if (actor.kind === 'ego') return ego;
      if (actor.kind === 'internal') return internal;
      const id =
        colourBy === 'position'
          ? actor.position
          : actor.type !== null
            ? (typeGroupOf.get(actor.type) ?? null)
            : null;
      return (id !== null ? byId.get(id) : undefined) ?? notSet;
    },
    tieStyleFor(tie) {
      let mask = 0;
      for (const motive of tie.motives) {
        const dim = dimensionOfMotive.get(motive);
        const order = dim !== undefined ? dimensionOrder.get(dim) : undefined;
        if (order !== undefined) mask |= 1 << order;
      }
      let style = tieStyles.get(mask);
      if (!style) {
        style = makeTieStyle(dimensions.filter((_, i) => (mask & (1 << i)) !== 0));
        tieStyles.set(mask, style);
      }
      return style;
    },
  };
}

/** Actor sizes (px) when the analysis sizes actors by a metric: smallest to largest value. */
export const METRIC_SIZE_RANGE: readonly [number, number] = [20, 70];

/** The internal actors' box keeps its proportions (32 × 22) when sized by a metric. */
export const INTERNAL_ASPECT = 22 / 32;

/**
 * A metric value → an actor size in METRIC_SIZE_RANGE: min–max scaled, then the square root, so
 * that the drawn area (not the width) grows with the value and one very high value (the school's
 * betweenness) does not squeeze everyone else to the smallest size. A missing value gets the
 * smallest size; when every actor has the same value they all get the middle size.
 */
export function metricSize(value: number | null, min: number, max: number): number {
  const [small, large] = METRIC_SIZE_RANGE;
  if (value === null || !Number.isFinite(value)) return small;
  if (!(max > min)) return (small + large) / 2;
  const share = Math.min(Math.max((value - min) / (max - min), 0), 1);
  return small + Math.sqrt(share) * (large - small);
}
