/**
 * One entry for every file: the format from the content (a zip signature, a JSON object, a
 * <graphml> or <gexf> root), else from the extension; a size limit first; and never a throw:
 * an unexpected failure becomes an "internal-error" result, so the app can always answer.
 */
import {
  MAX_IMPORT_BYTES,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from '../types';
import { importCsvFile, importCsvFiles, unzip } from './csvFiles';
import { importGexf } from './gexf';
import { importGraphml } from './graphml';
import { importNative } from './native';

export type FileKind = ImportFormat | 'zip';

const EXTENSIONS: readonly (readonly [RegExp, FileKind])[] = [
  [/\.json$/i, 'native'],
  [/\.graphml$/i, 'graphml'],
  [/\.gexf$/i, 'gexf'],
  [/\.(csv|tsv|txt)$/i, 'csv'],
  [/\.zip$/i, 'zip'],
  [/\.xml$/i, 'graphml'],
];

/** What a file is, by its first bytes, else by its name; null when neither tells. */
export function detectFileKind(name: string, bytes: Uint8Array): FileKind | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'native';
  if (head.startsWith('<')) {
    if (/<(\w+:)?graphml[\s>/]/.test(head)) return 'graphml';
    if (/<(\w+:)?gexf[\s>/]/.test(head)) return 'gexf';
  }
  return EXTENSIONS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** The file name without folders and extensions ("maps/De Regenboog.graphml" → "De Regenboog"). */
export function titleFromFileName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  // "-csv.zip" is how the CSV export names its zip.
  const extension = /-csv\.zip$/i.test(base) ? /-csv\.zip$/i : /(\.partnermap)?\.[a-z0-9]+$/i;
  return base.replace(extension, '').trim();
}

export function importFile(
  name: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
): ImportResult {
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  if (bytes.length > limit) {
    return { ok: false, error: { code: 'too-large', params: { size: bytes.length, limit } } };
  }
  if (bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    return { ok: false, error: { code: 'empty', params: {} } };
  }
  const withTitle: ImportOptions = { ...options, title: options.title ?? titleFromFileName(name) };
  try {
    return importKind(detectFileKind(name, bytes), name, bytes, withTitle, limit);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal-error', params: { detail } } };
  }
}

function importKind(
  kind: FileKind | null,
  name: string,
  bytes: Uint8Array,
  options: ImportOptions,
  limit: number,
): ImportResult {
  switch (kind) {
    case 'native':
      return importNative(bytes);
    case 'graphml':
      return importGraphml(bytes, options);
    case 'gexf':
      return importGexf(bytes, options);
    case 'csv':
      return importCsvFile(bytes, name, options);
    case 'zip':
      return importZip(bytes, options, limit);
    case null:
      return { ok: false, error: { code: 'unknown-format', params: { name } } };
  }
}

function importZip(bytes: Uint8Array, options: ImportOptions, limit: number): ImportResult {
  const zip = unzip(bytes, limit);
  if (!zip.ok) return zip;
  const find = (file: string) => [...zip.files].find(([name]) => name.toLowerCase() === file)?.[1];
  const actors = find('actors.csv');
  const ties = find('ties.csv');
  if (actors || ties) return importCsvFiles({ actors, ties }, options);
  const others = [...zip.files].filter(([name]) => !name.startsWith('.'));
  if (others.length === 1 && detectFileKind(others[0]![0], others[0]![1]) !== 'zip') {
    return importFile(others[0]![0], others[0]![1], options);
  }
  const detail = 'it holds neither actors.csv and ties.csv nor one map file';
  return { ok: false, error: { code: 'bad-zip', params: { detail } } };
}
