import { useId } from 'react';
import { metricMessages, type RankedActor } from '../../analysis/insights';
import { useI18n } from '../i18nContext';
import { useFocusActions } from './focus';

/** The core actors, best first, each with the ranks that made it one. */
export function CoreActorList({ core }: { readonly core: readonly RankedActor[] }) {
  const { t, locale } = useI18n();
  const focus = useFocusActions();
  const headingId = useId();
  const number = new Intl.NumberFormat(locale);

  return (
    <details className="analysis-section" open>
      <summary>
        <h3 id={headingId}>{t('analysis.coreTitle')}</h3>
      </summary>
      <p className="analysis-hint">{t(metricMessages('coreActor').explain)}</p>
      {core.length === 0 ? (
        <p className="analysis-hint">{t('analysis.noCore')}</p>
      ) : (
        <>
          <ol className="analysis-core" aria-labelledby={headingId} data-testid="analysis-core">
            {core.map((actor) => (
              <li key={actor.id}>
                <strong>{actor.label}</strong>
                <span className="analysis-reason">
                  {t('analysis.coreReason', {
                    degree: number.format(actor.ranks.degree.value),
                    degreeRank: actor.ranks.degree.rank,
                    betweennessRank: actor.ranks.betweenness.rank,
                    closenessRank: actor.ranks.closeness.rank,
                  })}
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="analysis-small"
            onClick={() => focus.highlight(core.map((a) => a.id))}
          >
            {t('analysis.showOnMap')}
            <span className="visually-hidden">: {t('analysis.coreTitle')}</span>
          </button>
        </>
      )}
    </details>
  );
}
