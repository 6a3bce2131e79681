import { useEffect, useId, useRef } from 'react';
import { patchView } from '../../store';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useAnalysisState } from './AnalysisRunner';
import { CoreActorList } from './CoreActorList';
import { InsightList } from './InsightList';
import { MapFigures } from './MapFigures';
import { MapOptions } from './MapOptions';
import { MetricsTable } from './MetricsTable';
import { StatusLine } from './StatusLine';
import './analysis.css';

/** The analysis side panel: renders nothing while closed. */
export function AnalysisPanel() {
  const { analysisOpen } = useView();
  const map = useMap();
  return analysisOpen && map ? <OpenAnalysisPanel /> : null;
}

function OpenAnalysisPanel() {
  const { t } = useI18n();
  const { view } = useEditor();
  const state = useAnalysisState();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const { analysis } = state;

  // Opening the panel moves keyboard focus into it.
  useEffect(() => {
    title.current?.focus({ preventScroll: true });
  }, []);

  const close = () => {
    view.setState(patchView({ analysisOpen: false }));
    document.querySelector<HTMLElement>('[data-analysis-toggle]')?.focus({ preventScroll: true });
  };

  return (
    <aside
      className="side-panel analysis-panel"
      aria-labelledby={titleId}
      aria-busy={state.status === 'computing'}
      data-testid="analysis-panel"
    >
      <header className="analysis-header">
        <h2 id={titleId} ref={title} tabIndex={-1}>
          {t('analysis.title')}
        </h2>
        <button type="button" onClick={close}>
          {t('analysis.close')}
        </button>
      </header>
      <StatusLine state={state} />
      {analysis && (
        <>
          <InsightList insights={state.insights} />
          <MapFigures analysis={analysis} />
          <CoreActorList core={state.core} />
        </>
      )}
      <MapOptions />
      {analysis && <MetricsTable analysis={analysis} core={state.core} />}
    </aside>
  );
}
