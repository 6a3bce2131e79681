import { detectLocale, isLocale, type Locale } from '../i18n';

const KEY = 'partnermap.locale';

/** The remembered choice, else the browser's language (nl-BE → nl), else English. */
export function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // localStorage can be disabled; the browser's language is then the best guess.
  }
  return detectLocale(navigator.languages ?? [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Not remembered when storage is disabled; the choice still holds for this visit.
  }
}
