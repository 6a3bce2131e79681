/**
 * Pixel sizes for PNG exports, and the clamp to what a browser canvas can hold. A canvas over
 * the limit does not fail: it comes out blank (and cy.png() too). So the size is computed from
 * the target first and shrunk, keeping its proportions, when it would not fit.
 */

export type SizePreset =
  'screen' | 'double' | 'a4-portrait' | 'a4-landscape' | 'a3-portrait' | 'a3-landscape' | 'custom';

export const SIZE_PRESETS: readonly SizePreset[] = [
  'screen',
  'double',
  'a4-portrait',
  'a4-landscape',
  'a3-portrait',
  'a3-landscape',
  'custom',
];

export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;
/** Paper sizes in mm, portrait (ISO 216). */
export const PAPER_MM = { a4: [210, 297], a3: [297, 420] } as const;

export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The largest canvas we draw: 16,384 px a side and 120 M px in all stay under Chromium's limits
 * (32,767 a side, ~268 M px), Firefox's (~125 M px in older versions) and desktop Safari's
 * (~268 M px). Safari on iOS allows only ~16.7 M px: larger exports can fail there.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxArea: 120_000_000 } as const;

export interface CanvasLimits {
  readonly maxSide: number;
  readonly maxArea: number;
}

export function paperPixels(
  paper: keyof typeof PAPER_MM,
  landscape: boolean,
  dpi = PRINT_DPI,
): PixelSize {
  const [short, long] = PAPER_MM[paper];
  const px = (mm: number) => Math.round((mm / MM_PER_INCH) * dpi);
  return landscape
    ? { width: px(long), height: px(short) }
    : { width: px(short), height: px(long) };
}

/**
 * The pixel size a preset asks for, before clamping. `natural` is the image's layout size at 1×
 * (CSS px); print sizes have their paper's proportions (the image is laid out to fill them).
 * `customWidth` is the width in px for 'custom' (the height keeps the natural proportions).
 */
export function requestedSize(preset: SizePreset, natural: PixelSize, customWidth = 0): PixelSize {
  switch (preset) {
    case 'screen':
      return { width: Math.ceil(natural.width), height: Math.ceil(natural.height) };
    case 'double':
      return { width: Math.ceil(2 * natural.width), height: Math.ceil(2 * natural.height) };
    case 'a4-portrait':
      return paperPixels('a4', false);
    case 'a4-landscape':
      return paperPixels('a4', true);
    case 'a3-portrait':
      return paperPixels('a3', false);
    case 'a3-landscape':
      return paperPixels('a3', true);
    case 'custom': {
      const width = Math.max(1, Math.round(Number.isFinite(customWidth) ? customWidth : 1));
      const ratio = natural.width > 0 ? natural.height / natural.width : 1;
      return { width, height: Math.max(1, Math.round(width * ratio)) };
    }
  }
}

/** Print presets are laid out to their paper's proportions; the others to the map's own. */
export const isPaperPreset = (preset: SizePreset): boolean => preset.startsWith('a');

export interface ClampedSize extends PixelSize {
  /** Drawn size / requested size (1 when it fits). */
  readonly scale: number;
  readonly clamped: boolean;
}

/** The requested size, shrunk in proportion until it fits the canvas limits. */
export function clampToCanvas(
  requested: PixelSize,
  limits: CanvasLimits = CANVAS_LIMITS,
): ClampedSize {
  const w = Math.max(1, requested.width);
  const h = Math.max(1, requested.height);
  const scale = Math.min(
    1,
    limits.maxSide / w,
    limits.maxSide / h,
    Math.sqrt(limits.maxArea / (w * h)),
  );
  if (scale >= 1) return { width: Math.round(w), height: Math.round(h), scale: 1, clamped: false };
  // Floor, so that rounding never pushes the result back over a limit.
  const width = Math.max(1, Math.floor(w * scale));
  const height = Math.max(1, Math.floor(h * scale));
  return { width, height, scale, clamped: true };
}
