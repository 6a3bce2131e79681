/**
 * Data import and export of PartnerMap (issue 5): pure TypeScript, the same in the browser and
 * in Node (the command line). Images (PNG, SVG, PDF) live in ./image.
 *
 * EXPORT — every function returns an ExportFile { name, mime, bytes } ready for a download:
 *   exportMap(map, 'native' | 'csv' | 'graphml' | 'gexf', { delimiter?, gexfVersion? })
 *   exportCsvFiles(map, { delimiter })  → [actors.csv, ties.csv] (exportCsvZip: both in a zip)
 *   The app should default the CSV delimiter from the language: nl → ';', en → ','.
 *
 * IMPORT — nothing throws; every result is
 *   { ok: true, map, report } | { ok: false, error }
 * where map has passed the model's validation and report = { format, actors, ties, entries }.
 * Entries and errors are { code, params }: word them with i18n messages keyed by code (the
 * codes and their params are listed in types.ts); formatReportEntry / formatImportError give
 * the English wording. Params may hold `line` (1-based) to point at the place in the file.
 *
 *   importFile(name, bytes, options?)  one file of any format (PartnerMap .json, .csv, .graphml,
 *                                      .gexf, or the .zip of a CSV export), detected from the
 *                                      content, else the extension; size limit MAX_IMPORT_BYTES.
 *   CSV with a preview and a column mapping:
 *     readCsvTable(bytes, { name })     → { ok, table: { headers, rows[{line, cells}],
 *                                          delimiter, encoding } } | { ok: false, error }
 *     guessCsvRole(headers)             → 'ties' | 'actors'
 *     guessCsvMapping(headers, role)    → one field name (or null = leave out) per column;
 *                                          the choices are csvFieldChoices(role, codebook)
 *     importCsv({ actors?: { table, mapping }, ties?: { table, mapping } }, options?)
 *   importCsvFiles({ actors?, ties? })  two CSV files with guessed mappings (a CSV folder)
 *
 * Options: { codebook? (matched against when the file brings none; default the default
 * codebook), now? (time stamp of a map made from a foreign file), title?, maxBytes? }.
 * A map read from a PartnerMap file or PartnerMap's own GraphML keeps its id: the app decides
 * whether it replaces a stored map with that id or becomes a copy.
 */
export * from './types';
export { formatImportError, formatReportEntry, IMPORT_ERROR_CODES, REPORT_CODES } from './report';
export { exportMap, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './exportMap';
export { exportNative, nativeText, NATIVE_EXTENSION } from './writers/native';
export {
  exportCsvFiles,
  exportCsvZip,
  actorsCsvText,
  tiesCsvText,
  ACTORS_CSV,
  TIES_CSV,
  type CsvExportOptions,
} from './writers/csv';
export { exportGraphml, graphmlText } from './writers/graphml';
export { exportGexf, gexfText, type GexfVersion, type GexfExportOptions } from './writers/gexf';
export type { CsvDelimiter } from './csvCells';
export { importFile, detectFileKind, titleFromFileName, type FileKind } from './import/importFile';
export { importNative } from './import/native';
export { importGraphml } from './import/graphml';
export { importGexf } from './import/gexf';
export {
  importCsv,
  guessCsvMapping,
  guessCsvRole,
  type CsvMapping,
  type CsvSheet,
  type CsvImportInput,
} from './import/csv';
export { csvFieldChoices, type CsvFieldChoice } from './import/csvChoices';
export { readCsvTable, type CsvTable, type CsvRow, type CsvTableResult } from './import/csvTable';
export { importCsvFiles, importCsvFile, type CsvFiles } from './import/csvFiles';
export type { TableRole } from './import/fieldNames';
