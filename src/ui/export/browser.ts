/**
 * The browser side of image exports: measuring text with the font the image uses, drawing the
 * SVG on a canvas for PNG, and loading the PDF font. Everything that needs a DOM lives here.
 */
import type { MeasureText, PixelSize } from '../../io/image';

/** A measurer backed by a 2D canvas: the widths the browser itself gives `family`. */
export function canvasMeasure(family: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const cache = new Map<string, number>();
  return (text, fontSize, bold) => {
    const key = `${bold ? 'b' : 'n'}${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${bold ? 'bold ' : ''}${fontSize}px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}

/** Whether a canvas holds nothing but its background (checked on a small copy). */
function looksBlank(canvas: HTMLCanvasElement): boolean {
  const sample = document.createElement('canvas');
  sample.width = 96;
  sample.height = 96;
  const context = sample.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  context.drawImage(canvas, 0, 0, sample.width, sample.height);
  const { data } = context.getImageData(0, 0, sample.width, sample.height);
  for (let i = 0; i < data.length; i += 4) {
    const opaque = data[i + 3]! > 16;
    const white = data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250;
    if (opaque && !white) return false;
  }
  return true;
}

export class BlankImageError extends Error {
  constructor() {
    super('the picture came out empty');
    this.name = 'BlankImageError';
  }
}

/**
 * The SVG drawn at exactly `size` px, as PNG bytes. The SVG's own width and height should be
 * `size` already (the vector drawing is then rasterised at that size, not scaled up).
 * Throws BlankImageError rather than give an empty picture.
 */
export async function svgToPng(svg: string, size: PixelSize): Promise<Uint8Array> {
  await document.fonts.ready;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new BlankImageError();
    context.drawImage(image, 0, 0, size.width, size.height);
    if (looksBlank(canvas)) throw new BlankImageError();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new BlankImageError();
    // Free the large canvas at once instead of waiting for the garbage collector.
    canvas.width = 0;
    canvas.height = 0;
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The family name the PDF's font goes by, in jsPDF and in the page (for measuring). */
export const PDF_FONT_FAMILY = 'PartnerMapSans';

export interface LoadedFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

let fontsLoading: Promise<LoadedFonts> | null = null;

/**
 * DejaVu Sans (regular and bold), fetched from the app's own files the first time a PDF is made
 * and registered in the page too, so that text is measured with the font the PDF embeds.
 */
export function loadPdfFonts(): Promise<LoadedFonts> {
  fontsLoading ??= (async () => {
    const [{ default: regularUrl }, { default: boldUrl }] = await Promise.all([
      import('../../assets/fonts/DejaVuSans.ttf?url'),
      import('../../assets/fonts/DejaVuSans-Bold.ttf?url'),
    ]);
    const fetchBytes = async (url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`font not found (${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    };
    const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
    for (const [bytes, weight] of [
      [regular, 'normal'],
      [bold, 'bold'],
    ] as const) {
      const face = new FontFace(PDF_FONT_FAMILY, bytes.slice().buffer, { weight });
      document.fonts.add(await face.load());
    }
    await document.fonts.ready;
    return { regular, bold };
  })();
  // A failed load may be retried the next time.
  fontsLoading.catch(() => {
    fontsLoading = null;
  });
  return fontsLoading;
}
