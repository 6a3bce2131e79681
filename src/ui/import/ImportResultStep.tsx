import type { ImportResult } from '../../io';
import { useI18n } from '../i18nContext';
import { errorText, reportText } from './wording';

/** A hostile file can have thousands of skipped lines; the first ones say enough. */
const SHOWN_ENTRIES = 100;

interface Props {
  readonly name: string;
  readonly result: ImportResult;
  readonly saving: boolean;
  readonly onConfirm: () => void;
  readonly onBack: () => void;
}

/** The end of every import: what will be added and what was skipped and why, or the error. */
export function ImportResultStep({ name, result, saving, onConfirm, onBack }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!result.ok) return <ImportFailure message={errorText(i18n, result.error)} onBack={onBack} />;
  const { report } = result;
  return (
    <div className="import-result" data-testid="import-report">
      <h3>{t('import.doneTitle')}</h3>
      <p role="status">
        {t('import.summary', {
          actors: report.actors,
          ties: report.ties,
          name,
          format: t(`import.format.${report.format}`),
        })}
      </p>
      <h4>{t('import.reportHeading')}</h4>
      {report.entries.length === 0 ? (
        <p>{t('import.reportNone')}</p>
      ) : (
        <ul className="import-report-list">
          {report.entries.slice(0, SHOWN_ENTRIES).map((entry, index) => (
            <li key={index} data-code={entry.code}>
              {reportText(i18n, entry)}
            </li>
          ))}
          {report.entries.length > SHOWN_ENTRIES && (
            <li>{t('import.reportMore', { count: report.entries.length - SHOWN_ENTRIES })}</li>
          )}
        </ul>
      )}
      <div className="dialog-footer">
        <button type="button" onClick={onBack}>
          {t('import.tryAnother')}
        </button>
        <button type="button" className="primary" onClick={onConfirm} disabled={saving}>
          {t('import.confirm')}
        </button>
      </div>
    </div>
  );
}

/** Why nothing was imported, and the way back to choosing a file. */
export function ImportFailure({ message, onBack }: { message: string; onBack: () => void }) {
  const { t } = useI18n();
  return (
    <div className="import-result" data-testid="import-error">
      <h3>{t('import.failedTitle')}</h3>
      <p role="alert">{message}</p>
      <p>{t('import.failedNothing')}</p>
      <div className="dialog-footer">
        <button type="button" className="primary" onClick={onBack}>
          {t('import.tryAnother')}
        </button>
      </div>
    </div>
  );
}
