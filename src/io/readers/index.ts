/**
 * Readers of files that hold a network (pure: bytes in, data or an error message out; they
 * never throw at the user): a PartnerMap file, GraphML and a CSV edge list. Used by the command
 * line and, later, by the app's import.
 */
export { readNativeMap, FILE_FORMAT, type NativeMapRead } from './nativeMap';
export { readGraphml } from './graphml';
export { readCsvEdgeList } from './csvEdgeList';
export { detectDelimiter, parseCsv, type CsvRecord, type CsvResult, type Delimiter } from './csv';
export { parseXml, type XmlElement, type XmlResult } from './xml';
export { decodeText, type DecodedText, type TextEncoding } from './text';
export type { EdgeListRead } from './types';
