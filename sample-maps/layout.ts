/**
 * Deterministic radial layout for the sample maps: the school at (0, 0), internal actors close to
 * it, partners on three rings (core inside), grouped in angular sectors by actor-type group so that
 * related partners sit together. Neighbours on a ring are pushed apart until they are SPACING px
 * apart along the arc; then each partner picks, from a few nearby spots, the one where its label
 * (drawn under the node at ~12 px) overlaps least with what is already placed.
 */
import type { Point } from '../src/model';

export interface LayoutNode {
  readonly id: string;
  readonly label: string;
}

export interface RingNode extends LayoutNode {
  /** Actor-type group: sectors follow the order of `groups`. */
  readonly group: string;
  /** 0 = inner ring … 2 = outer ring. */
  readonly ring: number;
}

export interface InnerNode extends LayoutNode {
  /** The group whose sector the actor sits in front of, if any. */
  readonly near: string | undefined;
}

export const RINGS = [220, 380, 520] as const;
const INNER_RADIUS = 120;
const SPACING = 115;
const PHASE = 50;
const TAU = 2 * Math.PI;
/** The smallest distance allowed between two actors, so labels at ~12 px stay readable. */
export const MIN_DISTANCE = 90;
/** Radial offsets a partner may take, per ring, in order of preference. */
const OFFSETS: readonly (readonly number[])[] = [
  [0, 30, 55],
  [0, 30, -30, 55],
  [0, 30, -30, 60],
];
const NUDGES = [0, 0.04, -0.04];

const polar = (r: number, angle: number): Point => ({
  x: Math.round(r * Math.sin(angle)),
  y: Math.round(-r * Math.cos(angle)),
});

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The label's box: centred under the node, about 6.5 px a character at 12 px. */
export function labelBox(p: Point, label: string): Box {
  const half = ([...label].length * 6.5) / 2;
  return { x0: p.x - half, y0: p.y + 14, x1: p.x + half, y1: p.y + 30 };
}

const nodeBox = (p: Point): Box => ({ x0: p.x - 12, y0: p.y - 12, x1: p.x + 12, y1: p.y + 12 });

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Pushes sorted angles apart (around the circle) until neighbours are at least `gap` apart. */
export function spread(wanted: readonly number[], gap: number): number[] {
  const a = [...wanted];
  if (a.length * gap > TAU) throw new Error(`layout: ${a.length} nodes do not fit on one ring`);
  for (let round = 0; round < 5000; round++) {
    let moved = false;
    for (let i = 0; i < a.length && a.length > 1; i++) {
      const j = (i + 1) % a.length;
      const diff = (a[j] ?? 0) - (a[i] ?? 0) + (j === 0 ? TAU : 0);
      if (diff < gap - 1e-9) {
        const push = (gap - diff) / 2 + 1e-6;
        a[i] = (a[i] ?? 0) - push;
        a[j] = (a[j] ?? 0) + push;
        moved = true;
      }
    }
    if (!moved) return a;
  }
  throw new Error('layout: could not spread the nodes');
}

/** Places nodes one by one, each at the candidate spot that clashes least with earlier ones. */
class Placer {
  readonly positions: Record<string, Point> = {};
  private readonly placed: { p: Point; label: Box; node: Box }[] = [];

  put(node: LayoutNode, candidates: readonly Point[]): void {
    let best: Point | undefined;
    let bestCost = Infinity;
    for (const p of candidates) {
      if (this.placed.some((q) => Math.hypot(p.x - q.p.x, p.y - q.p.y) < MIN_DISTANCE)) continue;
      const label = labelBox(p, node.label);
      const box = nodeBox(p);
      const cost = this.placed.reduce(
        (s, q) => s + overlap(label, q.label) + overlap(label, q.node) + overlap(box, q.label),
        0,
      );
      if (cost < bestCost - 1e-9) [best, bestCost] = [p, cost];
    }
    if (!best) throw new Error(`layout: no free spot for ${node.id}`);
    this.positions[node.id] = best;
    this.placed.push({ p: best, label: labelBox(best, node.label), node: nodeBox(best) });
  }
}

export function radialLayout(
  ego: LayoutNode,
  groups: readonly string[],
  partners: readonly RingNode[],
  inner: readonly InnerNode[],
): Record<string, Point> {
  const present = groups.filter((g) => partners.some((p) => p.group === g));
  const weights = present.map((g) => partners.filter((p) => p.group === g).length + 1);
  const total = weights.reduce((s, w) => s + w, 0);
  const sectors = new Map<string, { start: number; width: number }>();
  let start = 0;
  present.forEach((g, i) => {
    const width = (TAU * (weights[i] ?? 0)) / total;
    sectors.set(g, { start, width });
    start += width;
  });
  const centre = (g: string | undefined): number | undefined => {
    const s = g === undefined ? undefined : sectors.get(g);
    return s && s.start + s.width / 2;
  };

  const placer = new Placer();
  placer.put(ego, [{ x: 0, y: 0 }]);
  const innerWanted = inner
    .map((node, i) => ({ node, angle: centre(node.near) ?? (TAU * (i + 0.5)) / inner.length }))
    .sort((a, b) => a.angle - b.angle);
  const innerAngles = spread(
    innerWanted.map((n) => n.angle),
    SPACING / INNER_RADIUS,
  );
  innerWanted.forEach(({ node }, i) => {
    const angle = innerAngles[i] ?? 0;
    const candidates = [0, 20].flatMap((dr) =>
      [0, 0.15, -0.15, 0.3, -0.3].map((da) => polar(INNER_RADIUS + dr, angle + da)),
    );
    placer.put(node, candidates);
  });

  RINGS.forEach((radius, ring) => {
    const gap = SPACING / radius;
    // Rings start a little out of phase, so a partner does not hide right behind another one.
    const phase = ((ring === 1 ? 1 : ring === 2 ? -1 : 0) * PHASE) / radius;
    const nodes: RingNode[] = [];
    const wanted: number[] = [];
    for (const g of present) {
      const here = partners.filter((p) => p.ring === ring && p.group === g);
      const s = sectors.get(g);
      if (!s || here.length === 0) continue;
      const step = Math.max(gap, s.width / here.length);
      here.forEach((p, i) => {
        nodes.push(p);
        wanted.push(s.start + s.width / 2 + phase + (i - (here.length - 1) / 2) * step);
      });
    }
    const angles = spread(wanted, gap);
    nodes.forEach((node, i) => {
      const angle = angles[i] ?? 0;
      const candidates = (OFFSETS[ring] ?? [0]).flatMap((dr) =>
        NUDGES.map((da) => polar(radius + dr, angle + da)),
      );
      placer.put(node, candidates);
    });
  });
  return placer.positions;
}

/** The smallest distance between two placed actors, with the pair. */
export function closestPair(positions: Readonly<Record<string, Point>>): [number, string, string] {
  const entries = Object.entries(positions);
  let best: [number, string, string] = [Infinity, '', ''];
  entries.forEach(([a, p], i) => {
    for (const [b, q] of entries.slice(i + 1)) {
      const d = Math.hypot(p.x - q.x, p.y - q.y);
      if (d < best[0]) best = [d, a, b];
    }
  });
  return best;
}
