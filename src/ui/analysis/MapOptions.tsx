import { useId, useMemo } from 'react';
import { metricMessages } from '../../analysis/insights';
import { asActorId } from '../../model';
import { patchView, type SizeMetric } from '../../store';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { MarkLegend } from './MarkLegend';

export const SIZE_METRICS: readonly SizeMetric[] = [
  'degree',
  'betweenness',
  'closeness',
  'harmonic',
  'effectiveSize',
];

const collator = (locale: string) => new Intl.Collator(locale, { sensitivity: 'base' });

/** What the analysis shows on the map: sizes, marks, weighting and "what depends on X". */
export function MapOptions() {
  const { t, locale } = useI18n();
  const { view } = useEditor();
  const map = useMap();
  const { sizeBy, markStructure, analysisWeighted, dependsOn } = useView();
  const headingId = useId();
  const weightedHintId = useId();
  const candidates = useMemo(() => {
    const order = collator(locale);
    return (map?.actors ?? [])
      .filter((a) => a.kind !== 'ego')
      .slice()
      .sort((a, b) => order.compare(a.label, b.label));
  }, [map, locale]);

  return (
    <section className="analysis-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('analysis.onMap')}</h3>
      <label className="analysis-field">
        <span>{t('analysis.sizeBy')}</span>
        <select
          value={sizeBy ?? ''}
          data-testid="analysis-size-by"
          onChange={(e) =>
            view.setState(patchView({ sizeBy: (e.target.value || null) as SizeMetric | null }))
          }
        >
          <option value="">{t('analysis.sizeNone')}</option>
          {SIZE_METRICS.map((id) => (
            <option key={id} value={id}>
              {t(metricMessages(id).name)}
            </option>
          ))}
        </select>
      </label>
      <label className="analysis-check">
        <input
          type="checkbox"
          checked={markStructure}
          onChange={(e) => view.setState(patchView({ markStructure: e.target.checked }))}
        />
        <span>{t('analysis.marks')}</span>
      </label>
      <MarkLegend sizeBy={sizeBy} marks={markStructure} />
      <label className="analysis-check">
        <input
          type="checkbox"
          checked={analysisWeighted}
          aria-describedby={weightedHintId}
          data-testid="analysis-weighted"
          onChange={(e) => view.setState(patchView({ analysisWeighted: e.target.checked }))}
        />
        <span>{t('analysis.weighted')}</span>
      </label>
      <p id={weightedHintId} className="analysis-hint">
        {t('analysis.weightedHint')}
      </p>
      <label className="analysis-field">
        <span>{t('analysis.dependsOn')}</span>
        <select
          value={dependsOn ?? ''}
          data-testid="analysis-depends-on"
          onChange={(e) =>
            view.setState(
              patchView({
                dependsOn: e.target.value ? asActorId(e.target.value) : null,
                highlight: [],
              }),
            )
          }
        >
          <option value="">{t('analysis.dependsOnNone')}</option>
          {candidates.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
