import { useId, type ReactNode } from 'react';
import type { MapAnalysis } from '../../analysis';
import { metricMessages, type MetricId } from '../../analysis/insights';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../i18nContext';
import { useFocusActions } from './focus';

interface Row {
  readonly id: string;
  readonly name: MessageKey;
  readonly explain: MessageKey;
  readonly value: string;
  readonly detail?: ReactNode;
}

const fromMetric = (id: MetricId) => {
  const { name, explain } = metricMessages(id);
  return { name, explain };
};

/** The map in figures, each with its one-line explanation. */
export function MapFigures({ analysis }: { readonly analysis: MapAnalysis }) {
  const { t, locale } = useI18n();
  const focus = useFocusActions();
  const headingId = useId();
  const figures = analysis.map;
  const label = (id: string) => analysis.actors[id]?.label ?? id;
  const integer = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });

  const names = (ids: readonly string[]) =>
    ids.length > 0 && <p className="analysis-names">{ids.map(label).join(', ')}</p>;
  const showButton = (ids: readonly string[], what: MessageKey) =>
    ids.length > 0 && (
      <button type="button" className="analysis-small" onClick={() => focus.highlight(ids)}>
        {t('analysis.showOnMap')}
        <span className="visually-hidden">: {t(what)}</span>
      </button>
    );
  const bridgeTies = figures.bridges.flatMap((b) => [...b.ties]);
  const bridgeEnds = figures.bridges.flatMap((b) => [b.source, b.target]);

  const rows: Row[] = [
    {
      id: 'actors',
      name: 'analysis.fig.actors',
      explain: 'analysis.fig.actorsExplain',
      value: integer.format(figures.actors),
    },
    {
      id: 'ties',
      name: 'analysis.fig.ties',
      explain: 'analysis.fig.tiesExplain',
      value: integer.format(figures.ties),
    },
    {
      id: 'density',
      ...fromMetric('density'),
      value: t('analysis.densityValue', {
        percent: percent.format(figures.density),
        value: decimal.format(figures.density),
      }),
    },
    {
      id: 'components',
      ...fromMetric('components'),
      value: integer.format(figures.components.length),
    },
    {
      id: 'isolates',
      name: 'analysis.fig.isolates',
      explain: metricMessages('isolate').explain,
      value: integer.format(figures.isolates.length),
      detail: (
        <>
          {names(figures.isolates)}
          {showButton(figures.isolates, 'analysis.fig.isolates')}
        </>
      ),
    },
    {
      id: 'cutPoints',
      name: 'analysis.fig.cutPoints',
      explain: metricMessages('cutPoint').explain,
      value: integer.format(figures.cutPoints.length),
      detail: figures.cutPoints.length > 0 && (
        <>
          <p className="analysis-hint">{t('analysis.cutPointsHint')}</p>
          <ul className="analysis-chips">
            {figures.cutPoints.map((id) => (
              <li key={id}>
                <button
                  type="button"
                  className="analysis-small"
                  title={t('analysis.dependsOnActor', { name: label(id) })}
                  aria-label={t('analysis.dependsOnActor', { name: label(id) })}
                  onClick={() => focus.showDependsOn(id)}
                >
                  {label(id)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ),
    },
    {
      id: 'bridges',
      name: 'analysis.fig.bridges',
      explain: metricMessages('bridge').explain,
      value: integer.format(figures.bridges.length),
      detail: (
        <>
          {figures.bridges.length > 0 && (
            <details className="analysis-list">
              <summary>{t('analysis.listBridges', { count: figures.bridges.length })}</summary>
              <ul>
                {figures.bridges.map((b) => (
                  <li key={`${b.source}|${b.target}`}>
                    {t('analysis.pair', { source: label(b.source), target: label(b.target) })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {showButton([...new Set([...bridgeEnds, ...bridgeTies])], 'analysis.fig.bridges')}
        </>
      ),
    },
  ];

  return (
    <details className="analysis-section" open>
      <summary>
        <h3 id={headingId}>{t('analysis.figures')}</h3>
      </summary>
      <dl className="analysis-figures" aria-labelledby={headingId} data-testid="analysis-figures">
        {rows.map((row) => (
          <div key={row.id} className="analysis-figure" data-figure={row.id}>
            <dt>{t(row.name)}</dt>
            <dd className="analysis-figure-value">{row.value}</dd>
            <dd className="analysis-explain">{t(row.explain)}</dd>
            {row.detail && <dd className="analysis-figure-detail">{row.detail}</dd>}
          </div>
        ))}
      </dl>
    </details>
  );
}
