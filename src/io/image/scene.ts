/**
 * What an image export draws, as plain data: every actor and tie with its final look, the legend
 * entries and the texts around the map. The UI builds it from the map and the canvas's own style
 * table (src/ui/export/scene.ts); the renderers here (svg.ts, and the PNG and PDF built from that
 * SVG) only lay it out. So io stays free of the canvas and the view, and the image cannot drift
 * from the screen: both read the same encoding.
 */

/** How an actor's outline is drawn; polygons as unit points (x, y in [-1, 1], y down). */
export type Outline =
  | { readonly kind: 'ellipse' }
  | { readonly kind: 'round-rectangle' }
  | { readonly kind: 'polygon'; readonly points: readonly number[] };

export interface SceneNode {
  readonly id: string;
  /** Centre, in map coordinates (the canvas's model px). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly outline: Outline;
  readonly fill: string;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly dashed: boolean;
  /** A second ring outside the border (the school: white border, dark ring). */
  readonly ring: { readonly colour: string; readonly width: number } | null;
  readonly label: string;
  readonly fontSize: number;
  readonly bold: boolean;
  /** Labels wrap at this width, as on the canvas. */
  readonly labelMaxWidth: number;
}

export interface SceneEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** One colour per band along the tie, from source to target (one band for a single colour). */
  readonly bands: readonly string[];
  readonly width: number;
  /** Dash and gap lengths for informal ties; null for a solid line. */
  readonly dash: readonly [number, number] | null;
  readonly directed: boolean;
  /** The dimension letters drawn at the middle ('' for none). */
  readonly marker: string;
}

export type LegendSwatch =
  | {
      readonly kind: 'actor';
      readonly outline: Outline;
      readonly fill: string;
      readonly stroke: string;
      readonly dashed: boolean;
    }
  | {
      readonly kind: 'tie';
      readonly colours: readonly string[];
      readonly marker: string;
      readonly width: number;
      readonly dashed: boolean;
      readonly arrow: boolean;
    };

export interface LegendEntry {
  readonly swatch: LegendSwatch;
  readonly label: string;
  /** Shown after the label, e.g. '(5)'; '' for none. */
  readonly count: string;
}

export interface LegendSection {
  readonly title: string;
  readonly entries: readonly LegendEntry[];
  /** A line under the entries ('The letters on a tie name its dimensions.'); '' for none. */
  readonly note: string;
}

export interface ImageScene {
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  /** Empty when the legend is switched off. */
  readonly legend: readonly LegendSection[];
  /** '' for none. */
  readonly title: string;
  /** A line with the date(s); '' for none. */
  readonly date: string;
  /** The map-level figures in a sentence; '' for none. */
  readonly caption: string;
}
