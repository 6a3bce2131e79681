/**
 * Low-level readers (pure: bytes in, data or an error message out; they never throw at the
 * user): text decoding, strict CSV and XML, a PartnerMap file, and GraphML / CSV edge lists
 * for the analyze command. The app's import of whole maps is ../import (see ../index.ts).
 */
export {
  readNativeMap,
  parseNativeMap,
  FILE_FORMAT,
  type NativeMapRead,
  type NativeMapParse,
} from './nativeMap';
export { readGraphml } from './graphml';
export { readCsvEdgeList } from './csvEdgeList';
export { detectDelimiter, parseCsv, type CsvRecord, type CsvResult, type Delimiter } from './csv';
export { parseXml, type XmlElement, type XmlResult } from './xml';
export { decodeText, type DecodedText, type TextEncoding } from './text';
export type { EdgeListRead } from './types';
