/**
 * The canvas colours and shapes. Colour never stands alone: every actor category also has its own
 * shape, and every motive dimension its own letter marker on the tie (see encoding.ts).
 *
 * Actor-type groups use Paul Tol's "muted" scheme (9 colours designed to stay apart for the common
 * colour-vision deficiencies); positions use Tol's "bright" scheme; motive dimensions use three of
 * the Okabe–Ito colours. Light fills get a dark outline so they stand out on the white canvas.
 */

/** Node shapes Cytoscape draws natively (cytoscape 3.34, `shape` style property). */
export type NodeShape =
  | 'ellipse'
  | 'triangle'
  | 'rectangle'
  | 'round-rectangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'concave-hexagon'
  | 'octagon'
  | 'star'
  | 'vee'
  | 'rhomboid'
  | 'tag';

export interface Look {
  readonly colour: string;
  readonly shape: NodeShape;
}

/** Default looks for the codebook's actor-type groups (domain.md §1, groups A–I). */
export const TYPE_GROUP_LOOKS: Readonly<Record<string, Look>> = {
  'education-support': { colour: '#332288', shape: 'ellipse' },
  'higher-education': { colour: '#88ccee', shape: 'triangle' },
  schools: { colour: '#44aa99', shape: 'rectangle' },
  government: { colour: '#117733', shape: 'diamond' },
  business: { colour: '#999933', shape: 'hexagon' },
  'welfare-culture': { colour: '#ddcc77', shape: 'star' },
  'individual-roles': { colour: '#cc6677', shape: 'vee' },
  families: { colour: '#882255', shape: 'tag' },
  international: { colour: '#aa4499', shape: 'rhomboid' },
};

/** Default looks for the position clusters (domain.md §2a). */
export const POSITION_LOOKS: Readonly<Record<string, Look>> = {
  core: { colour: '#ee6677', shape: 'star' },
  context: { colour: '#4477aa', shape: 'ellipse' },
  anchoring: { colour: '#228833', shape: 'diamond' },
  framing: { colour: '#ccbb44', shape: 'triangle' },
};

/** For categories a map adds to its codebook: colours and shapes are combined by index. */
export const EXTRA_COLOURS: readonly string[] = ['#0077bb', '#ee7733', '#009988', '#cc3311'];
export const EXTRA_SHAPES: readonly NodeShape[] = ['pentagon', 'concave-hexagon', 'octagon'];

export const EGO_LOOK: Look = { colour: '#1f2937', shape: 'round-rectangle' };
export const INTERNAL_LOOK: Look = { colour: '#6b7280', shape: 'round-rectangle' };
/** Actors without a type or position: a pale fill with a dashed outline (see the stylesheet). */
export const NOT_SET_LOOK: Look = { colour: '#e5e7eb', shape: 'ellipse' };
export const NODE_OUTLINE = '#1f2937';

/** Motive dimensions (domain.md §3): Okabe–Ito vermillion, blue, bluish green. */
export const DIMENSION_COLOURS: Readonly<Record<string, string>> = {
  task: '#d55e00',
  relation: '#0072b2',
  growth: '#009e73',
};
export const EXTRA_DIMENSION_COLOURS: readonly string[] = ['#cc79a7', '#e69f00', '#56b4e9'];
export const NO_MOTIVE_COLOUR = '#9ca3af';

export const SELECTION_COLOUR = '#2563eb';
