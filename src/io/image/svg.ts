/**
 * A map as an SVG document, written as text (no DOM): the title on top, the map with the legend
 * beside or under it, the caption and the date at the bottom. Every label is escaped (xml.ts).
 * The PNG export rasterises this very SVG and the PDF report draws it with svg2pdf, so the three
 * look the same. Sizes are in CSS px at 1× (map coordinates are the canvas's px at zoom 1).
 */
import { boxAround, type Box } from './geometry';
import type { ImageScene } from './scene';
import { LEGEND_WIDTH, legendBlock, type LegendBlock } from './svgLegend';
import { renderMapLayer, textElement } from './svgMap';
import { estimateTextWidth, LINE_HEIGHT, wrapText, type MeasureText } from './text';
import { element, escapeXml } from './xml';

export type Background = 'white' | 'transparent';

export interface SvgOptions {
  readonly background: Background;
  /** Width / height of the page the image must fill (print sizes); natural size when absent. */
  readonly aspect?: number;
  /** The `width` and `height` attributes (a raster size); the layout size when absent. */
  readonly pixelSize?: { readonly width: number; readonly height: number };
  readonly fontFamily?: string;
  readonly measure?: MeasureText;
}

export interface SvgImage {
  readonly svg: string;
  /** The layout size (the viewBox). */
  readonly width: number;
  readonly height: number;
  readonly legendPlacement: 'side' | 'below' | 'none';
  /** Each actor's shape and label, in viewBox coordinates. */
  readonly actorBoxes: ReadonlyMap<string, Box>;
}

export const DEFAULT_FONT_FAMILY = 'system-ui, sans-serif';
export const MARGIN = 24;
const GAP = 24;
const TITLE_SIZE = 24;
const CAPTION_SIZE = 13;
const DATE_SIZE = 12;
const MIN_TEXT_WIDTH = 360;

interface Layout {
  readonly placement: 'side' | 'below' | 'none';
  readonly legend: LegendBlock | null;
  readonly title: readonly string[];
  readonly footer: readonly { readonly text: string; readonly size: number }[];
  readonly headerHeight: number;
  readonly footerHeight: number;
  readonly width: number;
  readonly height: number;
}

function layoutFor(
  placement: 'side' | 'below' | 'none',
  scene: ImageScene,
  map: { readonly width: number; readonly height: number },
  measure: MeasureText,
): Layout {
  const columns = Math.floor((map.width + GAP) / (LEGEND_WIDTH + GAP));
  const legend =
    placement === 'none'
      ? null
      : legendBlock(scene.legend, placement === 'side' ? 1 : Math.max(2, columns), measure);
  const bodyWidth =
    legend === null
      ? map.width
      : placement === 'side'
        ? map.width + GAP + legend.width
        : Math.max(map.width, legend.width);
  const bodyHeight =
    legend === null
      ? map.height
      : placement === 'side'
        ? Math.max(map.height, legend.height)
        : map.height + GAP + legend.height;
  const textWidth = Math.max(bodyWidth, MIN_TEXT_WIDTH);
  const title = scene.title ? wrapText(scene.title, textWidth, TITLE_SIZE, true, measure) : [];
  const footer = [
    ...(scene.caption ? wrapText(scene.caption, textWidth, CAPTION_SIZE, false, measure) : []).map(
      (text) => ({ text, size: CAPTION_SIZE }),
    ),
    ...(scene.date ? wrapText(scene.date, textWidth, DATE_SIZE, false, measure) : []).map(
      (text) => ({ text, size: DATE_SIZE }),
    ),
  ];
  const headerHeight = title.length > 0 ? title.length * TITLE_SIZE * LINE_HEIGHT + GAP / 2 : 0;
  const footerHeight =
    footer.length > 0 ? GAP / 2 + footer.reduce((h, l) => h + l.size * LINE_HEIGHT, 0) : 0;
  const widest = Math.max(
    bodyWidth,
    ...title.map((l) => measure(l, TITLE_SIZE, true)),
    ...footer.map((l) => measure(l.text, l.size, false)),
  );
  return {
    placement,
    legend,
    title,
    footer,
    headerHeight,
    footerHeight,
    width: 2 * MARGIN + widest,
    height: 2 * MARGIN + headerHeight + bodyHeight + footerHeight,
  };
}

