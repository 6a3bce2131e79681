import type { NodeShape } from '../../canvas/palette';

/**
 * Unit polygons (x, y in [-1, 1], y down) for the node shapes the canvas uses, computed the way
 * Cytoscape 3.34 computes them (renderer/base/node-shapes.mjs), so the legend draws the same shape.
 */
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = start + i * step;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  return points;
}

function fitToSquare(points: readonly number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const sx = 2 / (Math.max(...xs) - minX);
  const sy = 2 / (Math.max(...ys) - minY);
  // Stretch into the square [-1, 1]², as Cytoscape does for its regular polygons.
  return points.map((v, i) => (i % 2 === 0 ? (v - minX) * sx - 1 : (v - minY) * sy - 1));
}

function star(): number[] {
  const outer = ngon(5);
  const inner = ngon(5, Math.PI / 5);
  const innerRadius = 0.5 * (3 - Math.sqrt(5)) * 1.57;
  const points: number[] = [];
  for (let i = 0; i < 5; i++) {
    points.push(outer[2 * i]!, outer[2 * i + 1]!);
    points.push(inner[2 * i]! * innerRadius, inner[2 * i + 1]! * innerRadius);
  }
  return fitToSquare(points);
}

const POLYGONS: Partial<Record<NodeShape, readonly number[]>> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: fitToSquare(ngon(4)),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  pentagon: fitToSquare(ngon(5)),
  hexagon: fitToSquare(ngon(6)),
  octagon: fitToSquare(ngon(8)),
  'concave-hexagon': [-1, -0.95, -0.75, 0, -1, 0.95, 1, 0.95, 0.75, 0, 1, -0.95],
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
};

/** SVG `points` for a polygon shape centred on (cx, cy), or null for ellipse / round rectangle. */
export function polygonPoints(
  shape: NodeShape,
  cx: number,
  cy: number,
  halfWidth: number,
  halfHeight: number,
): string | null {
  const unit = POLYGONS[shape];
  if (!unit) return null;
  const out: string[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    out.push(
      `${(cx + halfWidth * unit[i]!).toFixed(2)},${(cy + halfHeight * unit[i + 1]!).toFixed(2)}`,
    );
  }
  return out.join(' ');
}

/** The unit polygon of a shape (as above), or null for ellipse / round rectangle. */
export const unitPolygon = (shape: NodeShape): readonly number[] | null => POLYGONS[shape] ?? null;
