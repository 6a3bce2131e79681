/**
 * The PartnerMap file: `{ "format": "partnermap", "schemaVersion": N, "map": … }`. Reading it
 * back (import/native.ts) gives a deep-equal map.
 */
import { SCHEMA_VERSION, type PartnerMapDoc } from '../../model/types';
import { FILE_FORMAT } from '../fields';
import type { ExportFile } from '../types';
import { baseFileName, textFile } from './files';

export const NATIVE_EXTENSION = '.partnermap.json';

export function nativeText(map: PartnerMapDoc): string {
  return `${JSON.stringify({ format: FILE_FORMAT, schemaVersion: SCHEMA_VERSION, map }, null, 2)}\n`;
}

export function exportNative(map: PartnerMapDoc): ExportFile {
  return textFile(baseFileName(map) + NATIVE_EXTENSION, 'application/json', nativeText(map));
}
