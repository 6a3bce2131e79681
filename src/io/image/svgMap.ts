/**
 * The map part of an image: ties, actors and labels in map coordinates, drawn the way the canvas
 * draws them (canvas/stylesheet.ts): ties from outline to outline in colour bands, arrows at the
 * target, the dimension letters in a small white box at the middle, labels under the actors in
 * a white box, wrapped at the same width.
 */
import { boxAround, EMPTY_BOX, outlineDistance, outlineElement, union, type Box } from './geometry';
import type { SceneEdge, SceneNode } from './scene';
import { ASCENT, LINE_HEIGHT, widest, wrapText, type MeasureText } from './text';
import { colour, element, escapeXml, num } from './xml';

const LABEL_MARGIN = 4;
const LABEL_PADDING = 2;
const LABEL_BACKGROUND_OPACITY = 0.85;
const MARKER_FONT_SIZE = 11;
const MARKER_PADDING = 2;
const MARKER_BORDER = '#9ca3af';
const EDGE_OPACITY = 0.95;
const TEXT_COLOUR = '#111827';
/** Distance between parallel ties of the same two actors. */
const PARALLEL_STEP = 16;

/** Arrow length and width for a tie width (Cytoscape's arrow size, arrow-scale 1.1). */
export const arrowSize = (edgeWidth: number): number =>
  0.3 * Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * 1.1;

export interface MapLayer {
  readonly edges: string;
  readonly nodes: string;
  readonly labels: string;
  /** Everything drawn, in map coordinates. */
  readonly box: Box;
  /** Each actor's shape and label box, by actor id (for tests: nothing may be cut off). */
  readonly nodeBoxes: ReadonlyMap<string, Box>;
}

interface Segment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

function edgeSegment(edge: SceneEdge, s: SceneNode, t: SceneNode, offset: number): Segment | null {
  const length = Math.hypot(t.x - s.x, t.y - s.y);
  if (length < 1e-6) return null;
  const dx = (t.x - s.x) / length;
  const dy = (t.y - s.y) / length;
  // Parallel ties are shifted sideways (the canvas bends them apart).
  const ox = -dy * offset;
  const oy = dx * offset;
  const fromS = outlineDistance(s.outline, s.width / 2, s.height / 2, dx, dy);
  const fromT = outlineDistance(t.outline, t.width / 2, t.height / 2, -dx, -dy);
  if (fromS + fromT >= length) return null;
  return {
    x1: s.x + ox + dx * fromS,
    y1: s.y + oy + dy * fromS,
    x2: t.x + ox - dx * fromT,
    y2: t.y + oy - dy * fromT,
  };
}

function drawEdge(edge: SceneEdge, seg: Segment, measure: MeasureText): { svg: string; box: Box } {
  const length = Math.hypot(seg.x2 - seg.x1, seg.y2 - seg.y1);
  const dx = (seg.x2 - seg.x1) / length;
  const dy = (seg.y2 - seg.y1) / length;
  const arrow = edge.directed ? Math.min(arrowSize(edge.width), length * 0.6) : 0;
  const lineLength = length - arrow;
  const bands = edge.bands.length > 0 ? edge.bands : ['#9ca3af'];
  const step = lineLength / bands.length;
  let svg = '';
  bands.forEach((band, b) => {
    svg += element('line', {
      x1: seg.x1 + dx * step * b,
      y1: seg.y1 + dy * step * b,
      x2: seg.x1 + dx * step * (b + 1),
      y2: seg.y1 + dy * step * (b + 1),
      stroke: colour(band),
      'stroke-width': edge.width,
      'stroke-dasharray': edge.dash ? `${num(edge.dash[0])} ${num(edge.dash[1])}` : null,
      // The dash pattern runs on across the bands.
      'stroke-dashoffset': edge.dash && b > 0 ? step * b : null,
    });
  });
  let box = union(boxAround(seg.x1, seg.y1, 0, 0), boxAround(seg.x2, seg.y2, 0, 0));
  if (arrow > 0) {
    const bx = seg.x2 - dx * arrow;
    const by = seg.y2 - dy * arrow;
    const half = arrow / 2;
    const points = [
      [seg.x2, seg.y2],
      [bx - dy * half, by + dx * half],
      [bx + dy * half, by - dx * half],
    ];
    svg += element('polygon', {
      points: points.map(([x, y]) => `${num(x!)},${num(y!)}`).join(' '),
      fill: colour(bands[bands.length - 1]!),
    });
  }
  if (edge.marker) {
    const mx = (seg.x1 + seg.x2) / 2;
    const my = (seg.y1 + seg.y2) / 2;
    const w = measure(edge.marker, MARKER_FONT_SIZE, true) + 2 * MARKER_PADDING;
    const h = MARKER_FONT_SIZE * LINE_HEIGHT + 2 * MARKER_PADDING;
    svg += element('rect', {
      x: mx - w / 2,
      y: my - h / 2,
      width: w,
      height: h,
      rx: 3,
      ry: 3,
      fill: '#ffffff',
      'fill-opacity': 0.9,
      stroke: MARKER_BORDER,
      'stroke-width': 1,
    });
    svg += textElement(edge.marker, mx, my - h / 2 + MARKER_PADDING, MARKER_FONT_SIZE, true);
    box = union(box, boxAround(mx, my, w / 2 + 1, h / 2 + 1));
  }
  return { svg: element('g', { opacity: EDGE_OPACITY, 'data-tie': edge.id }, svg), box };
}

