import { LOCALES, type Locale } from '../codebook/types';
import { CATALOG, type MessageKey } from './catalog';

export type { MessageKey };
export { LOCALES, type Locale };

export { defineMessages } from './define';

export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message and fills `{name}` placeholders. Unknown placeholders stay visible. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = CATALOG[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether a key built at run time (e.g. from a code) has a message. */
export const hasMessage = (key: string): key is MessageKey => key in CATALOG.en;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences (nl-BE → nl), else English. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
