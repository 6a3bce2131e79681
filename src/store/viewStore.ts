import type { ProtocolStep } from '../codebook';
import type { MessageKey } from '../i18n';
import type { ActorId, PartnerMapDoc, TieId } from '../model';
import { createStore, type Store } from './createStore';

/**
 * How the map is looked at, not what it contains: never saved in the document, never undone.
 */
export type Selection =
  | { readonly kind: 'actor'; readonly id: ActorId }
  | { readonly kind: 'tie'; readonly id: TieId }
  | null;

/** Actor colour and shape by actor-type group or by position cluster (the user's choice). */
export type ColourBy = 'type-group' | 'position';

export type WorkspaceView = 'canvas' | 'table' | 'split';

/** Each list empty = no filter on that facet; otherwise only matching elements stay bright. */
export interface Filters {
  readonly dimensions: readonly string[];
  readonly motives: readonly string[];
  readonly frequencies: readonly string[];
  readonly typeGroups: readonly string[];
}

export const NO_FILTERS: Filters = { dimensions: [], motives: [], frequencies: [], typeGroups: [] };

/** A layout guide's label: a codebook term (translated when drawn) or a message key. */
export type GuideLabel =
  | { readonly vocabulary: 'frequencies' | 'positions' | 'actorTypeGroups'; readonly id: string }
  | { readonly message: MessageKey };

/**
 * Rings and sectors of a concentric layout (canvas/layouts), around the school at (0, 0): radii in
 * model px (each ring a band from `inner` to `outer`), angles in radians clockwise from north.
 */
export interface LayoutGuides {
  readonly rings: readonly {
    readonly radius: number;
    readonly inner: number;
    readonly outer: number;
    readonly label: GuideLabel;
  }[];
  /** Sectors span the external rings, from `inner` to `outer`. */
  readonly sectors: readonly {
    readonly startAngle: number;
    readonly endAngle: number;
    readonly inner: number;
    readonly outer: number;
    readonly label: GuideLabel;
  }[];
}

export type LayoutKind = 'free' | 'rings-frequency' | 'rings-position' | 'force';

/**
 * A layout chosen in the layout menu, with the ones chosen before it. `positions` is the map's
 * positions object right after it, compared by identity: a layout counts (and its guides show)
 * while its step is not undone, so undoing a later layout brings an earlier one's guides back.
 */
export interface AppliedLayout {
  readonly kind: LayoutKind;
  readonly guides: LayoutGuides | null;
  readonly positions: PartnerMapDoc['positions'];
  readonly previous: AppliedLayout | null;
}

export interface ViewState {
  readonly selection: Selection;
  readonly colourBy: ColourBy;
  readonly filters: Filters;
  readonly workspace: WorkspaceView;
  /** The guided protocol's current step, or null when the protocol is not running. */
  readonly protocolStep: ProtocolStep | null;
  /** Presentation mode: full screen, large type, editing chrome hidden. */
  readonly presentation: boolean;
  /** First actor of a tie being drawn by "tap one, then the other"; null when not drawing. */
  readonly tieDraft: ActorId | null;
  /** The last layout applied from the layout menu, with its ring and sector guides. */
  readonly layout: AppliedLayout | null;
  /** The analysis panel is open (its size-by and marks show on the canvas while it is). */
  readonly analysisOpen: boolean;
  /** Shortest paths weighted by contact frequency (distance = 1 / level). */
  readonly analysisWeighted: boolean;
  /** The metric that sizes actors on the canvas, or null for the usual sizes. */
  readonly sizeBy: SizeMetric | null;
  /** Mark core actors, cut-points and bridges on the canvas (while the analysis is open). */
  readonly markStructure: boolean;
  /** "Show what depends on X": the actor X, or null. */
  readonly dependsOn: ActorId | null;
  /** Actor and tie ids an insight points at: the canvas fades the rest. */
  readonly highlight: readonly string[];
}

/** Metrics that can size the actors on the canvas. */
export type SizeMetric = 'degree' | 'betweenness' | 'closeness' | 'harmonic' | 'effectiveSize';

export const INITIAL_VIEW: ViewState = {
  selection: null,
  colourBy: 'type-group',
  filters: NO_FILTERS,
  workspace: 'canvas',
  protocolStep: null,
  presentation: false,
  tieDraft: null,
  layout: null,
  analysisOpen: false,
  analysisWeighted: false,
  sizeBy: null,
  markStructure: true,
  dependsOn: null,
  highlight: [],
};

export type ViewStore = Store<ViewState>;

export const createViewStore = (initial: ViewState = INITIAL_VIEW): ViewStore =>
  createStore(initial);

/** Patch helper: `view.setState(patchView({ colourBy: 'position' }))`. */
export const patchView =
  (patch: Partial<ViewState>) =>
  (state: ViewState): ViewState => ({ ...state, ...patch });

export const hasFilters = (f: Filters): boolean =>
  f.dimensions.length + f.motives.length + f.frequencies.length + f.typeGroups.length > 0;
