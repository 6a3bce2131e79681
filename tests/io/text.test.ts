// Decoding file bytes: strict UTF-8, Windows-1252 fallback, BOM removed.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/readers';

describe('decodeText', () => {
  it('decodes UTF-8 and drops its BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café;x')]);
    expect(decodeText(bytes)).toEqual({ text: 'Café;x', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "Coëmans – €5" in Windows-1252: ë = EB, – = 96, € = 80.
    const bytes = new Uint8Array([
      0x43, 0x6f, 0xeb, 0x6d, 0x61, 0x6e, 0x73, 0x20, 0x96, 0x20, 0x80, 0x35,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Coëmans – €5', encoding: 'windows-1252' });
  });
});
