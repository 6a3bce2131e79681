/**
 * The PDF report: the map with its legend (the image SVG drawn by svg2pdf.js as vectors), the
 * session metadata and map figures, the metrics table (over as many pages as it needs) and the
 * insights, with an embedded open font (DejaVu Sans) so that every character prints. jsPDF and
 * svg2pdf.js are imported here, dynamically: they load only when a PDF is made. Runs in a browser
 * (svg2pdf needs a DOM); every text arrives translated.
 */

import type { jsPDF as JsPdf } from 'jspdf';

export type Orientation = 'portrait' | 'landscape';

export interface PdfColumn {
  readonly label: string;
  readonly align: 'left' | 'right';
  /** Share of the table width. */
  readonly weight: number;
}

export interface PdfReport {
  readonly orientation: Orientation;
  readonly title: string;
  readonly metadata: readonly { readonly label: string; readonly value: string }[];
  /** The map-level figures in one sentence; '' for none. */
  readonly figures: string;
  /** The map and legend as SVG text, laid out to fill a box of this aspect (width / height). */
  readonly mapSvg: (aspect: number) => string;
  readonly metrics: {
    readonly title: string;
    readonly note: string;
    readonly columns: readonly PdfColumn[];
    readonly rows: readonly (readonly string[])[];
  };
  readonly insights: {
    readonly title: string;
    readonly empty: string;
    readonly items: readonly { readonly severity: string; readonly text: string }[];
  };
  /** Left part of every page's footer. */
  readonly footer: string;
  readonly pageLabel: (page: number, pages: number) => string;
}

export interface PdfFonts {
  /** The name the SVG's font-family and jsPDF use for the font. */
  readonly family: string;
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const MARGIN = 40;
const FOOTER = 24;
const INK: [number, number, number] = [17, 24, 39];
const MUTED: [number, number, number] = [75, 85, 99];
const STRIPE: [number, number, number] = [243, 244, 246];
const RULE: [number, number, number] = [209, 213, 219];

/** jsPDF wants a TTF as a binary string (it recognises the TrueType signature). */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return out;
}

/**
 * jsPDF cuts a string off at the first character its font has no glyph for (an emoji, say):
 * such characters are replaced first, so that the rest of the text prints.
 */
function printableIn(doc: JsPdf, family: string): (text: string) => string {
  const fonts = (['normal', 'bold'] as const).map((style) => {
    doc.setFont(family, style);
    // jsPDF types a TTF font's metadata as any; characterToGlyph gives 0 for a missing glyph.
    return doc.getFont().metadata as { characterToGlyph(code: number): number };
  });
  const has = (code: number) =>
    code <= 0xffff && fonts.every((f) => f.characterToGlyph(code) !== 0);
  const replacement = has(0xfffd) ? '\uFFFD' : '?';
  return (text) => {
    let out = '';
    for (const ch of text.replace(/\s/g, ' ')) out += has(ch.codePointAt(0)!) ? ch : replacement;
    return out;
  };
}

