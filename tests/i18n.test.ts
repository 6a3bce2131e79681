import { describe, expect, it } from 'vitest';
import { detectLocale, translate, type MessageKey } from '../src/i18n';
import { CATALOG } from '../src/i18n/catalog';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('every message exists in both languages, non-empty, with the same placeholders', () => {
    const keys = Object.keys(CATALOG.en) as MessageKey[];
    expect(Object.keys(CATALOG.nl).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(CATALOG.en[key].trim(), key).not.toBe('');
      expect(CATALOG.nl[key].trim(), key).not.toBe('');
      expect(placeholders(CATALOG.nl[key]), key).toEqual(placeholders(CATALOG.en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('nl', 'library.counts', { actors: 3, ties: 2 })).toBe(
      '3 actoren · 2 relaties',
    );
    expect(translate('en', 'library.changed')).toBe('Changed {when}');
  });

  it('detects the language from browser preferences', () => {
    expect(detectLocale(['nl-BE', 'en'])).toBe('nl');
    expect(detectLocale(['fr-BE', 'en-GB'])).toBe('en');
    expect(detectLocale(['fr'])).toBe('en');
    expect(detectLocale([])).toBe('en');
  });
});
