import { useId, useMemo, useState } from 'react';
import type { MapAnalysis } from '../../analysis';
import { metricMessages, type MetricId, type RankedActor } from '../../analysis/insights';
import { asActorId } from '../../model';
import { patchView } from '../../store';
import { downloadText, safeFileName } from '../download';
import { useEditor, useMap, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { useFocusActions } from './focus';
import { columnsFor, metricsCsv, sortRows, type MetricColumn, type Sort } from './metricColumns';
import './metricsTable.css';

const DEFAULT_SORT: Sort = { key: 'degree', descending: true };

interface Props {
  readonly analysis: MapAnalysis;
  readonly core: readonly RankedActor[];
}

/** Every actor's metrics: sortable by each column, rows select the actor, exportable as CSV. */
export function MetricsTable({ analysis, core }: Props) {
  const { t, locale } = useI18n();
  const { view } = useEditor();
  const map = useMap();
  const { selection } = useView();
  const focus = useFocusActions();
  const headingId = useId();
  const helpId = useId();
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [help, setHelp] = useState(false);
  const coreIds = useMemo(() => new Set(core.map((a) => a.id)), [core]);
  const columns = useMemo(() => columnsFor(analysis), [analysis]);
  const rows = useMemo(
    () => sortRows(analysis, coreIds, sort, locale),
    [analysis, coreIds, sort, locale],
  );

  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  const integer = new Intl.NumberFormat(locale);
  const cell = (column: MetricColumn, value: number | null): string => {
    if (value === null) return '–';
    if (column.format === 'yesNo') return t(value ? 'analysis.yes' : 'analysis.no');
    return (column.format === 'integer' ? integer : decimal).format(value);
  };
  const name = (id: MetricId) => t(metricMessages(id).name);
  const explain = (id: MetricId) => t(metricMessages(id).explain);

  const sortBy = (key: Sort['key']) =>
    setSort((s) =>
      s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'label' },
    );
  const ariaSort = (key: Sort['key']) =>
    sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined;
  const arrow = (key: Sort['key']) => (sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : '');
  const select = (id: string) =>
    view.setState(patchView({ selection: { kind: 'actor', id: asActorId(id) } }));

  const exportCsv = () => {
    const text = metricsCsv(
      rows,
      columns,
      coreIds,
      {
        actor: t('analysis.col.actor'),
        column: name,
        yes: t('analysis.yes'),
        no: t('analysis.no'),
      },
      locale,
    );
    const file = `${safeFileName(map?.title ?? '')}-${t('analysis.csvSuffix')}.csv`;
    downloadText(file, text, 'text/csv;charset=utf-8');
  };

  return (
    <details className="analysis-section" open>
      <summary>
        <h3 id={headingId}>{t('analysis.metrics')}</h3>
      </summary>
      <div className="analysis-actions">
        <button
          type="button"
          className="analysis-small"
          aria-expanded={help}
          aria-controls={helpId}
          onClick={() => setHelp((h) => !h)}
        >
          {t(help ? 'analysis.helpHide' : 'analysis.helpShow')}
        </button>
        <button
          type="button"
          className="analysis-small"
          onClick={exportCsv}
          data-testid="analysis-export"
        >
          {t('analysis.export')}
        </button>
      </div>
      {/* Each explanation starts with the column's name. */}
      <ul id={helpId} className="analysis-help" hidden={!help}>
        {columns.map((c) => (
          <li key={c.id}>{explain(c.id)}</li>
        ))}
      </ul>
      <p className="analysis-hint">{t('analysis.tableHint')}</p>
      <div className="analysis-table-wrap" tabIndex={0} aria-labelledby={headingId} role="region">
        <table
          className="analysis-table"
          aria-labelledby={headingId}
          data-testid="analysis-metrics"
        >
          <thead>
            <tr>
              <th scope="col" aria-sort={ariaSort('label')}>
                <button type="button" onClick={() => sortBy('label')}>
                  {t('analysis.col.actor')}
                  {arrow('label')}
                </button>
              </th>
              {columns.map((c) => (
                <th key={c.id} scope="col" aria-sort={ariaSort(c.id)} data-column={c.id}>
                  <button type="button" title={explain(c.id)} onClick={() => sortBy(c.id)}>
                    {name(c.id)}
                    {arrow(c.id)}
                  </button>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('analysis.col.depends')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const selected = selection?.kind === 'actor' && selection.id === m.id;
              return (
                <tr
                  key={m.id}
                  data-actor={m.id}
                  aria-current={selected || undefined}
                  className={selected ? 'selected' : undefined}
                  onClick={() => select(m.id)}
                >
                  <th scope="row">
                    <button type="button" className="analysis-row-name">
                      {m.label}
                    </button>
                  </th>
                  {columns.map((c) => (
                    <td key={c.id}>{cell(c, c.value(m, coreIds))}</td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="analysis-small"
                      title={t('analysis.dependsOnActor', { name: m.label })}
                      onClick={(e) => {
                        e.stopPropagation();
                        focus.showDependsOn(m.id);
                      }}
                    >
                      {t('analysis.dependsShort')}
                      <span className="visually-hidden"> {m.label}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
