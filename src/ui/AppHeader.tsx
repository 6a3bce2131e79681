import { LOCALES, type Locale } from '../i18n';
import type { SaveStatus } from '../persistence';
import { useI18n } from './i18nContext';
import { SaveIndicator } from './SaveIndicator';

interface Props {
  readonly title: string;
  /** null when no map is open. */
  readonly save: SaveStatus | null;
  readonly onRetrySave: () => void;
  readonly onOpenLibrary: () => void;
  readonly onOpenImport: () => void;
  /** Opens the Export dialog; absent when no map is open. */
  readonly onOpenExport?: () => void;
  readonly locale: Locale;
  readonly onLocale: (locale: Locale) => void;
}

export function AppHeader(props: Props) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <h1 className="brand">{t('app.name')}</h1>
      <span className="map-title" data-testid="map-title">
        {props.title}
      </span>
      {props.save && <SaveIndicator status={props.save} onRetry={props.onRetrySave} />}
      <div className="header-actions">
        <button type="button" onClick={props.onOpenLibrary} data-testid="open-library">
          {t('library.open')}
        </button>
        <button type="button" onClick={props.onOpenImport} data-testid="open-import">
          {t('import.open')}
        </button>
        {props.onOpenExport && (
          <button type="button" onClick={props.onOpenExport} data-testid="open-export">
            {t('export.open')}
          </button>
        )}
        <label className="language-select">
          <span>{t('language.label')}</span>
          <select value={props.locale} onChange={(e) => props.onLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Nederlands'}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}
