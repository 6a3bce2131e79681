import { describe, expect, it } from 'vitest';
import { analyzeMap } from '../../../src/analysis';
import { coreActors, insightsFor } from '../../../src/analysis/insights';
import { makeI18n } from '../../../src/ui/i18nContext';
import { participantsByRole, reportContent, sortedMetrics } from '../../../src/ui/export/report';
import { captionText, dateText, formatDay, todayIso } from '../../../src/ui/export/texts';
import { loadSampleMap } from '../../fixtures/samples';

const primary = () => loadSampleMap('primary-school');

function analysed(locale: 'en' | 'nl' = 'en') {
  const map = primary();
  const result = analyzeMap(map, { layers: false });
  if (!result.ok) throw new Error(result.error);
  return { map, analysis: result.analysis, t: makeI18n(locale).t };
}

describe('export texts', () => {
  it('dates in words, in the reader’s language, without a time-zone shift', () => {
    expect(formatDay('2026-10-05', 'en')).toBe('October 5, 2026');
    expect(formatDay('2026-10-05', 'nl')).toBe('5 oktober 2026');
    expect(formatDay('not a date', 'en')).toBe('not a date');
    expect(todayIso(new Date(2026, 0, 2, 23, 59))).toBe('2026-01-02');
  });

  it('the caption gives the map-level figures', () => {
    const { analysis, t } = analysed();
    const f = analysis.map;
    expect(captionText(analysis, 'en', t)).toBe(
      `${f.actors} actors · ${f.ties} ties · density 9.7% · 2 connected groups · 1 isolated actor`,
    );
    const nl = analysed('nl');
    expect(captionText(nl.analysis, 'nl', nl.t)).toContain('27 actoren · 34 relaties');
  });

  it('the date line names the focus group and the export', () => {
    const { map, t } = analysed();
    expect(dateText(map, '2026-11-23', 'en', t)).toBe(
      'Focus group of October 5, 2026 · exported on November 23, 2026',
    );
    const undated = { ...map, session: { ...map.session, date: '' } };
    expect(dateText(undated, '2026-11-23', 'en', t)).toBe('Exported on November 23, 2026');
  });
});

describe('PDF report content', () => {
  it('participants grouped by role, codebook labels in order', () => {
    const { map, t } = analysed();
    const text = participantsByRole(map, 'en', t);
    expect(text.startsWith('Principal: Hilde; ')).toBe(true);
    expect(text).toContain('Teacher: Lotte, Jens');
    expect(participantsByRole(map, 'nl', makeI18n('nl').t)).toContain('Schooldirectie: Hilde');
  });

  it('metrics: every actor once, highest degree first, then betweenness, closeness, name', () => {
    const { map, analysis } = analysed();
    const rows = sortedMetrics(analysis, 'en');
    expect(rows.map((r) => r.id).sort()).toEqual(map.actors.map((a) => a.id).sort());
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1]!, rows[i]!];
      const key = (m: typeof a) => [m.degree, m.betweenness, m.closeness];
      const [x, y] = [key(a), key(b)];
      const order = x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
      expect(order, `${a.label} before ${b.label}`).toBeGreaterThanOrEqual(0);
    }
  });

  it('the content: metadata with labels, starred core actors, every insight in words', () => {
    const { map, analysis, t } = analysed();
    const core = new Set(coreActors(map, analysis).map((a) => a.id));
    const insights = insightsFor(map, analysis);
    const report = reportContent({
      map,
      analysis,
      core,
      insights,
      locale: 'en',
      t,
      orientation: 'portrait',
      title: map.title,
      figures: 'figures',
      today: '2026-11-23',
      mapSvg: () => '<svg/>',
    });
    expect(report.metadata).toEqual([
      { label: 'School', value: 'Basisschool De Regenboog' },
      { label: 'Date', value: 'October 5, 2026' },
      { label: 'Measurement moment', value: 'Baseline' },
      { label: 'Facilitator', value: 'Onderzoeker "Els" (pseudoniem)' },
      { label: 'Participants', value: participantsByRole(map, 'en', t) },
    ]);
    expect(report.metrics.rows).toHaveLength(map.actors.length);
    const starred = report.metrics.rows.filter((r) => r[0]!.startsWith('★ '));
    expect(starred).toHaveLength(core.size);
    expect(report.metrics.note).toContain('Highest degree first');
    expect(report.insights.items).toHaveLength(insights.length);
    expect(report.insights.items.every((i) => i.text.length > 0 && !i.text.includes('{'))).toBe(
      true,
    );
    expect(report.pageLabel(2, 3)).toBe('Page 2 of 3');
  });
});
