import { useId } from 'react';
import { formatInsight, type Insight, type InsightSeverity } from '../../analysis/insights';
import type { MessageKey } from '../../i18n';
import { useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { sameIds, useFocusActions } from './focus';

const SEVERITY_LABEL: Readonly<Record<InsightSeverity, MessageKey>> = {
  warning: 'analysis.severity.warning',
  attention: 'analysis.severity.attention',
  info: 'analysis.severity.info',
};

const SEVERITY_ICON: Readonly<Record<InsightSeverity, string>> = {
  warning: '!',
  attention: '▲',
  info: 'i',
};

export const insightTargets = (insight: Insight): string[] => [
  ...insight.actors,
  ...(insight.ties ?? []),
];

/** The insights in plain language; each one with actors or ties highlights them on the map. */
export function InsightList({ insights }: { readonly insights: readonly Insight[] }) {
  const { t, locale } = useI18n();
  const map = useMap();
  const { highlight } = useView();
  const focus = useFocusActions();
  const headingId = useId();
  if (!map) return null;

  return (
    <details className="analysis-section" open>
      <summary>
        <h3 id={headingId}>{t('analysis.insights')}</h3>
      </summary>
      {insights.length === 0 ? (
        <p className="analysis-hint">{t('analysis.noInsights')}</p>
      ) : (
        <>
          <p className="analysis-hint">{t('analysis.insightsHint')}</p>
          <ul
            className="analysis-insights"
            aria-labelledby={headingId}
            data-testid="analysis-insights"
          >
            {insights.map((insight) => {
              const text = formatInsight(insight, map.codebook, locale);
              const targets = insightTargets(insight);
              const content = (
                <>
                  <span className={`analysis-severity ${insight.severity}`}>
                    <span aria-hidden="true">{SEVERITY_ICON[insight.severity]}</span>
                    {t(SEVERITY_LABEL[insight.severity])}
                  </span>
                  <span className="analysis-insight-text">{text}</span>
                </>
              );
              const on = targets.length > 0 && sameIds(targets, highlight);
              return (
                <li key={insight.id} data-insight={insight.id}>
                  {targets.length > 0 ? (
                    <button
                      type="button"
                      className="analysis-insight"
                      aria-pressed={on}
                      onClick={() => (on ? focus.clear() : focus.highlight(targets))}
                    >
                      {content}
                    </button>
                  ) : (
                    <div className="analysis-insight">{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
