import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n';
import type { PartnerMapDoc } from '../../model';
import { DataExportSection } from './DataExportSection';
import { ImageExportSection } from './ImageExportSection';

/**
 * The Export dialog's sections, in order. Each one is a form of its own with its own download
 * button; a new kind of export (the data formats: JSON, CSV, GraphML, GEXF) adds an entry here.
 */
export interface ExportSection {
  readonly id: string;
  readonly title: MessageKey;
  readonly Component: ComponentType<{ readonly map: PartnerMapDoc }>;
}

export const EXPORT_SECTIONS: readonly ExportSection[] = [
  { id: 'image', title: 'export.sectionImage', Component: ImageExportSection },
  { id: 'data', title: 'dataExport.section', Component: DataExportSection },
];
