/**
 * A PartnerMap file: the envelope `{ "format": "partnermap", "schemaVersion", "map" }` that
 * the app exports and the sample maps use, or a bare map document. Validated (and migrated)
 * by parseMap; its message names the field at fault.
 */
import { parseMap } from '../../model/validate';
import type { PartnerMapDoc } from '../../model/types';
import { decodeText } from './text';

export const FILE_FORMAT = 'partnermap';

export type NativeMapRead =
  | { readonly ok: true; readonly map: PartnerMapDoc; readonly migratedFrom: number }
  | { readonly ok: false; readonly error: string };

export function readNativeMap(bytes: Uint8Array): NativeMapRead {
  const { text } = decodeText(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'not a PartnerMap file: the JSON is not an object' };
  }
  const envelope = raw as Record<string, unknown>;
  let document: unknown = raw;
  if ('format' in envelope) {
    if (envelope.format !== FILE_FORMAT) {
      return {
        ok: false,
        error: `not a PartnerMap file: "format" is ${JSON.stringify(envelope.format)}`,
      };
    }
    if (!('map' in envelope)) return { ok: false, error: 'the PartnerMap file has no "map"' };
    document = envelope.map;
  } else if (!('actors' in envelope)) {
    return { ok: false, error: 'not a PartnerMap file: no "format" and no "actors"' };
  }
  const parsed = parseMap(document);
  if (!parsed.ok) return { ok: false, error: `not a valid map: ${parsed.error}` };
  return { ok: true, map: parsed.map, migratedFrom: parsed.migratedFrom };
}
