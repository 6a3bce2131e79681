import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  embedMapInPng,
  encodeChunk,
  iTxtChunk,
  MAP_KEYWORD,
  readChunks,
  readMapFromPng,
  readTextChunk,
} from '../../../src/io/image/png';
import { nativeText } from '../../../src/io/writers/native';
import { loadSampleMap } from '../../fixtures/samples';

const text = (s: string) => new TextEncoder().encode(s);

/** A real 2 × 1 RGBA PNG, written chunk by chunk. */
function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, 2);
  view.setUint32(4, 1);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter method, no interlace
  const scanline = new Uint8Array([0, 255, 0, 0, 255, 0, 0, 255, 255]);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    encodeChunk('IHDR', ihdr),
    encodeChunk('IDAT', zlibSync(scanline)),
    encodeChunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe('PNG chunks', () => {
  it('computes the CRC-32 of the PNG spec (check value of "123456789")', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    // The CRC of an IEND chunk is the constant every PNG ends with.
    expect(crc32(text('IEND'))).toBe(0xae426082);
  });

  it('embeds a map and reads exactly the same text back; the image data is untouched', () => {
    const png = tinyPng();
    const envelope = nativeText(loadSampleMap('primary-school'));
    const withMap = embedMapInPng(png, envelope);
    expect(readMapFromPng(withMap)).toBe(envelope);
    const before = readChunks(png)!;
    const after = readChunks(withMap)!;
    expect(after.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    for (const type of ['IHDR', 'IDAT']) {
      expect(after.find((c) => c.type === type)!.data).toEqual(
        before.find((c) => c.type === type)!.data,
      );
    }
    // Compressed: the chunk is much smaller than the JSON.
    expect(withMap.length - png.length).toBeLessThan(envelope.length / 4);
  });

  it('keeps any text: accents, quotes, emoji, non-Latin scripts', () => {
    const envelope = JSON.stringify({
      format: 'partnermap',
      schemaVersion: 1,
      map: { title: 'Zoë & "Émile" 🎉 – Ελληνικά 日本語 \u2028' },
    });
    expect(readMapFromPng(embedMapInPng(tinyPng(), envelope))).toBe(envelope);
  });

  it('finds no map where there is none, or where the chunk is damaged', () => {
    const png = tinyPng();
    expect(readMapFromPng(png)).toBeNull();
    expect(readMapFromPng(new Uint8Array(0))).toBeNull();
    expect(readMapFromPng(text('not a png at all, just text'))).toBeNull();
    const other = embedMapInPng(png, '{"format":"something-else"}');
    expect(readMapFromPng(other)).toBeNull();
    expect(readMapFromPng(embedMapInPng(png, 'not json'))).toBeNull();

    const good = embedMapInPng(png, '{"format":"partnermap","map":{}}');
    const flipped = good.slice();
    const at = good.length - 20;
    flipped[at] = flipped[at]! ^ 0xff; // inside the iTXt chunk: its CRC no longer matches
    expect(readMapFromPng(flipped)).toBeNull();
    expect(readMapFromPng(good.subarray(0, good.length - 5))).toBeNull(); // cut off
  });

  it('reads an uncompressed iTXt and a tEXt chunk too', () => {
    const body = '{"format":"partnermap","map":{"title":"x"}}';
    const key = text(MAP_KEYWORD);
    const itxt = new Uint8Array([...key, 0, 0, 0, 0, 0, ...text(body)]);
    const texts = new Uint8Array([...key, 0, ...text(body)]);
    const insert = (type: string, data: Uint8Array) => {
      const png = tinyPng();
      const chunk = encodeChunk(type, data);
      const out = new Uint8Array(png.length + chunk.length);
      out.set(png.subarray(0, png.length - 12));
      out.set(chunk, png.length - 12);
      out.set(png.subarray(png.length - 12), png.length - 12 + chunk.length);
      return out;
    };
    expect(readMapFromPng(insert('iTXt', itxt))).toBe(body);
    expect(readMapFromPng(insert('tEXt', texts))).toBe(body);
  });

  it('does not inflate a chunk beyond the limit (no zip bomb)', () => {
    const huge = `{"format":"partnermap","pad":"${'a'.repeat(50_000)}"}`;
    const png = embedMapInPng(tinyPng(), huge);
    expect(readTextChunk(png, MAP_KEYWORD, 10_000)).toBeNull();
    expect(readTextChunk(png, MAP_KEYWORD, 100_000)).toBe(huge);
    expect(iTxtChunk(MAP_KEYWORD, huge).length).toBeLessThan(1_000);
  });
});
