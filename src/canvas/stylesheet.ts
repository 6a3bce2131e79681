import type { StylesheetJson } from 'cytoscape';
import { INFORMAL_DASH, NOT_SET_KEY } from './encoding';
import { NODE_OUTLINE, SELECTION_COLOUR } from './palette';

/** Opacity of what a filter fades: still there, still clickable, clearly in the background. */
export const FADED_NODE_OPACITY = 0.2;
export const FADED_EDGE_OPACITY = 0.12;

/** The analysis marks' ink (core actors, cut-points, bridges) and the highlighter behind a focus. */
export const CORE_MARK_COLOUR = '#111827';
export const HIGHLIGHT_COLOUR = '#fde047';

/**
 * A `data(field)` mapper for a property whose typings only list literal values (shapes, gradient
 * stop lists). Cytoscape parses the mapped field at draw time (cytoscape 3.34 style/parse.mjs).
 */
const mapped = <T>(field: string): T => `data(${field})` as unknown as T;

/**
 * The canvas style table. Data-driven: every colour, shape, marker and width comes from
 * buildElements(), which takes it from the encoding table that the legend also reads.
 */
export const STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: mapped<'ellipse'>('shape'),
      label: 'data(label)',
      color: '#111827',
      'font-size': 14,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      width: 28,
      height: 28,
      'border-width': 1.5,
      'border-color': NODE_OUTLINE,
    },
  },
  {
    selector: `node[category = "${NOT_SET_KEY}"]`,
    style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#4b5563' },
  },
  {
    selector: 'node[kind = "ego"]',
    style: {
      width: 48,
      height: 48,
      'font-size': 16,
      'font-weight': 'bold',
      'text-max-width': '180px',
      'border-width': 3,
      'border-color': '#ffffff',
      'outline-width': 2,
      'outline-color': NODE_OUTLINE,
    },
  },
  {
    selector: 'node[kind = "internal"]',
    style: { width: 32, height: 22 },
  },
  {
    // A ring outside the node: the border keeps its width, because a node's ties end at its
    // border, and moving their ends would redraw every tie that crosses them.
    selector: 'node[?selected]',
    style: {
      'border-color': SELECTION_COLOUR,
      'border-style': 'solid',
      'outline-width': 3,
      'outline-color': SELECTION_COLOUR,
    },
  },
  {
    selector: 'node[?faded]',
    style: { opacity: FADED_NODE_OPACITY },
  },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      // One tie per pair and no loops (model/validate.ts): a bezier would be drawn straight
      // anyway, but costs Cytoscape a parallel-edge search per tie on every frame.
      'curve-style': 'straight',
      'target-arrow-color': 'data(arrowColour)',
      'arrow-scale': 1.1,
      opacity: 0.95,
      // The dimension letters: the second channel beside colour.
      label: 'data(marker)',
      'font-size': 11,
      'font-weight': 'bold',
      'font-family': 'system-ui, sans-serif',
      color: '#111827',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'text-border-width': 1,
      'text-border-color': '#9ca3af',
      'text-border-opacity': 1,
      // Hidden only when too small to read (below ~55 % zoom), which also keeps big maps fast.
      'min-zoomed-font-size': 6,
    },
  },
  {
    selector: 'edge[?multi]',
    style: {
      'line-fill': 'linear-gradient',
      'line-gradient-stop-colors': mapped<string[]>('stopColours'),
      'line-gradient-stop-positions': mapped<number[]>('stopPositions'),
    },
  },
  {
    selector: 'edge[?informal]',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [...INFORMAL_DASH] },
  },
  { selector: 'edge[directed = 1]', style: { 'target-arrow-shape': 'triangle' } },
  {
    selector: 'edge[?selected]',
    style: {
      'underlay-color': SELECTION_COLOUR,
      'underlay-opacity': 0.35,
      'underlay-padding': 5,
      'text-border-color': SELECTION_COLOUR,
      'text-border-width': 2,
    },
  },
  {
    selector: 'edge[?faded]',
    style: { opacity: FADED_EDGE_OPACITY },
  },
  // Drawing a tie (canvas/gestures): the source and target highlights and the preview line,
  // in dark ink and amber so that they never read as a motive colour or an informal tie.
  {
    selector: 'node.tie-draft-source, node.tie-draft-target',
    style: {
      'underlay-color': '#f59e0b',
      'underlay-opacity': 0.6,
      'underlay-padding': 10,
      'underlay-shape': 'ellipse',
      'border-color': '#111827',
      'border-width': 3,
      'border-style': 'solid',
      opacity: 1,
    },
  },
  {
    selector: 'node.tie-draft-target',
    style: { 'underlay-opacity': 0.9, 'underlay-padding': 13, 'border-width': 5 },
  },
  {
    selector: 'node.tie-ghost',
    style: {
      width: 14,
      height: 14,
      shape: 'ellipse',
      'background-color': '#ffffff',
      'border-color': '#111827',
      'border-width': 3,
      label: '',
      events: 'no',
      'z-index': 999,
    },
  },
  {
    selector: 'edge.tie-ghost',
    style: {
      width: 4,
      'line-color': '#111827',
      'line-fill': 'solid',
      'line-style': 'dashed',
      'line-dash-pattern': [12, 6],
      'curve-style': 'straight',
      'target-arrow-shape': 'none',
      'underlay-color': '#ffffff',
      'underlay-opacity': 0.8,
      'underlay-padding': 2,
      label: '',
      opacity: 1,
      events: 'no',
      'z-index': 999,
    },
  },
  // The analysis marks (elements.ts analysisMarks), each with a cue beside colour: size, a dark
  // outline and a star for core actors, a double border for cut-points, a dark casing for bridges.
  {
    selector: 'node[markWidth > 0]',
    style: { width: 'data(markWidth)', height: 'data(markHeight)' },
  },
  {
    selector: 'node[?markCore]',
    style: {
      label: 'data(markLabel)',
      'outline-width': 4,
      'outline-color': CORE_MARK_COLOUR,
      'outline-offset': 2,
    },
  },
  {
    selector: 'node[?markCutPoint]',
    style: { 'border-style': 'double', 'border-width': 8, 'border-color': CORE_MARK_COLOUR },
  },
  {
    selector: 'node[?markCutPoint][?selected]',
    style: { 'border-color': SELECTION_COLOUR },
  },
  {
    selector: 'edge[?markBridge]',
    style: { 'underlay-color': CORE_MARK_COLOUR, 'underlay-opacity': 0.5, 'underlay-padding': 3 },
  },
  {
    selector: 'edge[?markBridge][?selected]',
    style: { 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.35, 'underlay-padding': 5 },
  },
  { selector: 'node[?markDim]', style: { opacity: FADED_NODE_OPACITY } },
  { selector: 'edge[?markDim]', style: { opacity: FADED_EDGE_OPACITY } },
  // An underlay ignores the element's opacity: fade a faded bridge's casing by hand.
  {
    selector: 'edge[?markBridge][?markDim], edge[?markBridge][?faded]',
    style: { 'underlay-opacity': 0.5 * FADED_EDGE_OPACITY },
  },
  {
    selector: 'node[?markFocus]',
    style: {
      opacity: 1,
      'underlay-color': HIGHLIGHT_COLOUR,
      'underlay-opacity': 1,
      'underlay-padding': 12,
      'underlay-shape': 'ellipse',
    },
  },
  // A tie being drawn stays visible over a faded focus.
  { selector: 'node.tie-draft-source, node.tie-draft-target', style: { opacity: 1 } },
];
