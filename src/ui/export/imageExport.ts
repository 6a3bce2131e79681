/**
 * Making an image export from the dialog's settings: the scene, the SVG, and from it the PNG (at
 * a clamped size, with the map embedded) or the PDF report. Returns the file to download.
 */
import type { MapAnalysis } from '../../analysis';
import type { Insight } from '../../analysis/insights';
import type { Locale } from '../../codebook';
import {
  clampToCanvas,
  embedMapInPng,
  isPaperPreset,
  renderSvg,
  requestedSize,
  DEFAULT_FONT_FAMILY,
  type Background,
  type ClampedSize,
  type ImageScene,
  type MeasureText,
  type Orientation,
  type PixelSize,
  type SizePreset,
} from '../../io/image';
import type { ExportFile } from '../../io/types';
import { baseFileName } from '../../io/writers/files';
import { nativeText } from '../../io/writers/native';
import type { PartnerMapDoc } from '../../model';
import type { ViewState } from '../../store';
import type { Translate } from '../legend/legendModel';
import { canvasMeasure, loadPdfFonts, PDF_FONT_FAMILY, svgToPng } from './browser';
import { reportContent } from './report';
import { buildScene, sizesFrom } from './scene';
import { captionText, dateText } from './texts';

export type ImageFormat = 'png' | 'svg' | 'pdf';

export interface ImageSettings {
  readonly format: ImageFormat;
  readonly size: SizePreset;
  readonly customWidth: number;
  readonly background: Background;
  readonly showTitle: boolean;
  readonly titleText: string;
  readonly showLegend: boolean;
  readonly showDate: boolean;
  readonly showCaption: boolean;
  readonly embedMap: boolean;
  readonly orientation: Orientation;
}

export interface ExportInput {
  readonly map: PartnerMapDoc;
  readonly view: Pick<ViewState, 'colourBy' | 'analysisOpen' | 'sizeBy'>;
  readonly analysis: MapAnalysis;
  readonly core: ReadonlySet<string>;
  readonly insights: readonly Insight[];
  readonly locale: Locale;
  readonly t: Translate;
  /** YYYY-MM-DD */
  readonly today: string;
}

export interface PngPlan {
  readonly natural: PixelSize;
  readonly requested: PixelSize;
  readonly size: ClampedSize;
  /** The aspect the layout fills (print sizes), or undefined for the map's own. */
  readonly aspect: number | undefined;
}

function sceneFor(input: ExportInput, settings: ImageSettings, forPdf: boolean): ImageScene {
  const { map, view, analysis, locale, t } = input;
  // On screen the analysis sizes actors only while its panel is open: so does the image.
  const sizes = view.analysisOpen ? sizesFrom(analysis, view.sizeBy) : null;
  return buildScene(map, {
    colourBy: view.colourBy,
    locale,
    t,
    sizes,
    legend: forPdf || settings.showLegend,
    // The PDF prints the title, dates and figures itself.
    title: !forPdf && settings.showTitle ? settings.titleText.trim() : '',
    date: !forPdf && settings.showDate ? dateText(map, input.today, locale, t) : '',
    caption: !forPdf && settings.showCaption ? captionText(analysis, locale, t) : '',
  });
}

/** What a PNG of these settings will measure (shown in the dialog before exporting). */
export function planPng(
  input: ExportInput,
  settings: ImageSettings,
  measure: MeasureText = canvasMeasure(DEFAULT_FONT_FAMILY),
): PngPlan {
  const scene = sceneFor(input, settings, false);
  const natural = renderSvg(scene, { background: settings.background, measure });
  const requested = requestedSize(settings.size, natural, settings.customWidth);
  const aspect = isPaperPreset(settings.size) ? requested.width / requested.height : undefined;
  return { natural, requested, size: clampToCanvas(requested), aspect };
}

export interface ExportOutcome {
  readonly file: ExportFile;
  /** For PNG: the size drawn, and whether it was clamped. */
  readonly png?: PngPlan;
}

export async function makeImageExport(
  input: ExportInput,
  settings: ImageSettings,
): Promise<ExportOutcome> {
  await document.fonts.ready;
  const base = baseFileName(input.map);
  if (settings.format === 'svg') {
    const measure = canvasMeasure(DEFAULT_FONT_FAMILY);
    const scene = sceneFor(input, settings, false);
    const { svg } = renderSvg(scene, { background: settings.background, measure });
    const bytes = new TextEncoder().encode(svg);
    return { file: { name: `${base}.svg`, mime: 'image/svg+xml', bytes } };
  }
  if (settings.format === 'png') {
    const measure = canvasMeasure(DEFAULT_FONT_FAMILY);
    const plan = planPng(input, settings, measure);
    const scene = sceneFor(input, settings, false);
    const { svg } = renderSvg(scene, {
      background: settings.background,
      measure,
      pixelSize: plan.size,
      ...(plan.aspect !== undefined ? { aspect: plan.aspect } : {}),
    });
    let bytes = await svgToPng(svg, plan.size);
    if (settings.embedMap) bytes = embedMapInPng(bytes, nativeText(input.map));
    return { file: { name: `${base}.png`, mime: 'image/png', bytes }, png: plan };
  }
  const fonts = await loadPdfFonts();
  const family = PDF_FONT_FAMILY;
  const measure = canvasMeasure(family);
  const scene = sceneFor(input, settings, true);
  const content = reportContent({
    map: input.map,
    analysis: input.analysis,
    core: input.core,
    insights: input.insights,
    locale: input.locale,
    t: input.t,
    orientation: settings.orientation,
    title: settings.titleText.trim() || input.map.title,
    figures: captionText(input.analysis, input.locale, input.t),
    today: input.today,
    mapSvg: (aspect) =>
      renderSvg(scene, { background: 'white', aspect, fontFamily: family, measure }).svg,
  });
  const { buildPdfReport } = await import('../../io/image/pdf');
  const bytes = await buildPdfReport(content, { family, ...fonts });
  return { file: { name: `${base}.pdf`, mime: 'application/pdf', bytes } };
}
