import { useI18n } from '../i18nContext';
import type { AnalysisState } from './useAnalysis';

/** Whether the figures are current, the progress while computing, and errors. */
export function StatusLine({ state }: { readonly state: AnalysisState }) {
  const { t } = useI18n();
  const { status, progress, error } = state;
  if (status === 'error') {
    return (
      <p className="analysis-status error" role="alert">
        {t('analysis.failed', { reason: error ?? '' })}
      </p>
    );
  }
  const computing = status === 'computing';
  const percent =
    progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="analysis-status" role="status" data-testid="analysis-status">
      {computing ? (
        <>
          <span>
            {percent === null
              ? t(state.analysis ? 'analysis.updating' : 'analysis.computing')
              : t('analysis.progress', { percent })}
          </span>
          {progress && progress.total > 0 && (
            <progress
              max={progress.total}
              value={progress.done}
              aria-label={t('analysis.progressLabel')}
            />
          )}
        </>
      ) : (
        status === 'ready' && (
          <span>{t(state.weighted ? 'analysis.readyWeighted' : 'analysis.ready')}</span>
        )
      )}
    </div>
  );
}
