/**
 * Where to look after a layout: the zoom and pan that show the whole result in the canvas.
 * Pure arithmetic on the model, so it does not wait for Cytoscape to draw the new positions.
 */
import type { Point } from '../../model';
import type { LayoutGuides } from '../../store';

export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
}

export interface FrameArgs {
  readonly width: number;
  readonly height: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Screen margins: sector names stand outside the rings, left and right need the most room. */
const GUIDE_MARGIN = { x: 170, y: 44 };
const NODE_MARGIN = { x: 30, y: 30 };

function fit(box: Box, margin: { x: number; y: number }, args: FrameArgs): Viewport | null {
  const room = { x: args.width - 2 * margin.x, y: args.height - 2 * margin.y };
  if (room.x <= 0 || room.y <= 0) return null;
  const w = Math.max(box.x2 - box.x1, 1);
  const h = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.min(args.maxZoom, Math.max(args.minZoom, Math.min(room.x / w, room.y / h)));
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return {
    zoom,
    pan: { x: args.width / 2 - centre.x * zoom, y: args.height / 2 - centre.y * zoom },
  };
}

/** The rings with their sector names, centred on the school. */
export function frameGuides(guides: LayoutGuides, args: FrameArgs): Viewport | null {
  const outer = Math.max(
    0,
    ...guides.rings.map((r) => r.outer),
    ...guides.sectors.map((s) => s.outer),
  );
  if (outer === 0) return null;
  return fit({ x1: -outer, y1: -outer, x2: outer, y2: outer }, GUIDE_MARGIN, args);
}

/** Every actor with its label (drawn under the node, up to 130 px wide). */
export function framePositions(points: readonly Point[], args: FrameArgs): Viewport | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const box = {
    x1: Math.min(...xs) - 70,
    y1: Math.min(...ys) - 25,
    x2: Math.max(...xs) + 70,
    y2: Math.max(...ys) + 75,
  };
  return fit(box, NODE_MARGIN, args);
}
