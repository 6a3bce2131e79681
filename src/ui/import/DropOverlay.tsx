import { useI18n } from '../i18nContext';

/** Shown while files are dragged over the app: dropping imports them. */
export function DropOverlay() {
  const { t } = useI18n();
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.dropOverlay')}</p>
    </div>
  );
}
