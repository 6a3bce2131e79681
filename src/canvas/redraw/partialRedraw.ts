import type { Core, SingularElementArgument } from 'cytoscape';
import type { SyncRunner } from '../sync';
import { overlap, toDevicePixels, toModel, union, type Box } from './dirtyAreas';
import {
  areaOf,
  endsOf,
  geometryOf,
  nodeLayerOf,
  paintsIn,
  rendererOf,
  sameEnds,
  type Ends,
  type RenderOptions,
  type Geometry,
} from './renderer';

/**
 * Above this share of the elements to draw again, a full redraw is about as cheap (drawing 80 %
 * of a 900-tie map through a clip still costs less than drawing all of it).
 */
const MAX_SHARE = 0.9;
/** Long ties are split into boxes of at most this many device pixels. */
const STEP_PX = 64;

interface Dirty {
  /** Where the element was drawn before the change (empty for a new element). */
  readonly before: readonly Box[];
  /** A tie of a changed actor: redrawn only when its ends moved. */
  readonly ends?: Ends;
  /** Added by the sync: may simply be drawn over what is there (see onTop). */
  readonly fresh?: boolean;
}

/** A partial redraw: new elements to draw over the canvas, and device boxes to draw again. */
interface Part {
  readonly over: SingularElementArgument[];
  readonly again: SingularElementArgument[];
  readonly pixels: readonly Box[];
  readonly zoom: number;
  readonly pan: { readonly x: number; readonly y: number };
  readonly pixelRatio: number;
}

/**
 * Whether the new elements come last in the drawing order, only nodes excepted that lie above
 * new ties: then drawing them over the canvas gives the pixels of a full redraw, once the
 * nodes they cross are drawn again.
 */
export function onTop(
  all: readonly SingularElementArgument[],
  fresh: ReadonlySet<unknown>,
): boolean {
  const first = all.findIndex((ele) => fresh.has(ele));
  if (first < 0) return false;
  let freshNode = false;
  for (const ele of all.slice(first)) {
    if (fresh.has(ele)) freshNode ||= ele.isNode();
    else if (ele.isEdge() || freshNode) return false;
  }
  return true;
}

/**
 * Cytoscape redraws every element after any change: ~50 ms for 900 banded ties in software
 * rendering. After a sync that touched a few elements, this redraws only the pixels they covered
 * before and cover now, with every element that paints there, in Cytoscape's order, and draws
 * new elements over the canvas; it does so as soon as the sync is done. Whatever else Cytoscape
 * is told about (viewport, drags, style sheets, its texture refinements) still gets its full
 * redraw in the next animation frame. Returns the runner for syncElements and patchElements.
 */
