import type { ProtocolStep } from '../codebook';
import type { ActorId, TieId } from '../model';
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
}

export const INITIAL_VIEW: ViewState = {
  selection: null,
  colourBy: 'type-group',
  filters: NO_FILTERS,
  workspace: 'canvas',
  protocolStep: null,
  presentation: false,
  tieDraft: null,
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
