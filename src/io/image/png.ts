/**
 * PNG chunks (PNG spec, 3rd edition, §5 and §11.3.3.4): the map's native JSON travels inside an
 * exported PNG as a compressed iTXt chunk, so that dropping the image on PartnerMap reopens the
 * map. Pure byte code: CRC-32, chunk reading and writing, no DOM.
 */
import { Unzlib, zlibSync } from 'fflate';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** The iTXt keyword that marks PartnerMap's chunk. */
export const MAP_KEYWORD = 'partnermap';
/** A chunk that inflates beyond this is not read (a PNG is no place for a zip bomb). */
export const MAX_MAP_TEXT_BYTES = 64 * 1024 * 1024;

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  crcTable = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crcTable[n] = c >>> 0;
  }
  return crcTable;
}

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface PngChunk {
  readonly type: string;
  readonly data: Uint8Array;
  /** Where the chunk starts in the file (its length field). */
  readonly offset: number;
}

export const isPng = (bytes: Uint8Array): boolean =>
  bytes.length >= 8 && SIGNATURE.every((b, i) => bytes[i] === b);

/** The chunks of a PNG, or null when it is not one or a chunk is cut off or fails its CRC. */
export function readChunks(bytes: Uint8Array): PngChunk[] | null {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length = view.getUint32(at);
    const end = at + 12 + length;
    if (end > bytes.length) return null;
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (crc32(bytes, at + 4, at + 8 + length) !== view.getUint32(at + 8 + length)) return null;
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length), offset: at });
    at = end;
    if (type === 'IEND') return chunks;
  }
  return null;
}

/** One chunk as bytes: length, type, data, CRC. */
export function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** The PNG with `chunk` inserted just before IEND (the image data is left as it is). */
export function insertChunk(png: Uint8Array, chunk: Uint8Array): Uint8Array {
  const iend = readChunks(png)?.find((c) => c.type === 'IEND');
  if (!iend) throw new Error('not a complete PNG');
  const iendAt = iend.offset;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, iendAt), 0);
  out.set(chunk, iendAt);
  out.set(png.subarray(iendAt), iendAt + chunk.length);
  return out;
}

const utf8 = new TextEncoder();

/** A compressed iTXt chunk (keyword, no language tag) holding `text`. */
export function iTxtChunk(keyword: string, text: string): Uint8Array {
  const key = utf8.encode(keyword);
  const body = zlibSync(utf8.encode(text), { level: 9 });
  // keyword \0, compression flag 1, method 0, empty language tag \0, empty translation \0.
  const data = new Uint8Array(key.length + 5 + body.length);
  data.set(key, 0);
  data.set([0, 1, 0, 0, 0], key.length);
  data.set(body, key.length + 5);
  return encodeChunk('iTXt', data);
}

function inflateLimited(data: Uint8Array, limit: number): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) {
      tooLarge = true;
      throw new Error('too large');
    }
    parts.push(chunk);
  });
  try {
    inflater.push(data, true);
  } catch {
    // A damaged stream and one that inflates beyond the limit both mean: no map here.
    return null;
  }
  if (tooLarge) return null;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The text of the iTXt (or tEXt) chunk with this keyword, or null. */
export function readTextChunk(
  png: Uint8Array,
  keyword: string,
  limit = MAX_MAP_TEXT_BYTES,
): string | null {
  const chunks = readChunks(png);
  if (!chunks) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const { type, data } of chunks) {
    if (type !== 'iTXt' && type !== 'tEXt') continue;
    const keyEnd = data.indexOf(0);
    // PNG keywords have 1–79 bytes.
    if (keyEnd < 1 || keyEnd > 79 || String.fromCharCode(...data.subarray(0, keyEnd)) !== keyword)
      continue;
    try {
      if (type === 'tEXt') return new TextDecoder('latin1').decode(data.subarray(keyEnd + 1));
      const compressed = data[keyEnd + 1] === 1;
      const languageEnd = data.indexOf(0, keyEnd + 3);
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd < 0) return null;
      const body = data.subarray(translatedEnd + 1);
      const raw = compressed ? inflateLimited(body, limit) : body;
      return raw ? decoder.decode(raw) : null;
    } catch {
      return null; // not UTF-8
    }
  }
  return null;
}

/** The PNG with the map's native file (the JSON envelope text) embedded. */
export function embedMapInPng(png: Uint8Array, envelopeJson: string): Uint8Array {
  return insertChunk(png, iTxtChunk(MAP_KEYWORD, envelopeJson));
}

/**
 * The PartnerMap file embedded in an exported PNG: the envelope's JSON text, or null when the
 * bytes are not a PNG, carry no map, or the chunk is damaged. The caller validates the map.
 */
export function readMapFromPng(bytes: Uint8Array): string | null {
  const text = readTextChunk(bytes, MAP_KEYWORD);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    const isEnvelope =
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { format?: unknown }).format === 'partnermap';
    return isEnvelope ? text : null;
  } catch {
    return null;
  }
}