export function attachPartialRedraw(cy: Core): { run: SyncRunner; detach: () => void } {
  const r = rendererOf(cy);
  if (!r) return { run: (_plan, apply) => cy.batch(apply), detach: () => undefined };
  const { render, notify, redrawHint } = r;
  const dirty = new Map<SingularElementArgument, Dirty>();
  // Where each element paints, kept from one partial redraw to the next (a boundingBox() call
  // costs microseconds, times every element): only what a sync touched is measured again.
  const geometries = new Map<SingularElementArgument, Geometry>();
  const geometry = (ele: SingularElementArgument): Geometry => {
    let known = geometries.get(ele);
    if (!known) geometries.set(ele, (known = geometryOf(ele)));
    return known;
  };
  let mustRedrawAll = false;
  let inSync = false;
  let notifying = 0;
  let drawnView = '';

  const viewKey = () => {
    const pan = cy.pan();
    return [cy.zoom(), pan.x, pan.y, r.getPixelRatio(), r.canvasWidth, r.canvasHeight].join();
  };
  const step = () => STEP_PX / (cy.zoom() * r.getPixelRatio());
  const mark = (ele: SingularElementArgument, entry: () => Dirty) => {
    if (!dirty.has(ele)) dirty.set(ele, entry());
  };
  const slots = () => new Map(cy.elements().map((ele, slot) => [ele, slot] as const));

  const run: SyncRunner = (plan, apply) => {
    // A layout, another map: no use measuring what a full redraw will draw anyway.
    const touched = plan.removed.length + plan.changed.length + plan.added.length;
    if (touched > MAX_SHARE * cy.elements().length) {
      mustRedrawAll = true;
      cy.batch(apply);
      return;
    }
    plan.removed.forEach((ele) => mark(ele, () => ({ before: areaOf(ele, step()) })));
    plan.changed.forEach((ele) => mark(ele, () => ({ before: areaOf(ele, step()) })));
    plan.changed.nodes().forEach((node) => {
      node.connectedEdges().forEach((edge) => {
        mark(edge, () => ({ before: areaOf(edge, step()), ends: endsOf(edge) }));
      });
    });
    // Cytoscape fills a removed element's slot with its last one, which changes that element's
    // place in the drawing order (cytoscape collection/filter.mjs unmergeAt): redraw it too.
    const slotBefore = plan.removed.nonempty() ? slots() : null;
    inSync = true;
    try {
      cy.batch(apply);
    } finally {
      inSync = false;
    }
    for (const [ele, slot] of slotBefore ? slots() : []) {
      if (slotBefore?.get(ele) !== slot) mark(ele, () => ({ before: [] }));
    }
    for (const el of plan.added) {
      const ele = cy.getElementById(String(el.data.id));
      if (ele.nonempty()) mark(ele, () => ({ before: [], fresh: true }));
    }
    drawNow();
  };

  // Changes made outside a sync redraw everything, unless they only touch elements already
  // marked for this redraw. 'bounds' only follows other events.
  r.notify = (eventName, eles) => {
    if (!inSync && eventName !== 'bounds') {
      const known = eles !== undefined && Array.from(eles).every((ele) => dirty.has(ele));
      if (!known) mustRedrawAll = true;
    }
    notifying++;
    try {
      notify.call(r, eventName, eles);
    } finally {
      notifying--;
    }
  };
  r.redrawHint = (group, value) => {
    if (group === 'eles' && value && notifying === 0) mustRedrawAll = true;
    redrawHint.call(r, group, value);
  };

  /** What to draw instead of everything, or null when a full redraw is due or as cheap. */
  const planPart = (): Part | null => {
    if (mustRedrawAll || dirty.size === 0 || viewKey() !== drawnView) return null;
    if (r.motionBlurEnabled || r.textureOnViewport || r.hoverData?.draggingEles) return null;
    const all = r.getCachedZSortedEles().nondrag;
    const fresh = new Set([...dirty].filter(([, d]) => d.fresh).map(([ele]) => ele));
    const over = onTop(all, fresh) ? all.filter((ele) => fresh.has(ele)) : [];
    const boxes: Box[] = [];
    for (const [ele, { before, ends }] of dirty) {
      if (over.includes(ele)) continue;
      if (ends && ele.isEdge() && !ele.removed() && sameEnds(ele, ends)) continue;
      boxes.push(...before, ...areaOf(ele, step()));
    }
    // A new tie goes under the nodes it crosses: draw again where it meets them.
    const newTies = over.filter((ele) => ele.isEdge());
    const nodeAreas = newTies.length > 0 ? cy.nodes(':visible').map((n) => n.boundingBox()) : [];
    for (const part of newTies.flatMap((edge) => areaOf(edge, step()))) {
      for (const area of nodeAreas) {
        const both = overlap(part, area);
        if (both) boxes.push(both);
      }
    }
    const pixelRatio = r.getPixelRatio();
    const zoom = cy.zoom() * pixelRatio;
    const pan = { x: cy.pan().x * pixelRatio, y: cy.pan().y * pixelRatio };
    const pixels = boxes.map((b) => toDevicePixels(b, zoom, pan));
    const cleared = pixels.map((b) => toModel(b, zoom, pan));
    const again = cleared.length > 0 ? all.filter((ele) => paintsIn(geometry(ele), cleared)) : [];
    if (again.length + over.length > MAX_SHARE * all.length) return null;
    return { over, again, pixels, zoom, pan, pixelRatio };
  };

  const paintPart = ({ over, again, pixels, zoom, pan, pixelRatio }: Part): boolean => {
    const context = nodeLayerOf(r);
    if (over.length > 0) {
      context.save();
      context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
      r.drawCachedElements(context, over, pixelRatio, null);
      context.restore();
    }
    // Cleared and drawn again through a clip of whole-pixel boxes. Skia antialiases a little
    // differently under a clip (a few levels of alpha at line edges; the e2e test bounds it).
    if (pixels.length > 0) {
      context.save();
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.beginPath();
      for (const b of pixels) context.rect(b.x1, b.y1, b.x2 - b.x1, b.y2 - b.y1);
      context.clip();
      // The clip's path is still the current path: Cytoscape does not always begin a new one.
      context.beginPath();
      const all = union(pixels);
      context.clearRect(all.x1, all.y1, all.x2 - all.x1, all.y2 - all.y1);
      context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
      r.drawCachedElements(context, again, pixelRatio, null);
      context.restore();
    }
    r.data.canvasNeedsRedraw[r.NODE] = false;
    return true;
  };

  let broken = false;
  /** Draws the part that changed, or returns false when a full redraw is due. */
  const drawPart = (): boolean => {
    if (broken) return false;
    try {
      const part = planPart();
      return part !== null && paintPart(part);
    } catch (error) {
      // Cytoscape's internals changed under us: keep drawing, the usual (full) way.
      broken = true;
      console.error('Partial canvas redraws switched off:', error);
      return false;
    }
  };

  const finish = (options: RenderOptions, drewPart: boolean) => {
    if (drewPart) for (const ele of dirty.keys()) geometries.delete(ele);
    else geometries.clear();
    dirty.clear();
    mustRedrawAll = false;
    render.call(r, options); // the other layers; the node layer only when not drawn in part
    drawnView = viewKey();
  };

  r.render = (options) => {
    if (options?.forcedContext) return render.call(r, options);
    finish(options, drawPart());
  };

  // An edit is drawn as soon as it is synced, rather than in Cytoscape's next animation frame
  // (and after whatever else the browser runs first, such as React rendering the side panels):
  // the frame then only has to show it. What cannot be drawn in part is left to that frame.
  const drawNow = () => {
    if (!r.requestedFrame || dirty.size === 0 || mustRedrawAll) return;
    // What Cytoscape's render loop runs before it draws: styles and positions brought up to date.
    for (const { fn } of r.beforeRenderCallbacks) fn(true, performance.now());
    if (!drawPart()) {
      mustRedrawAll = true; // as the frame would find: no need to plan again
      return;
    }
    finish(r.renderOptions, true);
    r.requestedFrame = false;
  };

  const detach = () => {
    Object.assign(r, { render, notify, redrawHint });
  };
  return { run, detach };
}