/** How large the layout comes out on a page of the given aspect (bigger is better). */
const fitOnPage = (layout: Layout, aspect: number): number =>
  Math.min(aspect / layout.width, 1 / layout.height);

export function renderSvg(scene: ImageScene, options: SvgOptions): SvgImage {
  const measure = options.measure ?? estimateTextWidth;
  const layer = renderMapLayer(scene.nodes, scene.edges, measure);
  const box = Number.isFinite(layer.box.left) ? layer.box : boxAround(0, 0, 0, 0);
  const map = { width: box.right - box.left, height: box.bottom - box.top };

  let layout: Layout;
  if (scene.legend.length === 0) {
    layout = layoutFor('none', scene, map, measure);
  } else {
    const side = layoutFor('side', scene, map, measure);
    const below = layoutFor('below', scene, map, measure);
    layout =
      options.aspect !== undefined &&
      fitOnPage(below, options.aspect) > fitOnPage(side, options.aspect)
        ? below
        : side;
  }
  let width = layout.width;
  let height = layout.height;
  if (options.aspect !== undefined && options.aspect > 0) {
    if (width / height < options.aspect) width = height * options.aspect;
    else height = width / options.aspect;
  }

  // The body (map and legend) fills the space between the title and the footer.
  const body = {
    left: MARGIN,
    top: MARGIN + layout.headerHeight,
    right: width - MARGIN,
    bottom: height - MARGIN - layout.footerHeight,
  };
  let mapArea = body;
  let legendSvg = '';
  const legend = layout.legend;
  if (legend && layout.placement === 'side') {
    legendSvg = legend.draw(body.right - legend.width, body.top);
    mapArea = { ...body, right: body.right - legend.width - GAP };
  } else if (legend) {
    legendSvg = legend.draw(body.left, body.bottom - legend.height);
    mapArea = { ...body, bottom: body.bottom - legend.height - GAP };
  }
  const dx = (mapArea.left + mapArea.right - map.width) / 2 - box.left;
  const dy = (mapArea.top + mapArea.bottom - map.height) / 2 - box.top;

  let svg = '';
  if (options.background === 'white') {
    svg += element('rect', { x: 0, y: 0, width, height, fill: '#ffffff' });
  }
  layout.title.forEach((line, i) => {
    const top = MARGIN + i * TITLE_SIZE * LINE_HEIGHT;
    svg += textElement(line, MARGIN, top, TITLE_SIZE, true, '#111827', 'start');
  });
  svg += element(
    'g',
    { transform: `translate(${round(dx)} ${round(dy)})`, 'data-map': '' },
    element('g', { 'data-layer': 'ties' }, layer.edges) +
      element('g', { 'data-layer': 'actors' }, layer.nodes) +
      element('g', { 'data-layer': 'labels' }, layer.labels),
  );
  svg += legendSvg;
  let top = height - MARGIN - layout.footerHeight + (layout.footer.length > 0 ? GAP / 2 : 0);
  for (const line of layout.footer) {
    const fill = line.size === DATE_SIZE ? '#4b5563' : '#111827';
    svg += textElement(line.text, MARGIN, top, line.size, false, fill, 'start');
    top += line.size * LINE_HEIGHT;
  }

  const actorBoxes = new Map<string, Box>();
  for (const [id, b] of layer.nodeBoxes) {
    actorBoxes.set(id, {
      left: b.left + round(dx),
      top: b.top + round(dy),
      right: b.right + round(dx),
      bottom: b.bottom + round(dy),
    });
  }
  const size = options.pixelSize ?? { width, height };
  const root = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: Math.round(size.width),
      height: Math.round(size.height),
      viewBox: `0 0 ${round(width)} ${round(height)}`,
      'font-family': options.fontFamily ?? DEFAULT_FONT_FAMILY,
      role: 'img',
    },
    (scene.title ? `<title>${escapeXml(scene.title)}</title>` : '') + svg,
  );
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`,
    width: round(width),
    height: round(height),
    legendPlacement: layout.placement,
    actorBoxes,
  };
}

const round = (value: number): number => Math.round(value * 100) / 100;