/** One line of centred text whose line box starts at `top`. */
export function textElement(
  text: string,
  x: number,
  top: number,
  fontSize: number,
  bold: boolean,
  fill = TEXT_COLOUR,
  anchor: 'middle' | 'start' = 'middle',
): string {
  const baseline = top + ASCENT * fontSize;
  return element(
    'text',
    {
      x,
      y: baseline,
      'font-size': fontSize,
      'font-weight': bold ? 'bold' : null,
      'text-anchor': anchor,
      fill,
    },
    escapeXml(text),
  );
}

function drawNode(node: SceneNode): string {
  let svg = '';
  if (node.ring) {
    const grow = node.strokeWidth + node.ring.width;
    svg += outlineElement(node.outline, node.x, node.y, node.width + grow, node.height + grow, {
      fill: 'none',
      stroke: colour(node.ring.colour),
      'stroke-width': node.ring.width,
    });
  }
  svg += outlineElement(node.outline, node.x, node.y, node.width, node.height, {
    fill: colour(node.fill),
    stroke: colour(node.stroke),
    'stroke-width': node.strokeWidth,
    'stroke-dasharray': node.dashed ? '5 3' : null,
  });
  return element('g', { 'data-actor': node.id }, svg);
}

function drawLabel(node: SceneNode, measure: MeasureText): { svg: string; box: Box } | null {
  const lines = wrapText(node.label, node.labelMaxWidth, node.fontSize, node.bold, measure);
  if (lines.length === 0) return null;
  const lineHeight = node.fontSize * LINE_HEIGHT;
  const ringWidth = node.ring ? node.ring.width + node.strokeWidth : node.strokeWidth / 2;
  const top = node.y + node.height / 2 + ringWidth + LABEL_MARGIN;
  const width = widest(lines, node.fontSize, node.bold, measure) + 2 * LABEL_PADDING;
  const height = lines.length * lineHeight + 2 * LABEL_PADDING;
  let svg = element('rect', {
    x: node.x - width / 2,
    y: top,
    width,
    height,
    rx: 3,
    ry: 3,
    fill: '#ffffff',
    'fill-opacity': LABEL_BACKGROUND_OPACITY,
  });
  lines.forEach((line, i) => {
    svg += textElement(
      line,
      node.x,
      top + LABEL_PADDING + i * lineHeight,
      node.fontSize,
      node.bold,
    );
  });
  const box: Box = {
    left: node.x - width / 2,
    top,
    right: node.x + width / 2,
    bottom: top + height,
  };
  return { svg: element('g', { 'data-label': node.id }, svg), box };
}

/** Draws the map; ties under actors under labels, as on the canvas. */
export function renderMapLayer(
  nodes: readonly SceneNode[],
  edges: readonly SceneEdge[],
  measure: MeasureText,
): MapLayer {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pairCount = new Map<string, number>();
  const pairIndex = new Map<string, number>();
  const pairKey = (e: SceneEdge) =>
    e.source < e.target ? `${e.source}\n${e.target}` : `${e.target}\n${e.source}`;
  for (const e of edges) pairCount.set(pairKey(e), (pairCount.get(pairKey(e)) ?? 0) + 1);

  let box = EMPTY_BOX;
  let edgeSvg = '';
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const key = pairKey(e);
    const index = pairIndex.get(key) ?? 0;
    pairIndex.set(key, index + 1);
    const count = pairCount.get(key) ?? 1;
    // Offsets measured in the direction source → target of the pair's first actor.
    const sign = e.source < e.target ? 1 : -1;
    const offset = sign * (index - (count - 1) / 2) * PARALLEL_STEP;
    const seg = edgeSegment(e, s, t, offset);
    if (!seg) continue;
    const drawn = drawEdge(e, seg, measure);
    edgeSvg += drawn.svg;
    box = union(box, drawn.box);
  }

  let nodeSvg = '';
  let labelSvg = '';
  const nodeBoxes = new Map<string, Box>();
  for (const n of nodes) {
    nodeSvg += drawNode(n);
    const extra = (n.ring ? n.ring.width + n.strokeWidth : 0) + n.strokeWidth / 2;
    let nodeBox = boxAround(n.x, n.y, n.width / 2 + extra, n.height / 2 + extra);
    const label = drawLabel(n, measure);
    if (label) {
      labelSvg += label.svg;
      nodeBox = union(nodeBox, label.box);
    }
    nodeBoxes.set(n.id, nodeBox);
    box = union(box, nodeBox);
  }
  return { edges: edgeSvg, nodes: nodeSvg, labels: labelSvg, box, nodeBoxes };
}
