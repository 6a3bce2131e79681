/**
 * The PDF report's content in the reader's language (io/image/pdf.ts lays it out): session
 * metadata with codebook labels, the metrics table sorted, the insights. Pure: no DOM.
 */
import type { ActorMetrics, MapAnalysis } from '../../analysis';
import { formatInsight, metricMessages, type Insight } from '../../analysis/insights';
import { findTerm, termLabel, type Locale } from '../../codebook';
import type { MessageKey } from '../../i18n';
import type { Orientation, PdfReport } from '../../io/image';
import type { PartnerMapDoc } from '../../model';
import type { Translate } from '../legend/legendModel';
import { formatDay } from './texts';

export interface ReportInput {
  readonly map: PartnerMapDoc;
  readonly analysis: MapAnalysis;
  readonly core: ReadonlySet<string>;
  readonly insights: readonly Insight[];
  readonly locale: Locale;
  readonly t: Translate;
  readonly orientation: Orientation;
  readonly title: string;
  readonly figures: string;
  readonly today: string;
  readonly mapSvg: (aspect: number) => string;
}

const SEVERITY: Readonly<Record<Insight['severity'], MessageKey>> = {
  warning: 'analysis.severity.warning',
  attention: 'analysis.severity.attention',
  info: 'analysis.severity.info',
};

/** "Principal: Hilde; Teacher: Lotte, Jens", roles in codebook order. */
export function participantsByRole(map: PartnerMapDoc, locale: Locale, t: Translate): string {
  const roles = map.codebook.participantRoles;
  const byRole = new Map<string, string[]>();
  for (const p of map.session.participants) {
    const names = byRole.get(p.role) ?? [];
    names.push(p.name.trim() || t('export.pdf.unnamed'));
    byRole.set(p.role, names);
  }
  const order = (role: string) => {
    const i = roles.findIndex((r) => r.id === role);
    return i < 0 ? roles.length : i;
  };
  return [...byRole.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(
      ([role, names]) => `${termLabel(findTerm(roles, role), locale, role)}: ${names.join(', ')}`,
    )
    .join('; ');
}

/** Highest degree first, then betweenness, then closeness, then by name. */
export function sortedMetrics(analysis: MapAnalysis, locale: Locale): ActorMetrics[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return analysis.actorIds
    .map((id) => analysis.actors[id]!)
    .sort(
      (a, b) =>
        b.degree - a.degree ||
        b.betweenness - a.betweenness ||
        b.closeness - a.closeness ||
        collator.compare(a.label, b.label) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

export function reportContent(input: ReportInput): PdfReport {
  const { map, analysis, core, locale, t } = input;
  const session = map.session;
  const notRecorded = t('export.pdf.notRecorded');
  const moment = session.moment.trim()
    ? termLabel(findTerm(map.codebook.measurementMoments, session.moment), locale, session.moment)
    : notRecorded;
  const metadata = [
    { label: t('export.pdf.school'), value: session.school.trim() || notRecorded },
    {
      label: t('export.pdf.date'),
      value: session.date ? formatDay(session.date, locale) : notRecorded,
    },
    { label: t('export.pdf.moment'), value: moment },
    ...(session.facilitator.trim()
      ? [{ label: t('export.pdf.facilitator'), value: session.facilitator.trim() }]
      : []),
    {
      label: t('export.pdf.participants'),
      value: participantsByRole(map, locale, t) || notRecorded,
    },
  ];
  const integer = new Intl.NumberFormat(locale);
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  const name = (id: 'degree' | 'betweenness' | 'closeness') => t(metricMessages(id).name);
  const inSentence = (id: 'degree' | 'betweenness' | 'closeness') =>
    name(id).toLocaleLowerCase(locale);
  return {
    orientation: input.orientation,
    title: input.title,
    metadata,
    figures: input.figures,
    mapSvg: input.mapSvg,
    metrics: {
      title: t('export.pdf.metricsTitle'),
      note: t('export.pdf.metricsNote', {
        first: inSentence('degree'),
        second: inSentence('betweenness'),
        third: inSentence('closeness'),
        weighting: t(analysis.weighted ? 'export.pdf.weighted' : 'export.pdf.unweighted'),
      }),
      columns: [
        { label: t('export.pdf.actor'), align: 'left', weight: 3.2 },
        { label: name('degree'), align: 'right', weight: 1 },
        { label: name('betweenness'), align: 'right', weight: 1.4 },
        { label: name('closeness'), align: 'right', weight: 1.2 },
        { label: t('export.pdf.core'), align: 'right', weight: 1 },
      ],
      rows: sortedMetrics(analysis, locale).map((m) => [
        core.has(m.id) ? `★ ${m.label}` : m.label,
        integer.format(m.degree),
        decimal.format(m.betweenness),
        decimal.format(m.closeness),
        core.has(m.id) ? t('export.pdf.yes') : '',
      ]),
    },
    insights: {
      title: t('analysis.insights'),
      empty: t('analysis.noInsights'),
      items: input.insights.map((insight) => ({
        severity: t(SEVERITY[insight.severity]),
        text: formatInsight(insight, map.codebook, locale),
      })),
    },
    footer: t('export.pdf.footer', { title: input.title, date: formatDay(input.today, locale) }),
    pageLabel: (page, pages) => t('export.pdf.page', { page, pages }),
  };
}
