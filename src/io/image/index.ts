/**
 * Image exports (issue 5): SVG written as text from a plain scene, PNG sizes and the canvas
 * clamp, the map embedded in a PNG chunk, and the PDF report (jsPDF loaded on demand).
 */
export type * from './scene';
export {
  renderSvg,
  DEFAULT_FONT_FAMILY,
  type Background,
  type SvgImage,
  type SvgOptions,
} from './svg';
export { estimateTextWidth, type MeasureText } from './text';
export { escapeXml } from './xml';
export {
  CANVAS_LIMITS,
  clampToCanvas,
  isPaperPreset,
  paperPixels,
  requestedSize,
  SIZE_PRESETS,
  type CanvasLimits,
  type ClampedSize,
  type PixelSize,
  type SizePreset,
} from './raster';
export { embedMapInPng, readMapFromPng, readTextChunk, MAP_KEYWORD } from './png';
export type { Orientation, PdfColumn, PdfFonts, PdfReport } from './pdf';
