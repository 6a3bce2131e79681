/**
 * A PartnerMap file: the envelope `{ "format": "partnermap", "schemaVersion", "map" }` that
 * the app exports and the sample maps use, or a bare map document. Validated (and migrated)
 * by parseMap; its message names the field at fault. parseNativeMap gives structured errors
 * (the import, import/native.ts); readNativeMap words them (the analyze command).
 */
import { parseMap } from '../../model/validate';
import type { PartnerMapDoc } from '../../model/types';
import { formatImportError } from '../report';
import type { ImportError } from '../types';
import { decodeText } from './text';

export const FILE_FORMAT = 'partnermap';

export type NativeMapRead =
  | { readonly ok: true; readonly map: PartnerMapDoc; readonly migratedFrom: number }
  | { readonly ok: false; readonly error: string };

export type NativeMapParse =
  | { readonly ok: true; readonly map: PartnerMapDoc; readonly migratedFrom: number }
  | { readonly ok: false; readonly error: ImportError };

const notPartnerMap = (detail: string): NativeMapParse => ({
  ok: false,
  error: { code: 'not-partnermap', params: { detail } },
});

export function parseNativeMap(text: string): NativeMapParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'invalid-json', params: { detail: (error as Error).message } },
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return notPartnerMap('the JSON is not an object');
  }
  const envelope = raw as Record<string, unknown>;
  let document: unknown = raw;
  if ('format' in envelope) {
    if (envelope.format !== FILE_FORMAT) {
      return notPartnerMap(`"format" is ${JSON.stringify(envelope.format)}`);
    }
    if (!('map' in envelope)) return notPartnerMap('the file has no "map"');
    document = envelope.map;
  } else if (!('actors' in envelope)) {
    return notPartnerMap('no "format" and no "actors"');
  }
  const parsed = parseMap(document);
  if (!parsed.ok)
    return { ok: false, error: { code: 'invalid-map', params: { detail: parsed.error } } };
  return { ok: true, map: parsed.map, migratedFrom: parsed.migratedFrom };
}

export function readNativeMap(bytes: Uint8Array): NativeMapRead {
  const parsed = parseNativeMap(decodeText(bytes).text);
  return parsed.ok ? parsed : { ok: false, error: formatImportError(parsed.error) };
}
