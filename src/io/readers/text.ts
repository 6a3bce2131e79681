/**
 * Bytes of a file to text: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's
 * "Unicode text"), else UTF-8, decoded strictly, else windows-1252 (what Excel in Belgium and
 * the Netherlands writes without a BOM). A byte-order mark is dropped either way.
 */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    // fatal: invalid UTF-8 throws; the BOM, if any, is removed by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, c1);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, encoding: 'windows-1252' };
  }
}

/**
 * Bytes 0x80–0x9F of Windows-1252 (€, ‚, ƒ, „, …, curly quotes, –, —, ™, …). Node before 23
 * decodes them as Latin-1 control characters; browsers already give these (WHATWG Encoding).
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function c1(char: string): string {
  return WINDOWS_1252_C1[char.charCodeAt(0) - 0x80]!;
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}
