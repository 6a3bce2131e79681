/**
 * The legend of an image: the same sections and entries as the legend beside the canvas
 * (ui/legend/LegendPanel.tsx), with the same swatches (ui/legend/Swatch.tsx) drawn as SVG.
 */
import { outlineElement } from './geometry';
import type { LegendEntry, LegendSection, LegendSwatch } from './scene';
import { textElement } from './svgMap';
import { LINE_HEIGHT, widest, wrapText, type MeasureText } from './text';
import { colour, element, num } from './xml';

export const LEGEND_WIDTH = 300;
const SWATCH_WIDTH = 64;
const SWATCH_HEIGHT = 22;
const GAP = 8;
const COUNT_WIDTH = 40;
const TITLE_SIZE = 13;
const ENTRY_SIZE = 13;
const NOTE_SIZE = 11;
const ROW_GAP = 4;
const SECTION_GAP = 14;
const MUTED = '#4b5563';
/** As on the canvas legend: a tie with several dimensions repeats its bands three times. */
const BAND_REPEATS = 3;
const MARKER_SIZE = 10;

export interface LegendBlock {
  readonly width: number;
  readonly height: number;
  /** The block with its top-left corner at (x, y). */
  draw(x: number, y: number): string;
}

function drawSwatch(swatch: LegendSwatch, x: number, y: number, measure: MeasureText): string {
  const cy = y + SWATCH_HEIGHT / 2;
  if (swatch.kind === 'actor') {
    return outlineElement(swatch.outline, x + 12, cy, 18, 18, {
      fill: colour(swatch.fill),
      stroke: colour(swatch.dashed ? MUTED : swatch.stroke),
      'stroke-width': swatch.dashed ? 1.6 : 1.2,
      'stroke-dasharray': swatch.dashed ? '3 2' : null,
    });
  }
  const colours = swatch.colours.length > 0 ? swatch.colours : ['#9ca3af'];
  const bands = colours.length === 1 ? 1 : colours.length * BAND_REPEATS;
  const from = x + 2;
  const to = x + SWATCH_WIDTH - 2;
  const step = (to - from) / bands;
  let svg = '';
  for (let b = 0; b < bands; b++) {
    svg += element('line', {
      x1: from + b * step,
      x2: from + (b + 1) * step,
      y1: cy,
      y2: cy,
      stroke: colour(colours[b % colours.length]!),
      'stroke-width': swatch.width,
      'stroke-dasharray': swatch.dashed ? '7 5' : null,
    });
  }
  if (swatch.arrow) {
    const tip = x + SWATCH_WIDTH - 1;
    svg += element('polygon', {
      points: `${num(tip)},${num(cy)} ${num(tip - 10)},${num(cy - 5.5)} ${num(tip - 10)},${num(cy + 5.5)}`,
      fill: colour(colours[colours.length - 1]!),
    });
  }
  if (swatch.marker) {
    const w = measure(swatch.marker, MARKER_SIZE, true) + 6;
    const mx = x + SWATCH_WIDTH / 2;
    svg += element('rect', {
      x: mx - w / 2,
      y: cy - 7,
      width: w,
      height: 14,
      rx: 3,
      ry: 3,
      fill: '#ffffff',
      stroke: '#9ca3af',
    });
    svg += textElement(swatch.marker, mx, cy - 7 + 1, MARKER_SIZE, true);
  }
  return svg;
}

function entryBlock(entry: LegendEntry, measure: MeasureText): LegendBlock {
  const labelX = SWATCH_WIDTH + GAP;
  const labelWidth = LEGEND_WIDTH - labelX - COUNT_WIDTH;
  const lines = wrapText(entry.label, labelWidth, ENTRY_SIZE, false, measure);
  const lineHeight = ENTRY_SIZE * LINE_HEIGHT;
  const height = Math.max(SWATCH_HEIGHT, lines.length * lineHeight);
  return {
    width: LEGEND_WIDTH,
    height,
    draw(x, y) {
      const swatchY = y + (height - SWATCH_HEIGHT) / 2;
      let svg = drawSwatch(entry.swatch, x, swatchY, measure);
      const textTop = y + (height - lines.length * lineHeight) / 2;
      lines.forEach((line, i) => {
        svg += textElement(
          line,
          x + labelX,
          textTop + i * lineHeight,
          ENTRY_SIZE,
          false,
          '#111827',
          'start',
        );
      });
      if (entry.count) {
        const w = measure(entry.count, ENTRY_SIZE - 1, false);
        svg += textElement(
          entry.count,
          x + LEGEND_WIDTH - w,
          textTop,
          ENTRY_SIZE - 1,
          false,
          MUTED,
          'start',
        );
      }
      return svg;
    },
  };
}

function textBlock(
  text: string,
  size: number,
  bold: boolean,
  fill: string,
  measure: MeasureText,
): LegendBlock {
  const lines = wrapText(text, LEGEND_WIDTH, size, bold, measure);
  const lineHeight = size * LINE_HEIGHT;
  return {
    width: Math.min(LEGEND_WIDTH, widest(lines, size, bold, measure)),
    height: lines.length * lineHeight,
    draw(x, y) {
      return lines
        .map((line, i) => textElement(line, x, y + i * lineHeight, size, bold, fill, 'start'))
        .join('');
    },
  };
}

/** One legend section as a column LEGEND_WIDTH wide. */
export function sectionBlock(section: LegendSection, measure: MeasureText): LegendBlock {
  const parts: LegendBlock[] = [textBlock(section.title, TITLE_SIZE, true, '#374151', measure)];
  for (const entry of section.entries) parts.push(entryBlock(entry, measure));
  if (section.note) parts.push(textBlock(section.note, NOTE_SIZE, false, MUTED, measure));
  const height = parts.reduce((sum, p) => sum + p.height, 0) + ROW_GAP * (parts.length - 1);
  return {
    width: LEGEND_WIDTH,
    height,
    draw(x, y) {
      let svg = '';
      let top = y;
      for (const part of parts) {
        svg += part.draw(x, top);
        top += part.height + ROW_GAP;
      }
      return element('g', { 'data-legend-section': section.title }, svg);
    },
  };
}

/**
 * The sections stacked in columns: all in one column (`columns` = 1, beside the map) or side by
 * side in up to `columns` columns (under the map), each column filled top to bottom.
 */
export function legendBlock(
  sections: readonly LegendSection[],
  columns: number,
  measure: MeasureText,
): LegendBlock {
  const blocks = sections.map((s) => sectionBlock(s, measure));
  const count = Math.max(1, Math.min(columns, blocks.length));
  // Greedy: each section goes to the column that is shortest so far, in order.
  const columnBlocks: LegendBlock[][] = Array.from({ length: count }, () => []);
  const heights = new Array<number>(count).fill(0);
  for (const block of blocks) {
    let target = 0;
    if (count > 1) target = heights.indexOf(Math.min(...heights));
    columnBlocks[target]!.push(block);
    heights[target]! += (heights[target]! > 0 ? SECTION_GAP : 0) + block.height;
  }
  const used = columnBlocks.filter((c) => c.length > 0).length;
  return {
    width: used * LEGEND_WIDTH + Math.max(0, used - 1) * SECTION_GAP * 2,
    height: Math.max(0, ...heights),
    draw(x, y) {
      let svg = '';
      columnBlocks.forEach((column, c) => {
        let top = y;
        for (const block of column) {
          svg += block.draw(x + c * (LEGEND_WIDTH + SECTION_GAP * 2), top);
          top += block.height + SECTION_GAP;
        }
      });
      return element('g', { 'data-legend': '' }, svg);
    },
  };
}
