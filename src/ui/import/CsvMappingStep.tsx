import { useMemo } from 'react';
import type { Codebook } from '../../codebook';
import { csvFieldChoices, type TableRole } from '../../io';
import { useI18n } from '../i18nContext';
import type { CsvDraft } from './plan';
import { choiceLabel } from './wording';

const PREVIEW_ROWS = 5;
const ROLES: readonly TableRole[] = ['actors', 'ties'];

interface Props {
  readonly drafts: readonly CsvDraft[];
  readonly codebook: Codebook;
  readonly onRole: (index: number, role: TableRole) => void;
  readonly onField: (index: number, column: number, field: string | null) => void;
  readonly onImport: () => void;
  readonly onBack: () => void;
}

/** The CSV preview: per file what it holds, per column which field it goes to. */
export function CsvMappingStep({ drafts, codebook, onRole, onField, onImport, onBack }: Props) {
  const { t } = useI18n();
  return (
    <div className="import-csv">
      <h3>{t('import.csvTitle')}</h3>
      <p>{t('import.csvIntro')}</p>
      {drafts.map((draft, index) => (
        <CsvSheetCard
          key={draft.table.name + index}
          draft={draft}
          codebook={codebook}
          onRole={(role) => onRole(index, role)}
          onField={(column, field) => onField(index, column, field)}
        />
      ))}
      <div className="dialog-footer">
        <button type="button" onClick={onBack}>
          {t('import.tryAnother')}
        </button>
        <button type="button" className="primary" onClick={onImport}>
          {t('import.csvImport')}
        </button>
      </div>
    </div>
  );
}

interface CardProps {
  readonly draft: CsvDraft;
  readonly codebook: Codebook;
  readonly onRole: (role: TableRole) => void;
  readonly onField: (column: number, field: string | null) => void;
}

function CsvSheetCard({ draft, codebook, onRole, onField }: CardProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const { table } = draft;
  const choices = useMemo(() => {
    const known = csvFieldChoices(draft.role, codebook).map((c) => ({
      value: c.field,
      label: choiceLabel(i18n, c, codebook),
    }));
    // A guessed field that is not offered (e.g. "weight") must still show as selected.
    const values = new Set(known.map((c) => c.value));
    const guessed = [...new Set(draft.mapping)].filter((f): f is string => !!f && !values.has(f));
    return [
      ...known,
      ...guessed.map((field) => ({
        value: field,
        label: choiceLabel(i18n, { kind: 'field', field }, codebook),
      })),
    ];
  }, [draft.role, draft.mapping, codebook, i18n]);
  const delimiter = table.delimiter === '\t' ? 'tab' : table.delimiter;
  return (
    <section className="import-sheet" aria-label={table.name}>
      <p className="import-sheet-info">
        {t('import.csvFile', {
          name: table.name,
          rows: table.rows.length,
          delimiter,
          encoding: table.encoding,
        })}
      </p>
      <label className="import-role">
        <span>{t('import.csvRole')}</span>
        <select value={draft.role} onChange={(e) => onRole(e.target.value as TableRole)}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(role === 'actors' ? 'import.csvRole.actors' : 'import.csvRole.ties')}
            </option>
          ))}
        </select>
      </label>
      <div
        className="import-preview"
        tabIndex={0}
        aria-label={t('import.csvPreview', { name: table.name })}
      >
        <table>
          <thead>
            <tr>
              {table.headers.map((header, column) => (
                <th key={column} scope="col">
                  <span className="import-header">{header}</span>
                  <select
                    aria-label={t('import.csvColumn', { column: header })}
                    value={draft.mapping[column] ?? ''}
                    onChange={(e) => onField(column, e.target.value || null)}
                  >
                    <option value="">{t('import.csvLeaveOut')}</option>
                    {choices.map((choice) => (
                      <option key={choice.value} value={choice.value}>
                        {choice.label}
                      </option>
                    ))}
                  </select>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row) => (
              <tr key={row.line}>
                {table.headers.map((_, column) => (
                  <td key={column}>{row.cells[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
