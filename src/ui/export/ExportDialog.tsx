import type { PartnerMapDoc } from '../../model';
import { useModalDialog } from '../common/useModalDialog';
import { useI18n } from '../i18nContext';
import { EXPORT_SECTIONS } from './sections';
import './export.css';

interface Props {
  readonly map: PartnerMapDoc;
  readonly onClose: () => void;
}

/**
 * Export the open map: one section per kind of file (sections.ts). A native modal <dialog>, so
 * focus stays inside it and Escape closes it, like the library.
 */
export function ExportDialog({ map, onClose }: Props) {
  const { t } = useI18n();
  const modal = useModalDialog(onClose);

  return (
    <dialog
      {...modal}
      className="export-dialog"
      aria-labelledby="export-title"
      data-testid="export-dialog"
    >
      <header className="dialog-header">
        <h2 id="export-title">{t('export.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </header>
      <p className="export-intro">{t('export.intro')}</p>
      {EXPORT_SECTIONS.map(({ id, title, Component }) => (
        <section key={id} className="export-section" aria-labelledby={`export-section-${id}`}>
          <h3 id={`export-section-${id}`}>{t(title)}</h3>
          <Component map={map} />
        </section>
      ))}
    </dialog>
  );
}
