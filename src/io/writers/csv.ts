/**
 * CSV export: actors.csv and ties.csv (UTF-8 with BOM, RFC 4180, "," or ";"), every field of
 * fields.ts, motives both as one ";"-joined column and as one 0/1 column per motive, and a zip
 * of both for one download.
 */
import { zipSync } from 'fflate';
import type { PartnerMapDoc } from '../../model/types';
import { csvText, type CsvDelimiter } from '../csvCells';
import type { ExportFile } from '../types';
import { baseFileName, textFile } from './files';
import { ACTOR_COLUMNS, actorRow, labelsById, tieColumns, tieRow } from './records';

export interface CsvExportOptions {
  /** "," by default; the app picks ";" for Dutch (Excel in Belgium and the Netherlands). */
  readonly delimiter?: CsvDelimiter;
}

export const ACTORS_CSV = 'actors.csv';
export const TIES_CSV = 'ties.csv';
const CSV_MIME = 'text/csv;charset=utf-8';

export function actorsCsvText(map: PartnerMapDoc, delimiter: CsvDelimiter = ','): string {
  const names = ACTOR_COLUMNS.map((c) => c.name);
  const rows = map.actors.map((actor) => {
    const row = actorRow(map, actor);
    return names.map((name) => row[name] ?? null);
  });
  return csvText(names, rows, delimiter);
}

export function tiesCsvText(map: PartnerMapDoc, delimiter: CsvDelimiter = ','): string {
  const names = tieColumns(map, { motiveFlags: true }).map((c) => c.name);
  const labels = labelsById(map);
  const rows = map.ties.map((tie) => {
    const row = tieRow(map, tie, labels);
    return names.map((name) => row[name] ?? null);
  });
  return csvText(names, rows, delimiter);
}

/** The two files, named actors.csv and ties.csv. */
export function exportCsvFiles(
  map: PartnerMapDoc,
  options: CsvExportOptions = {},
): readonly [ExportFile, ExportFile] {
  const delimiter = options.delimiter ?? ',';
  return [
    textFile(ACTORS_CSV, CSV_MIME, actorsCsvText(map, delimiter)),
    textFile(TIES_CSV, CSV_MIME, tiesCsvText(map, delimiter)),
  ];
}

/** Both files in one zip, for a single download. */
export function exportCsvZip(map: PartnerMapDoc, options: CsvExportOptions = {}): ExportFile {
  const [actors, ties] = exportCsvFiles(map, options);
  const bytes = zipSync(
    { [actors.name]: actors.bytes, [ties.name]: ties.bytes },
    { mtime: zipTime(map.updatedAt) },
  );
  return { name: `${baseFileName(map)}-csv.zip`, mime: 'application/zip', bytes };
}

/** The map's own time stamp, so that one map always zips to the same bytes (zip dates start in 1980). */
function zipTime(iso: string): Date {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) || time.getFullYear() < 1980 ? new Date(1980, 0, 1) : time;
}
