/**
 * `partnermap convert IN OUT`: a map from one data format to another, through the same import
 * and export as the app. The formats come from the names:
 *   IN   .json (PartnerMap), .graphml, .gexf, .csv (a tie list or an actor list), .zip (a CSV
 *        export), or a folder holding actors.csv and / or ties.csv
 *   OUT  .json, .graphml, .gexf, .zip (CSV in a zip), or a folder for actors.csv + ties.csv
 *        (a name without extension, or ending in "/")
 * The import report goes to stderr. Existing files are kept unless --force.
 */
import { basename, extname, join } from 'node:path';
import { exportCsvFiles } from '../io/writers/csv';
import { exportMap, type ExportFormat } from '../io/exportMap';
import { importCsvFiles } from '../io/import/csvFiles';
import { importFile } from '../io/import/importFile';
import { formatImportError, formatReportEntry } from '../io/report';
import type { ExportFile, ImportResult } from '../io/types';
import type { CsvDelimiter } from '../io/csvCells';
import type { GexfVersion } from '../io/writers/gexf';
import type { PartnerMapDoc } from '../model/types';
import { fsErrorText } from './fsErrors';

export type PathKind = 'file' | 'directory' | null;

export interface ConvertIo {
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  /** Creates the folder and its parents; no error when it exists. */
  makeDirectory(path: string): Promise<void>;
  pathKind(path: string): Promise<PathKind>;
}

export interface ConvertOptions {
  readonly delimiter: CsvDelimiter;
  readonly gexfVersion: GexfVersion;
  readonly force: boolean;
}

export type OutputTarget = ExportFormat | 'csv-folder';

const OUTPUT_EXTENSIONS: Readonly<Record<string, ExportFormat>> = {
  '.json': 'native',
  '.graphml': 'graphml',
  '.gexf': 'gexf',
  '.zip': 'csv',
};

/** The output format of OUT, or a message saying why OUT cannot be written. */
export function outputTarget(
  out: string,
  kind: PathKind,
): { ok: true; target: OutputTarget } | { ok: false; message: string } {
  if (kind === 'directory' || out.endsWith('/') || out.endsWith('\\')) {
    return { ok: true, target: 'csv-folder' };
  }
  const extension = extname(out).toLowerCase();
  if (extension === '') return { ok: true, target: 'csv-folder' };
  const format = OUTPUT_EXTENSIONS[extension];
  if (format) return { ok: true, target: format };
  const message =
    extension === '.csv'
      ? `CSV is written as a folder holding actors.csv and ties.csv: give a folder name such as "${out.slice(0, -4)}/" (or a .zip)`
      : `cannot tell the format of "${out}": use .json, .graphml, .gexf, .zip or a folder`;
  return { ok: false, message };
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;

export async function convert(
  input: string,
  output: string,
  target: OutputTarget,
  options: ConvertOptions,
  io: ConvertIo,
): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`partnermap: ${message}\n`);
    return EXIT_BAD_INPUT;
  };
  const read = await readInput(input, io);
  if (typeof read === 'string') return fail(read);
  if (!read.ok) return fail(`${input}: ${formatImportError(read.error)}`);
  const { report } = read;
  io.stderr(`partnermap: read ${input}: ${report.actors} actors, ${report.ties} ties\n`);
  for (const entry of report.entries) io.stderr(`partnermap: note: ${formatReportEntry(entry)}\n`);

  const files = outputFiles(read.map, output, target, options);
  if (!options.force) {
    for (const file of files) {
      if ((await io.pathKind(file.path)) !== null) {
        return fail(`${file.path} exists; add --force to overwrite it`);
      }
    }
  }
  try {
    if (target === 'csv-folder') await io.makeDirectory(output);
    for (const file of files) await io.writeFile(file.path, file.export.bytes);
  } catch (error) {
    return fail(`cannot write ${output}: ${fsErrorText(error)}`);
  }
  io.stderr(`partnermap: wrote ${files.map((f) => f.path).join(' and ')}\n`);
  return EXIT_OK;
}

function outputFiles(
  map: PartnerMapDoc,
  output: string,
  target: OutputTarget,
  options: ConvertOptions,
): { path: string; export: ExportFile }[] {
  if (target === 'csv-folder') {
    return exportCsvFiles(map, { delimiter: options.delimiter }).map((file) => ({
      path: join(output, file.name),
      export: file,
    }));
  }
  const file = exportMap(map, target, {
    delimiter: options.delimiter,
    gexfVersion: options.gexfVersion,
  });
  return [{ path: output, export: file }];
}

/** The import result, or a message when IN cannot be read at all. */
async function readInput(input: string, io: ConvertIo): Promise<ImportResult | string> {
  const kind = await io.pathKind(input);
  if (kind === null) return `cannot read ${input}: no such file`;
  try {
    if (kind === 'file') return importFile(basename(input), await io.readFile(input));
    const files: { actors?: Uint8Array; ties?: Uint8Array } = {};
    for (const role of ['actors', 'ties'] as const) {
      const path = join(input, `${role}.csv`);
      if ((await io.pathKind(path)) === 'file') files[role] = await io.readFile(path);
    }
    if (!files.actors && !files.ties) return `${input}: the folder holds no actors.csv or ties.csv`;
    return importCsvFiles(files, { title: basename(input) });
  } catch (error) {
    return `cannot read ${input}: ${fsErrorText(error)}`;
  }
}
