/** One entry for every data export; the app's export menu and the command line use it. */
import type { PartnerMapDoc } from '../model/types';
import type { CsvDelimiter } from './csvCells';
import type { ExportFile } from './types';
import { exportCsvZip } from './writers/csv';
import { exportGexf, type GexfVersion } from './writers/gexf';
import { exportGraphml } from './writers/graphml';
import { exportNative } from './writers/native';

export const EXPORT_FORMATS = ['native', 'csv', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** CSV only: "," (default) or ";". */
  readonly delimiter?: CsvDelimiter;
  /** GEXF only: "1.2draft" (default, read by networkx < 3.6) or "1.3". */
  readonly gexfVersion?: GexfVersion;
}

/** The map as one file; CSV is a zip holding actors.csv and ties.csv. */
export function exportMap(
  map: PartnerMapDoc,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile {
  switch (format) {
    case 'native':
      return exportNative(map);
    case 'csv':
      return exportCsvZip(map, { delimiter: options.delimiter });
    case 'graphml':
      return exportGraphml(map);
    case 'gexf':
      return exportGexf(map, { version: options.gexfVersion });
  }
}
