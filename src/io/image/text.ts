/**
 * Text widths and line wrapping for the image layout. The browser passes a measurer backed by a
 * canvas (exact for the font the image uses); elsewhere (tests, Node) an estimate on the wide
 * side is used, so that a box measured with it is never too small for DejaVu Sans.
 */

/** Width of `text` in px at `fontSize` px. */
export type MeasureText = (text: string, fontSize: number, bold: boolean) => number;

const NARROW = new Set([..."il.,:;'!|`ıjfrtI()[]{} "]);
const WIDE = new Set([...'mwMW@%']);

/** Average advance widths (in em) a little above DejaVu Sans's, which is a wide font. */
export const estimateTextWidth: MeasureText = (text, fontSize, bold) => {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.95;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else if (ch.codePointAt(0)! > 0x2e80)
      em += 1.05; // CJK, emoji: about a full em
    else em += 0.64;
  }
  return em * fontSize * (bold ? 1.1 : 1);
};

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;
/** Baseline below the top of a line, as a multiple of the font size. */
export const ASCENT = 0.95;

/**
 * Greedy word wrap at `maxWidth`, as the canvas wraps labels: breaks at white space (a line
 * break in the text always breaks); a word longer than the width keeps its own line.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    const words = paragraph.split(/\s+/).filter((w) => w.length > 0);
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, fontSize, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** The widest of the lines. */
export function widest(
  lines: readonly string[],
  fontSize: number,
  bold: boolean,
  measure: MeasureText,
): number {
  return lines.reduce((max, line) => Math.max(max, measure(line, fontSize, bold)), 0);
}
