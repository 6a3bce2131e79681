import type { SingularElementArgument } from 'cytoscape';

/**
 * The part of Cytoscape 3.x's canvas renderer that builds a gradient for a tie's colour bands
 * (extensions/renderer/canvas/drawing-redraw.mjs). Not public API: see cacheTieGradients.
 */
export interface GradientMaker {
  createGradientStyleFor(
    context: CanvasRenderingContext2D,
    shapeStyleName: string,
    ele: SingularElementArgument,
    fill: string,
    opacity: number,
  ): CanvasGradient | null;
}

interface Entry {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
  readonly opacity: number;
  readonly colours: unknown;
  readonly positions: unknown;
  readonly gradient: CanvasGradient | null;
}

/**
 * Cytoscape builds a new gradient (and parses its colour stops again) every time it draws a tie
 * with colour bands: about a third of the time a 900-tie map takes to draw. A linear gradient is
 * set in the map's own coordinates, so one made for a tie stays right until its ends, colours or
 * opacity change, at any zoom and on any canvas (texture caches included): keep it until then.
 * Returns a function that restores the renderer. Does nothing when the method is missing.
 */
export function cacheTieGradients(renderer: Partial<GradientMaker>): () => void {
  const make = renderer.createGradientStyleFor;
  if (typeof make !== 'function') return () => undefined;
  const cache = new WeakMap<SingularElementArgument, Entry>();
  renderer.createGradientStyleFor = function (context, shapeStyleName, ele, fill, opacity) {
    if (shapeStyleName !== 'line' || fill !== 'linear-gradient' || !ele.isEdge()) {
      return make.call(this, context, shapeStyleName, ele, fill, opacity);
    }
    const { x: sx, y: sy } = ele.sourceEndpoint();
    const { x: tx, y: ty } = ele.targetEndpoint();
    // Parsed style values (pstyle is Cytoscape's untyped accessor): new arrays on every restyle.
    const { pstyle } = ele as unknown as { pstyle(name: string): { value: unknown } };
    const colours = pstyle.call(ele, 'line-gradient-stop-colors').value;
    const positions = pstyle.call(ele, 'line-gradient-stop-positions').value;
    const known = cache.get(ele);
    if (
      known &&
      known.sx === sx &&
      known.sy === sy &&
      known.tx === tx &&
      known.ty === ty &&
      known.opacity === opacity &&
      known.colours === colours &&
      known.positions === positions
    ) {
      return known.gradient;
    }
    const gradient = make.call(this, context, shapeStyleName, ele, fill, opacity);
    cache.set(ele, { sx, sy, tx, ty, opacity, colours, positions, gradient });
    return gradient;
  };
  return () => {
    renderer.createGradientStyleFor = make;
  };
}
