/**
 * A force layout to untangle the map (d3-force), run synchronously for a fixed number of ticks.
 * Deterministic: actors and ties are taken in id order, the simulation starts from the current
 * positions (the school moved to the centre and pinned there) and d3's random jiggle draws from a
 * seeded generator, so the same map always gives the same positions.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { PartnerMapDoc, Point } from '../../model';
import { positionsFor } from '../placement';
import { MIN_DISTANCE, labelWidth } from './geometry';

export const FORCE_TICKS = 300;
/** A tie at the highest frequency level pulls its ends this close; each level less adds STEP. */
const SHORTEST_LINK = 110;
const LINK_STEP = 35;

interface Node extends SimulationNodeDatum {
  readonly id: string;
  readonly radius: number;
}

interface Link extends SimulationLinkDatum<Node> {
  readonly distance: number;
}

/** A linear congruential generator (Numerical Recipes constants), the same sequence every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Room for the label under a node: half its width and a margin; the school's label is bigger. */
const collisionRadius = (label: string, isCentre: boolean): number =>
  isCentre ? 80 : Math.max(MIN_DISTANCE / 2, labelWidth(label) / 2 + 8);

/**
 * Pushes apart any two actors closer than MIN_DISTANCE (the pinned school does not move), a few
 * rounds in a fixed order. Collision forces are soft; this makes the gap a promise.
 */
function separate(nodes: readonly Node[], pinned: Node | undefined): void {
  for (let round = 0; round < 50; round++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        let dx = (b.x ?? 0) - (a.x ?? 0);
        let dy = (b.y ?? 0) - (a.y ?? 0);
        let d = Math.hypot(dx, dy);
        if (d >= MIN_DISTANCE) continue;
        if (d < 1e-6) {
          // Same spot: part them along a direction fixed by their indices.
          [dx, dy, d] = [Math.cos(i + j), Math.sin(i + j), 1];
        }
        const push = (MIN_DISTANCE - d) / d + 1e-3;
        const shareA = a === pinned ? 0 : b === pinned ? 1 : 0.5;
        a.x = (a.x ?? 0) - dx * push * shareA;
        a.y = (a.y ?? 0) - dy * push * shareA;
        b.x = (b.x ?? 0) + dx * push * (1 - shareA);
        b.y = (b.y ?? 0) + dy * push * (1 - shareA);
        moved = true;
      }
    }
    if (!moved) return;
  }
}

export function forceLayout(
  map: PartnerMapDoc,
  { ticks = FORCE_TICKS }: { readonly ticks?: number } = {},
): { readonly positions: Record<string, Point> } {
  const start = positionsFor(map);
  const actors = [...map.actors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const centre = actors.find((a) => a.kind === 'ego');
  const origin = (centre && start.get(centre.id)) ?? { x: 0, y: 0 };
  const nodes: Node[] = actors.map((a) => {
    const p = start.get(a.id) ?? origin;
    const node: Node = {
      id: a.id,
      radius: collisionRadius(a.label, a === centre),
      x: p.x - origin.x,
      y: p.y - origin.y,
    };
    if (a === centre) [node.fx, node.fy] = [0, 0];
    return node;
  });
  const pinned = nodes.find((n) => n.id === centre?.id);

  const levels = new Map(map.codebook.frequencies.map((f) => [f.id, f.level]));
  const top = Math.max(1, ...levels.values());
  const known = new Set(nodes.map((n) => n.id));
  const links: Link[] = [...map.ties]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((t) => known.has(t.source) && known.has(t.target) && t.source !== t.target)
    .map((t) => {
      // Frequent ties are short; a tie without a (known) frequency counts as one level above the lowest.
      const level = (t.frequency !== null ? levels.get(t.frequency) : undefined) ?? 2;
      const distance = SHORTEST_LINK + Math.max(0, top - level) * LINK_STEP;
      return { source: t.source, target: t.target, distance };
    });

  const simulation = forceSimulation<Node>(nodes)
    .stop()
    .randomSource(seededRandom(20_261_101))
    .force(
      'link',
      forceLink<Node, Link>(links)
        .id((n) => n.id)
        .distance((l) => l.distance),
    )
    .force('charge', forceManyBody<Node>().strength(-320).distanceMax(900))
    .force(
      'collide',
      forceCollide<Node>((n) => n.radius),
    )
    // A weak pull to the centre keeps isolated actors and loose clusters in view.
    .force('x', forceX<Node>(0).strength(0.04))
    .force('y', forceY<Node>(0).strength(0.04));
  simulation.tick(Math.max(0, Math.floor(ticks)));
  separate(nodes, pinned);

  const positions: Record<string, Point> = {};
  for (const n of nodes) positions[n.id] = { x: Math.round(n.x ?? 0), y: Math.round(n.y ?? 0) };
  return { positions };
}
