import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';

/** The toolbar button that opens and closes the analysis panel. */
export function AnalysisToggle() {
  const { t } = useI18n();
  const { view } = useEditor();
  const { analysisOpen } = useView();
  return (
    <button
      type="button"
      aria-pressed={analysisOpen}
      title={t('analysis.toggleHint')}
      data-analysis-toggle
      data-testid="analysis-toggle"
      onClick={() => view.setState(patchView({ analysisOpen: !analysisOpen }))}
    >
      {t('analysis.toggle')}
    </button>
  );
}
