/**
 * From the map and the canvas's style table to the plain scene the image renderers draw
 * (io/image/scene.ts). The same encoding (canvas/encoding.ts), positions (canvas/placement.ts)
 * and legend model (ui/legend/legendModel.ts) as the screen, and the sizes of the stylesheet
 * (canvas/stylesheet.ts), so that the image looks like the map on screen. Pure: no DOM, no React.
 */
import type { MapAnalysis } from '../../analysis';
import type { Locale } from '../../codebook';
import {
  INFORMAL_DASH,
  INTERNAL_ASPECT,
  isInformal,
  makeEncoding,
  metricSize,
  NOT_SET_KEY,
  tieWidth,
  type Encoding,
} from '../../canvas/encoding';
import { NO_MOTIVE_COLOUR, NODE_OUTLINE, type Look } from '../../canvas/palette';
import { positionsFor } from '../../canvas/placement';
import type {
  ImageScene,
  LegendEntry,
  LegendSection,
  Outline,
  SceneEdge,
  SceneNode,
} from '../../io/image';
import type { PartnerMapDoc } from '../../model';
import type { ColourBy, SizeMetric } from '../../store';
import { legendFor, type LegendModel, type Translate } from '../legend/legendModel';
import { unitPolygon } from '../legend/shapes';

export interface SceneOptions {
  readonly colourBy: ColourBy;
  readonly locale: Locale;
  readonly t: Translate;
  /** Metric value per actor id when the analysis sizes actors by a metric; null otherwise. */
  readonly sizes: ReadonlyMap<string, number | null> | null;
  readonly legend: boolean;
  /** '' for none; likewise date and caption. */
  readonly title: string;
  readonly date: string;
  readonly caption: string;
}

/** Canvas stylesheet sizes (canvas/stylesheet.ts). */
const ACTOR = { size: 28, fontSize: 14, labelWidth: 130, border: 1.5 };
const EGO = { size: 48, fontSize: 16, labelWidth: 180, border: 3, ring: 2 };
const INTERNAL = { width: 32, height: 22 };
const NOT_SET = { border: 2, colour: '#4b5563' };
const LINE_SAMPLE = '#4b5563';
/** As on the canvas: a tie with several dimensions repeats its bands three times. */
const BAND_REPEATS = 3;

export function outlineOf(look: Look): Outline {
  if (look.shape === 'ellipse') return { kind: 'ellipse' };
  const points = unitPolygon(look.shape);
  return points ? { kind: 'polygon', points } : { kind: 'round-rectangle' };
}

function sizeRange(sizes: ReadonlyMap<string, number | null>): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of sizes.values()) {
    if (v === null || !Number.isFinite(v)) continue;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return [min, max];
}

function sceneNodes(map: PartnerMapDoc, encoding: Encoding, options: SceneOptions): SceneNode[] {
  const positions = positionsFor(map);
  const [min, max] = options.sizes ? sizeRange(options.sizes) : [0, 0];
  return map.actors.map((a): SceneNode => {
    const category = encoding.categoryFor(a);
    const ego = a.kind === 'ego';
    const notSet = category.key === NOT_SET_KEY;
    let width = ego ? EGO.size : a.kind === 'internal' ? INTERNAL.width : ACTOR.size;
    let height = ego ? EGO.size : a.kind === 'internal' ? INTERNAL.height : ACTOR.size;
    if (options.sizes) {
      width = metricSize(options.sizes.get(a.id) ?? null, min, max);
      height = a.kind === 'internal' ? width * INTERNAL_ASPECT : width;
    }
    const at = positions.get(a.id) ?? { x: 0, y: 0 };
    return {
      id: a.id,
      x: at.x,
      y: at.y,
      width,
      height,
      outline: outlineOf(category.look),
      fill: category.look.colour,
      stroke: ego ? '#ffffff' : notSet ? NOT_SET.colour : NODE_OUTLINE,
      strokeWidth: ego ? EGO.border : notSet ? NOT_SET.border : ACTOR.border,
      dashed: notSet,
      ring: ego ? { colour: NODE_OUTLINE, width: EGO.ring } : null,
      label: a.label,
      fontSize: ego ? EGO.fontSize : ACTOR.fontSize,
      bold: ego,
      labelMaxWidth: ego ? EGO.labelWidth : ACTOR.labelWidth,
    };
  });
}

