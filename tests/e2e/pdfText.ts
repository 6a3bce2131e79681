import { unzlibSync } from 'fflate';

/**
 * Just enough PDF reading to check what jsPDF wrote (there is no PDF text extractor among the
 * dependencies): objects, their Flate streams, the fonts' ToUnicode maps, and the text of the
 * content streams. With an embedded TrueType font (Identity-H) text is stored as glyph ids, so
 * the ToUnicode map of the font in use turns it back into characters.
 */
export interface PdfInfo {
  readonly header: string;
  readonly pages: number;
  /** Width × height of each page's MediaBox, in pt. */
  readonly mediaBoxes: readonly (readonly [number, number])[];
  readonly embeddedFonts: number;
  /** All text, in drawing order; text objects separated by a line break. */
  readonly text: string;
}

interface PdfObject {
  readonly dict: string;
  readonly stream: Uint8Array | null;
}

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

function objectsOf(bytes: Uint8Array): Map<number, PdfObject> {
  const source = latin1(bytes);
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const match of source.matchAll(pattern)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start += 1;
    if (body[start] === '\n') start += 1;
    const end = body.lastIndexOf('endstream');
    const offset = match.index! + match[0].indexOf(body);
    let data: Uint8Array = bytes.subarray(offset + start, offset + end);
    if (/\/FlateDecode/.test(dict)) {
      // The stream may end with an EOL before "endstream": trim until it inflates.
      data = unzlibSync(trimEol(data));
    }
    objects.set(Number(match[1]), { dict, stream: data });
  }
  return objects;
}

function trimEol(data: Uint8Array): Uint8Array {
  let end = data.length;
  while (end > 0 && (data[end - 1] === 0x0a || data[end - 1] === 0x0d)) end -= 1;
  return data.subarray(0, end);
}

function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of section[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const code = pair[2]!;
      let text = '';
      for (let i = 0; i + 4 <= code.length; i += 4) {
        text += String.fromCharCode(parseInt(code.slice(i, i + 4), 16));
      }
      map.set(pair[1]!.toLowerCase().padStart(4, '0'), text);
    }
  }
  return map;
}

export function readPdf(bytes: Uint8Array): PdfInfo {
  const objects = objectsOf(bytes);
  const cmaps = new Map<number, Map<string, string>>();
  let embeddedFonts = 0;
  for (const [id, object] of objects) {
    const ref = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
    if (ref) {
      const cmap = objects.get(Number(ref[1]))?.stream;
      if (cmap) cmaps.set(id, toUnicodeMap(latin1(cmap)));
    }
    if (/\/FontFile2/.test(object.dict)) embeddedFonts += 1;
  }
  // Font resource names (/F1 …) → font objects.
  const fontNames = new Map<string, number>();
  for (const object of objects.values()) {
    for (const block of object.dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const entry of block[1]!.matchAll(/\/(\S+?) (\d+) 0 R/g)) {
        fontNames.set(entry[1]!, Number(entry[2]));
      }
    }
  }
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));
  const mediaBoxes = pages.map((page) => {
    const box = /\/MediaBox\s*\[\s*([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)\s*\]/.exec(page.dict);
    return box
      ? ([Number(box[3]) - Number(box[1]), Number(box[4]) - Number(box[2])] as const)
      : ([0, 0] as const);
  });
  const contents = pages.flatMap((page) =>
    [...page.dict.matchAll(/\/Contents (\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))),
  );
  let text = '';
  for (const content of contents) {
    if (!content?.stream) continue;
    const ops = latin1(content.stream);
    let cmap: Map<string, string> | undefined;
    for (const token of ops.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>|\bET\b/g)) {
      if (token[1] !== undefined) {
        cmap = cmaps.get(fontNames.get(token[1]) ?? -1);
      } else if (token[2] !== undefined) {
        const hex = token[2].toLowerCase();
        for (let i = 0; i + 4 <= hex.length; i += 4) {
          text += cmap?.get(hex.slice(i, i + 4)) ?? '\uFFFD';
        }
      } else {
        text += '\n';
      }
    }
  }
  return {
    header: latin1(bytes.subarray(0, 8)),
    pages: pages.length,
    mediaBoxes,
    embeddedFonts,
    text,
  };
}
