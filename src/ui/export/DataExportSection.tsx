import { useId, useState } from 'react';
import type { MessageKey } from '../../i18n';
import {
  EXPORT_FORMATS,
  exportMap,
  type CsvDelimiter,
  type ExportFormat,
  type GexfVersion,
} from '../../io';
import type { PartnerMapDoc } from '../../model';
import { downloadBytes } from '../download';
import { useI18n } from '../i18nContext';
import { FormatChoices } from './FormatChoices';

const FORMAT_LABEL: Readonly<Record<ExportFormat, readonly [MessageKey, MessageKey]>> = {
  native: ['dataExport.format.native', 'dataExport.formatHint.native'],
  csv: ['dataExport.format.csv', 'dataExport.formatHint.csv'],
  graphml: ['dataExport.format.graphml', 'dataExport.formatHint.graphml'],
  gexf: ['dataExport.format.gexf', 'dataExport.formatHint.gexf'],
};
const GEXF_LABEL: Readonly<Record<GexfVersion, MessageKey>> = {
  '1.2draft': 'dataExport.gexfVersion.1.2draft',
  '1.3': 'dataExport.gexfVersion.1.3',
};

/** The dialog's data section: the map as a PartnerMap file, CSV, GraphML or GEXF. */
export function DataExportSection({ map }: { readonly map: PartnerMapDoc }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('native');
  // Excel in Belgium and the Netherlands splits CSV on ";" (its list separator there).
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(locale === 'nl' ? ';' : ',');
  const [gexfVersion, setGexfVersion] = useState<GexfVersion>('1.2draft');
  const [done, setDone] = useState<string | null>(null);

  const download = () => {
    const file = exportMap(map, format, { delimiter, gexfVersion });
    downloadBytes(file.name, file.bytes, file.mime);
    setDone(file.name);
  };

  return (
    <form
      className="export-form"
      onSubmit={(e) => {
        e.preventDefault();
        download();
      }}
    >
      <FormatChoices
        legend={t('dataExport.format')}
        choices={EXPORT_FORMATS.map((f) => ({
          value: f,
          label: t(FORMAT_LABEL[f][0]),
          hint: t(FORMAT_LABEL[f][1]),
        }))}
        value={format}
        onChange={(f) => {
          setFormat(f);
          setDone(null);
        }}
        testIdPrefix="data-format"
      />
      {format === 'csv' && (
        <div className="export-group export-row">
          <label htmlFor={`${id}-delimiter`}>{t('dataExport.delimiter')}</label>
          <select
            id={`${id}-delimiter`}
            value={delimiter}
            onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}
            data-testid="data-delimiter"
          >
            <option value=",">{t('dataExport.delimiter.comma')}</option>
            <option value=";">{t('dataExport.delimiter.semicolon')}</option>
          </select>
        </div>
      )}
      {format === 'gexf' && (
        <div className="export-group export-row">
          <label htmlFor={`${id}-gexf`}>{t('dataExport.gexfVersion')}</label>
          <select
            id={`${id}-gexf`}
            value={gexfVersion}
            onChange={(e) => setGexfVersion(e.target.value as GexfVersion)}
          >
            {(Object.keys(GEXF_LABEL) as GexfVersion[]).map((v) => (
              <option key={v} value={v}>
                {t(GEXF_LABEL[v])}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="export-actions">
        <button type="submit" className="primary" data-testid="data-download">
          {t('dataExport.download')}
        </button>
        <p className="export-status" role="status" aria-live="polite">
          {done && t('dataExport.done', { file: done })}
        </p>
      </div>
    </form>
  );
}