export async function buildPdfReport(report: PdfReport, fonts: PdfFonts): Promise<Uint8Array> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({
    orientation: report.orientation,
    unit: 'pt',
    format: 'a4',
    compress: true,
  });
  doc.addFileToVFS(`${fonts.family}-regular.ttf`, binaryString(fonts.regular));
  doc.addFileToVFS(`${fonts.family}-bold.ttf`, binaryString(fonts.bold));
  doc.addFont(`${fonts.family}-regular.ttf`, fonts.family, 'normal');
  doc.addFont(`${fonts.family}-bold.ttf`, fonts.family, 'bold');
  doc.setProperties({ title: report.title, creator: 'PartnerMap' });
  const printable = printableIn(doc, fonts.family);
  const put = (text: string, x: number, y: number, options: Parameters<JsPdf['text']>[3]) =>
    doc.text(printable(text), x, y, options);
  const split = (text: string, width: number) =>
    doc.splitTextToSize(printable(text), width) as string[];

  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const contentWidth = pageWidth - 2 * MARGIN;
  const bottom = pageHeight - MARGIN - FOOTER;
  let y = MARGIN;

  const font = (size: number, bold = false, colour = INK) => {
    doc.setFont(fonts.family, bold ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(...colour);
  };
  const lineHeight = (size: number) => size * 1.3;
  /** Wrapped text at (x, y), moving y down; returns the lines drawn. */
  const paragraph = (text: string, size: number, x = MARGIN, width = contentWidth) => {
    const lines = split(text, width);
    for (const line of lines) {
      put(line, x, y, { baseline: 'top' });
      y += lineHeight(size);
    }
  };
  const newPage = () => {
    doc.addPage();
    y = MARGIN;
  };
  const ensureRoom = (height: number) => {
    if (y + height > bottom) newPage();
  };

  // Page 1: title, metadata, figures, the map.
  font(18, true);
  paragraph(report.title, 18);
  y += 4;
  for (const { label, value } of report.metadata) {
    font(10, true);
    const labelText = `${label}: `;
    const labelWidth = doc.getTextWidth(printable(labelText));
    put(labelText, MARGIN, y, { baseline: 'top' });
    font(10);
    const lines = split(value, contentWidth - labelWidth);
    lines.forEach((line, i) => {
      put(line, MARGIN + labelWidth, y + i * lineHeight(10), { baseline: 'top' });
    });
    y += Math.max(1, lines.length) * lineHeight(10);
  }
  if (report.figures) {
    y += 2;
    font(10, false, MUTED);
    paragraph(report.figures, 10);
  }
  y += 8;
  const mapHeight = bottom - y;
  if (mapHeight > 80) {
    const svgText = report.mapSvg(contentWidth / mapHeight);
    const svgDoc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    if (svgDoc.getElementsByTagName('parsererror').length > 0) {
      throw new Error('the map image could not be read back');
    }
    // svg2pdf measures text in the page: the element must be attached while it draws.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-99999px;top:0;visibility:hidden';
    const svgElement = document.importNode(svgDoc.documentElement, true);
    for (const text of svgElement.querySelectorAll('text')) {
      text.textContent = printable(text.textContent ?? '');
    }
    host.append(svgElement);
    document.body.append(host);
    try {
      await svg2pdf(svgElement, doc, { x: MARGIN, y, width: contentWidth, height: mapHeight });
    } finally {
      host.remove();
    }
  }

  // The metrics table, its header repeated on every page.
  newPage();
  font(14, true);
  paragraph(report.metrics.title, 14);
  if (report.metrics.note) {
    font(9, false, MUTED);
    paragraph(report.metrics.note, 9);
  }
  y += 4;
  const { columns, rows } = report.metrics;
  const totalWeight = columns.reduce((sum, c) => sum + c.weight, 0) || 1;
  const widths = columns.map((c) => (contentWidth * c.weight) / totalWeight);
  const lefts = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const PAD = 4;
  const SIZE = 9;
  const drawRow = (cells: readonly string[], bold: boolean, stripe: boolean) => {
    font(SIZE, bold);
    const wrapped = cells.map((cell, i) => split(cell, Math.max(10, widths[i]! - 2 * PAD)));
    const height = Math.max(1, ...wrapped.map((l) => l.length)) * lineHeight(SIZE) + 2 * PAD;
    if (stripe) {
      doc.setFillColor(...STRIPE);
      doc.rect(MARGIN, y, contentWidth, height, 'F');
    }
    wrapped.forEach((lines, i) => {
      const right = columns[i]?.align === 'right';
      const x = right ? lefts[i]! + widths[i]! - PAD : lefts[i]! + PAD;
      lines.forEach((line, l) => {
        put(line, x, y + PAD + l * lineHeight(SIZE), {
          baseline: 'top',
          align: right ? 'right' : 'left',
        });
      });
    });
    y += height;
  };
  const header = () => {
    drawRow(
      columns.map((c) => c.label),
      true,
      false,
    );
    doc.setDrawColor(...RULE);
    doc.line(MARGIN, y, MARGIN + contentWidth, y);
  };
  header();
  rows.forEach((row, r) => {
    const lines = Math.max(
      1,
      ...row.map((cell, i) => split(cell, Math.max(10, widths[i]! - 2 * PAD)).length),
    );
    if (y + lines * lineHeight(SIZE) + 8 > bottom) {
      newPage();
      header();
    }
    drawRow(row, false, r % 2 === 1);
  });

  // The insights.
  y += 20;
  ensureRoom(60);
  font(14, true);
  paragraph(report.insights.title, 14);
  y += 2;
  if (report.insights.items.length === 0) {
    font(10);
    paragraph(report.insights.empty, 10);
  }
  for (const item of report.insights.items) {
    font(10);
    const lines = split(item.text, contentWidth - 12);
    ensureRoom((lines.length + 1) * lineHeight(10) + 6);
    font(8, true, MUTED);
    put(item.severity.toLocaleUpperCase(), MARGIN, y, { baseline: 'top' });
    y += lineHeight(8);
    font(10);
    for (const line of lines) {
      put(line, MARGIN + 12, y, { baseline: 'top' });
      y += lineHeight(10);
    }
    y += 6;
  }

  // Footers, now that the page count is known.
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    font(8, false, MUTED);
    const footY = pageHeight - MARGIN;
    const footer = split(report.footer, contentWidth * 0.7)[0] ?? '';
    put(footer, MARGIN, footY, { baseline: 'bottom' });
    put(report.pageLabel(page, pages), pageWidth - MARGIN, footY, {
      baseline: 'bottom',
      align: 'right',
    });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