function sceneEdges(map: PartnerMapDoc, encoding: Encoding): SceneEdge[] {
  return map.ties.map((t): SceneEdge => {
    const style = encoding.tieStyleFor(t);
    const level =
      t.frequency !== null ? (encoding.frequencyLevelOf.get(t.frequency) ?? null) : null;
    const repeats = style.colours.length > 1 ? BAND_REPEATS : 1;
    const bands = Array.from(
      { length: style.colours.length * repeats },
      (_, i) => style.colours[i % style.colours.length]!,
    );
    return {
      id: t.id,
      source: t.source,
      target: t.target,
      bands: bands.length > 0 ? bands : [NO_MOTIVE_COLOUR],
      width: tieWidth(level),
      dash: isInformal(t) ? INFORMAL_DASH : null,
      directed: t.directed,
      marker: style.marker,
    };
  });
}

/** The legend's sections as the legend panel shows them (ui/legend/LegendPanel.tsx). */
export function legendSections(model: LegendModel, t: Translate): LegendSection[] {
  const count = (n: number) => t('encoding.count', { count: n });
  const sections: LegendSection[] = [
    {
      title: model.actorsTitle,
      entries: model.actors.map((e) => ({
        swatch: {
          kind: 'actor',
          outline: outlineOf(e.look),
          fill: e.look.colour,
          stroke: NODE_OUTLINE,
          dashed: e.key === NOT_SET_KEY,
        },
        label: e.label,
        count: count(e.count),
      })),
      note: '',
    },
    {
      title: t('encoding.tiesTitle'),
      entries: model.ties.map((e) => ({
        swatch: {
          kind: 'tie',
          colours: e.colours,
          marker: e.marker,
          width: 3,
          dashed: false,
          arrow: false,
        },
        label: e.label,
        count: count(e.count),
      })),
      note: model.ties.length > 0 ? t('encoding.lettersHint') : t('encoding.emptyTies'),
    },
  ];
  if (model.widths.length > 0) {
    sections.push({
      title: t('encoding.widthTitle'),
      entries: model.widths.map((e) => ({
        swatch: {
          kind: 'tie',
          colours: [NO_MOTIVE_COLOUR],
          marker: '',
          width: e.width,
          dashed: false,
          arrow: false,
        },
        label: e.label,
        count: count(e.count),
      })),
      note: '',
    });
  }
  const lines: LegendEntry[] = [];
  if (model.informalCount > 0) {
    lines.push({
      swatch: {
        kind: 'tie',
        colours: [LINE_SAMPLE],
        marker: '',
        width: 3,
        dashed: true,
        arrow: false,
      },
      label: t('encoding.informal'),
      count: count(model.informalCount),
    });
  }
  if (model.directedCount > 0) {
    lines.push({
      swatch: {
        kind: 'tie',
        colours: [LINE_SAMPLE],
        marker: '',
        width: 3,
        dashed: false,
        arrow: true,
      },
      label: t('encoding.directed'),
      count: count(model.directedCount),
    });
  }
  if (lines.length > 0) sections.push({ title: t('encoding.lineTitle'), entries: lines, note: '' });
  return sections;
}

export function buildScene(map: PartnerMapDoc, options: SceneOptions): ImageScene {
  const encoding = makeEncoding(map.codebook, options.colourBy, options.locale);
  return {
    nodes: sceneNodes(map, encoding, options),
    edges: sceneEdges(map, encoding),
    legend: options.legend
      ? legendSections(legendFor(map, encoding, options.locale, options.t), options.t)
      : [],
    title: options.title,
    date: options.date,
    caption: options.caption,
  };
}

/** Sizes for the scene: the analysis's metric per actor, when the canvas sizes actors by one. */
export function sizesFrom(
  analysis: MapAnalysis | null,
  metric: SizeMetric | null,
): ReadonlyMap<string, number | null> | null {
  if (!analysis || metric === null) return null;
  return new Map(analysis.actorIds.map((id) => [id, analysis.actors[id]?.[metric] ?? null]));
}
