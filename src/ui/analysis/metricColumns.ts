/**
 * The metrics table's columns as data: the table, its sorting and the CSV export share them.
 * Pure: no React.
 */
import type { ActorMetrics, MapAnalysis } from '../../analysis';
import type { MetricId } from '../../analysis/insights';
import type { Locale } from '../../codebook';
import { buildCsv, type CsvCell } from './csv';

export interface MetricColumn {
  readonly id: MetricId;
  /** null where the metric is undefined (constraint and effective size of an isolate). */
  readonly value: (m: ActorMetrics, core: ReadonlySet<string>) => number | null;
  readonly format: 'integer' | 'decimal' | 'yesNo';
  /** Shown only when the map has directed ties. */
  readonly directedOnly?: boolean;
}

export const METRIC_COLUMNS: readonly MetricColumn[] = [
  { id: 'degree', value: (m) => m.degree, format: 'integer' },
  { id: 'degreeNormalized', value: (m) => m.degreeNormalized, format: 'decimal' },
  { id: 'weightedDegree', value: (m) => m.weightedDegree, format: 'integer' },
  { id: 'inDegree', value: (m) => m.inDegree, format: 'integer', directedOnly: true },
  { id: 'outDegree', value: (m) => m.outDegree, format: 'integer', directedOnly: true },
  { id: 'betweenness', value: (m) => m.betweenness, format: 'decimal' },
  { id: 'closeness', value: (m) => m.closeness, format: 'decimal' },
  { id: 'harmonic', value: (m) => m.harmonic, format: 'decimal' },
  { id: 'constraint', value: (m) => m.constraint, format: 'decimal' },
  { id: 'effectiveSize', value: (m) => m.effectiveSize, format: 'decimal' },
  { id: 'coreNumber', value: (m) => m.coreNumber, format: 'integer' },
  { id: 'coreActor', value: (m, core) => (core.has(m.id) ? 1 : 0), format: 'yesNo' },
];

/** The columns for this analysis: in/out degree only when the map has directed ties. */
export const columnsFor = (analysis: MapAnalysis): MetricColumn[] =>
  METRIC_COLUMNS.filter((c) => !c.directedOnly || analysis.map.directedTies > 0);

export type SortKey = 'label' | MetricId;

export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/**
 * Rows (actor metrics) in the chosen order. Undefined values always go last; ties in value are
 * ordered by name, so the order never depends on the map's order.
 */
export function sortRows(
  analysis: MapAnalysis,
  core: ReadonlySet<string>,
  sort: Sort,
  locale: Locale,
): ActorMetrics[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const byName = (a: ActorMetrics, b: ActorMetrics) =>
    collator.compare(a.label, b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const rows = analysis.actorIds.map((id) => analysis.actors[id]!);
  const sign = sort.descending ? -1 : 1;
  if (sort.key === 'label') return rows.sort((a, b) => sign * byName(a, b));
  const column = METRIC_COLUMNS.find((c) => c.id === sort.key);
  if (!column) return rows.sort(byName);
  return rows.sort((a, b) => {
    const x = column.value(a, core);
    const y = column.value(b, core);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

export interface CsvLabels {
  readonly actor: string;
  readonly column: (id: MetricId) => string;
  readonly yes: string;
  readonly no: string;
}

/** The metrics table as a CSV file (csv.ts): names as text, metrics as numbers. */
export function metricsCsv(
  rows: readonly ActorMetrics[],
  columns: readonly MetricColumn[],
  core: ReadonlySet<string>,
  labels: CsvLabels,
  locale: Locale,
): string {
  const header = [labels.actor, ...columns.map((c) => labels.column(c.id))];
  const body = rows.map((m): CsvCell[] => [
    m.label,
    ...columns.map((c): CsvCell => {
      const value = c.value(m, core);
      if (c.format === 'yesNo') return value ? labels.yes : labels.no;
      return value;
    }),
  ]);
  return buildCsv(header, body, locale);
}
