import { PROTOCOL_STEPS } from '../../codebook';
import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { enterPresentation } from '../presentation/presentation';
import './protocol.css';

/** The toolbar's "Guided protocol" toggle and "Present" button. */
export function ProtocolToolbarButtons() {
  const { t } = useI18n();
  const { view } = useEditor();
  const { protocolStep } = useView();
  const running = protocolStep !== null;
  return (
    <div className="protocol-toolbar-group">
      <button
        type="button"
        aria-pressed={running}
        title={t('protocol.toggleHint')}
        onClick={() =>
          view.setState(patchView({ protocolStep: running ? null : (PROTOCOL_STEPS[0] ?? null) }))
        }
        data-protocol-toggle=""
        data-testid="protocol-toggle"
      >
        {t('protocol.toggle')}
      </button>
      <button
        type="button"
        title={t('protocol.presentHint')}
        onClick={() => enterPresentation(view)}
        data-present-button=""
        data-testid="present"
      >
        {t('protocol.present')}
      </button>
    </div>
  );
}
