import type { Core, EdgeSingular, SingularElementArgument } from 'cytoscape';
import {
  boxesMeet,
  reachBeyond,
  strokeBoxes,
  strokeMeets,
  type Box,
  type Point,
} from './dirtyAreas';
import type { Stroke } from './dirtyAreas';

/**
 * The parts of Cytoscape 3.x's canvas renderer (extensions/renderer/canvas) that a partial redraw
 * uses. Not public API: rendererOf() checks that they exist, and returns null otherwise.
 */
export type RenderOptions = { forcedContext?: unknown } | undefined;

export interface CanvasRenderer {
  readonly NODE: number;
  readonly data: { contexts: unknown[]; canvasNeedsRedraw: boolean[] };
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  readonly motionBlurEnabled?: boolean;
  readonly textureOnViewport?: boolean;
  readonly hoverData?: { draggingEles?: boolean };
  /** Set by redraw(): the render loop draws in its next animation frame. */
  requestedFrame: boolean;
  readonly renderOptions: RenderOptions;
  /** What the render loop runs before it draws (style and position updates, texture queues). */
  readonly beforeRenderCallbacks: readonly { fn: (willDraw: boolean, now: number) => void }[];
  render(options?: RenderOptions): void;
  notify(eventName: string, eles?: ArrayLike<SingularElementArgument>): void;
  redrawHint(group: string, value: boolean): void;
  getPixelRatio(): number;
  /** Every element in drawing order; `nondrag` are those drawn on the NODE layer. */
  getCachedZSortedEles(): { readonly nondrag: SingularElementArgument[] };
  drawCachedElements(
    context: CanvasRenderingContext2D,
    eles: SingularElementArgument[],
    pixelRatio: number,
    extent: null,
  ): void;
}

const METHODS = ['render', 'notify', 'redrawHint', 'getPixelRatio', 'getCachedZSortedEles'];

export function rendererOf(cy: Core): CanvasRenderer | null {
  const r = (cy as unknown as { renderer?: () => Partial<CanvasRenderer> }).renderer?.();
  const works =
    r !== undefined &&
    typeof r.NODE === 'number' &&
    typeof CanvasRenderingContext2D !== 'undefined' &&
    r.data?.contexts[r.NODE] instanceof CanvasRenderingContext2D &&
    METHODS.every((name) => typeof r[name as keyof CanvasRenderer] === 'function') &&
    Array.isArray(r.beforeRenderCallbacks) &&
    r.beforeRenderCallbacks.every((cb) => typeof cb.fn === 'function') &&
    typeof r.drawCachedElements === 'function';
  return works ? (r as CanvasRenderer) : null;
}

export const nodeLayerOf = (r: CanvasRenderer): CanvasRenderingContext2D =>
  r.data.contexts[r.NODE] as CanvasRenderingContext2D;

const finite = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y);

/** A tie as drawn now, or null when Cytoscape cannot draw it as a line (e.g. ends overlap). */
export function strokeOf(edge: EdgeSingular): Stroke | null {
  const from = edge.sourceEndpoint();
  const to = edge.targetEndpoint();
  if (!finite(from) || !finite(to)) return null;
  const body = edge.boundingBox({ includeLabels: false });
  const label = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  return {
    from,
    to,
    reach: reachBeyond(body, from, to),
    label: label.w > 0 && label.h > 0 ? label : null,
  };
}

/** Where the element paints now, as boxes of at most `step` along a tie; [] when not drawn. */
export function areaOf(ele: SingularElementArgument, step: number): Box[] {
  if (ele.removed() || !ele.visible()) return [];
  const stroke = ele.isEdge() ? strokeOf(ele) : null;
  return stroke ? strokeBoxes(stroke, step) : [ele.boundingBox()];
}

/** Where an element paints: its box, and for a tie its line, so that crossings can be exact. */
export interface Geometry {
  readonly visible: boolean;
  readonly box: Box;
  readonly stroke: Stroke | null;
}

export function geometryOf(ele: SingularElementArgument): Geometry {
  return {
    visible: ele.visible(),
    box: ele.boundingBox(),
    stroke: ele.isEdge() ? strokeOf(ele) : null,
  };
}

export function paintsIn({ visible, box, stroke }: Geometry, boxes: readonly Box[]): boolean {
  if (!visible || !boxes.some((b) => boxesMeet(box, b))) return false;
  return stroke ? strokeMeets(stroke, boxes) : true;
}

export type Ends = readonly [Point, Point];

export const endsOf = (edge: EdgeSingular): Ends => [edge.sourceEndpoint(), edge.targetEndpoint()];

export const sameEnds = (edge: EdgeSingular, [from, to]: Ends): boolean => {
  const [a, b] = endsOf(edge);
  return a.x === from.x && a.y === from.y && b.x === to.x && b.y === to.y;
};
