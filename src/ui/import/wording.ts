/** The app's words for the codes of an import (src/io/types.ts), in the user's language. */
import { termLabel, type Codebook } from '../../codebook';
import { hasMessage, type MessageKey } from '../../i18n';
import type { CsvFieldChoice, ImportError, Params, ReportEntry } from '../../io';
import type { I18n } from '../i18nContext';
import type { PlanProblem } from './plan';

// The keys are built from the codes; messages/import.ts has one per code (a test checks it).
export const errorText = (i18n: I18n, { code, params }: ImportError): string =>
  worded(i18n, `import.error.${code}`, code === 'too-large' ? inMegabytes(params) : params);

export const reportText = (i18n: I18n, { code, params }: ReportEntry): string =>
  worded(i18n, `import.report.${code}`, params);

/** A message; one that points at a line says nothing of it when the reader gave none. */
function worded({ t }: I18n, key: string, params: Params): string {
  const text = t(key as MessageKey, params);
  if (params.line !== undefined) return text;
  const rest = text.replace(/^[^{]*\{line\}[,:]\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const inMegabytes = (params: Params): Params => ({
  ...params,
  size: (Number(params.size) / 2 ** 20).toFixed(1),
  limit: (Number(params.limit) / 2 ** 20).toFixed(0),
});

export const problemText = ({ t }: I18n, problem: PlanProblem): string =>
  problem.kind === 'one-file'
    ? t('import.oneFile', { count: problem.count })
    : t('import.pngNoMap');

/** The label of a field a CSV column can be mapped to. */
export function choiceLabel({ t, locale }: I18n, choice: CsvFieldChoice, codebook: Codebook) {
  if (choice.kind === 'motive') {
    const term = codebook.motives.find((m) => m.id === choice.motive);
    return t('import.csvMotive', { label: termLabel(term, locale, choice.motive) });
  }
  if (choice.kind === 'attribute') {
    const term = codebook.tieAttributes.find((a) => a.id === choice.attribute);
    return t('import.csvAttribute', { label: termLabel(term, locale, choice.attribute) });
  }
  const key = `import.field.${choice.field}`;
  return hasMessage(key) ? t(key) : choice.field;
}
