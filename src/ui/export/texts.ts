/** The texts around an exported map: the caption with the map's figures and the date line. */
import type { MapAnalysis } from '../../analysis';
import type { Locale } from '../../codebook';
import type { PartnerMapDoc } from '../../model';
import type { Translate } from '../legend/legendModel';

/** An ISO date (YYYY-MM-DD) in words, or the text as it is when it is not one. */
export function formatDay(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return iso.trim();
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return iso.trim();
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "27 actors · 34 ties · density 9.7 % · 2 connected groups · 1 isolated actor". */
export function captionText(analysis: MapAnalysis, locale: Locale, t: Translate): string {
  const figures = analysis.map;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const groups = figures.components.length;
  const isolates = figures.isolates.length;
  return t('export.caption', {
    actors: figures.actors,
    ties: figures.ties,
    density: percent.format(figures.density),
    groups: t(groups === 1 ? 'export.groups.one' : 'export.groups.many', { count: groups }),
    isolates: t(
      isolates === 0
        ? 'export.isolates.none'
        : isolates === 1
          ? 'export.isolates.one'
          : 'export.isolates.many',
      { count: isolates },
    ),
  });
}

/** "Focus group of 5 October 2026 · exported on 23 November 2026". */
export function dateText(map: PartnerMapDoc, today: string, locale: Locale, t: Translate): string {
  const exported = t('export.dateExported', { date: formatDay(today, locale) });
  if (!map.session.date.trim()) return capitalise(exported, locale);
  return `${t('export.dateSession', { date: formatDay(map.session.date, locale) })} · ${exported}`;
}

const capitalise = (text: string, locale: Locale): string =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
