import { describe, expect, it } from 'vitest';
import { hasMessage } from '../../../src/i18n';
import { IMPORT_ERROR_CODES, REPORT_CODES } from '../../../src/io';
import { makeI18n } from '../../../src/ui/i18nContext';
import { errorText, reportText } from '../../../src/ui/import/wording';

describe('import wording', () => {
  it('has an English and a Dutch message for every report and error code', () => {
    const missing = [
      ...REPORT_CODES.map((code) => `import.report.${code}`),
      ...IMPORT_ERROR_CODES.map((code) => `import.error.${code}`),
    ].filter((key) => !hasMessage(key));
    expect(missing).toEqual([]);
    expect(REPORT_CODES.length).toBeGreaterThan(20);
  });

  it('fills the parameters, in the chosen language', () => {
    const entry = { code: 'tie-unknown-endpoint', params: { endpoint: 'n9', line: 12 } } as const;
    expect(reportText(makeI18n('en'), entry)).toBe(
      'Line 12: a tie to “n9”, which is not an actor in the file, was skipped.',
    );
    expect(reportText(makeI18n('nl'), entry)).toBe(
      'Regel 12: een band naar “n9”, dat geen actor in het bestand is, is overgeslagen.',
    );
  });

  it('leaves out the line when the reader gave none, and sizes in MB', () => {
    const error = { code: 'malformed-xml', params: { detail: 'unexpected end' } } as const;
    expect(errorText(makeI18n('en'), error)).toBe('The XML is malformed (unexpected end).');
    expect(errorText(makeI18n('nl'), error)).toBe('De XML is niet in orde (unexpected end).');
    const big = { code: 'too-large', params: { size: 31_457_280, limit: 20_971_520 } } as const;
    expect(errorText(makeI18n('en'), big)).toBe(
      'The file is 30.0 MB; files up to 20 MB can be imported.',
    );
  });
});
