import { termLabel } from '../../codebook';
import type { MessageKey, MessageParams } from '../../i18n';
import { updateTie, type Producer, type TieInput } from '../../model';
import { ChecklistDialog, type ChecklistGroup } from './editors/ChecklistDialog';
import { SelectEditor } from './editors/SelectEditor';
import { TextEditor } from './editors/TextEditor';
import type { EditorDone, GridColumn } from './gridTypes';
import { FORMALITY, type Labels, type TieRow } from './rowModels';

export interface TieColumnDeps {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly labels: Labels;
  /** One undo step. */
  readonly apply: (producer: Producer) => void;
  readonly onDelete: (row: TieRow) => void;
}

export const tieName = (
  t: TieColumnDeps['t'],
  row: Pick<TieRow, 'sourceLabel' | 'targetLabel'>,
): string => t('table.tieName', { source: row.sourceLabel, target: row.targetLabel });

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** The motives grouped by dimension: a coloured letter (as on the map) and the short labels. */
function MotivesCell({ row, locale }: { row: TieRow; locale: Labels['locale'] }) {
  return (
    <span className="tv-motives-cell">
      {row.motives.map((group, i) => (
        <span key={group.dimension?.id ?? i} className="tv-motive-group">
          {group.dimension && (
            <>
              <span
                className="tv-dimension-marker"
                style={{ background: group.dimension.colour }}
                aria-hidden="true"
              >
                {group.dimension.marker}
              </span>
              <span className="visually-hidden">{termLabel(group.dimension.term, locale)}: </span>
            </>
          )}
          {group.labels.join('; ')}
        </span>
      ))}
    </span>
  );
}

/** The columns of the ties table; every edit is one producer, so one undo step. */
export function tieColumns(deps: TieColumnDeps): GridColumn<TieRow>[] {
  const { t, labels, apply } = deps;
  const { codebook, locale } = labels;
  const fieldLabel = (field: string, row: TieRow) =>
    t('table.editField', { field, label: tieName(t, row) });
  const patch = (row: TieRow, done: EditorDone, change: TieInput) => {
    apply(updateTie(row.tie.id, change));
    done();
  };
  const motiveGroups: ChecklistGroup[] = labels.dimensions.map((dimension) => ({
    id: dimension.id,
    label: termLabel(dimension.term, locale),
    marker: { text: dimension.marker, colour: dimension.colour },
    options: codebook.motives
      .filter((m) => m.group === dimension.id)
      .map((m) => ({
        id: m.id,
        label: termLabel(m, locale),
        description: m.description?.[locale] ?? m.description?.en,
      })),
  }));
  const frequencies = [...codebook.frequencies]
    .sort((a, b) => a.level - b.level)
    .map((f) => ({ id: f.id, label: termLabel(f, locale) }));
  const formality = codebook.tieAttributes.find((a) => a.id === FORMALITY);

  const columns: (GridColumn<TieRow> | null)[] = [
    {
      id: 'source',
      width: 13,
      header: t('table.col.source'),
      rowHeader: true,
      sortValue: (row) => row.sourceLabel,
      render: (row) => row.sourceLabel,
      title: (row) => row.sourceLabel,
    },
    {
      id: 'target',
      width: 13,
      header: t('table.col.target'),
      sortValue: (row) => row.targetLabel,
      render: (row) => row.targetLabel,
      title: (row) => row.targetLabel,
    },
    {
      id: 'motives',
      width: 24,
      header: t('table.col.motives'),
      className: 'tv-col-motives',
      sortValue: (row) => row.motivesText,
      render: (row) => <MotivesCell row={row} locale={locale} />,
      title: (row) => row.motivesText || undefined,
      editor: (row, done) => (
        <ChecklistDialog
          title={t('table.motivesOf', { tie: tieName(t, row) })}
          groups={motiveGroups}
          value={row.tie.motives}
          saveLabel={t('table.save')}
          cancelLabel={t('table.cancel')}
          onCancel={done}
          onCommit={(motives) =>
            sameList(motives, row.tie.motives) ? done() : patch(row, done, { motives })
          }
        />
      ),
    },
    {
      id: 'frequency',
      width: 12,
      header: t('table.col.frequency'),
      sortValue: (row) => row.frequencyLevel,
      render: (row) => row.frequencyLabel,
      title: (row) => row.frequencyLabel || undefined,
      editor: (row, done) => (
        <SelectEditor
          label={fieldLabel(t('table.col.frequency'), row)}
          value={row.tie.frequency}
          options={frequencies}
          noneLabel={t('table.notSet')}
          onCancel={done}
          onCommit={(frequency) =>
            frequency === row.tie.frequency ? done() : patch(row, done, { frequency })
          }
        />
      ),
    },
    {
      id: 'directed',
      width: 7,
      header: t('table.col.directed'),
      sortValue: (row) => row.tie.directed,
      activate: (row) => apply(updateTie(row.tie.id, { directed: !row.tie.directed })),
      render: (row) => (
        // The whole cell is the touch target: one tap toggles.
        <span className="tv-toggle-cell" data-control="">
          <span className="tv-toggle-box" aria-hidden="true">
            {row.tie.directed ? '✓' : ''}
          </span>
          {row.tie.directed ? `${t('table.yes')} →` : t('table.no')}
        </span>
      ),
    },
    formality
      ? {
          id: 'formality',
          width: 12,
          header: termLabel(formality, locale),
          sortValue: (row) => row.formalityLabel,
          render: (row) => row.formalityLabel,
          title: (row) => row.formalityLabel || undefined,
          editor: (row, done) => (
            <SelectEditor
              label={fieldLabel(termLabel(formality, locale), row)}
              value={row.formality}
              options={formality.values.map((v) => ({ id: v.id, label: termLabel(v, locale) }))}
              noneLabel={t('table.notSet')}
              onCancel={done}
              onCommit={(value) => {
                if (value === row.formality) return done();
                const others = Object.fromEntries(
                  Object.entries(row.tie.attributes).filter(([id]) => id !== FORMALITY),
                );
                patch(row, done, {
                  attributes: value ? { ...others, [FORMALITY]: [value] } : others,
                });
              }}
            />
          ),
        }
      : null,
    {
      id: 'notes',
      width: 14,
      header: t('table.col.notes'),
      className: 'tv-col-notes',
      sortValue: (row) => row.tie.notes,
      render: (row) => row.tie.notes,
      title: (row) => row.tie.notes || undefined,
      typeToEdit: true,
      editor: (row, done, typed) => (
        <TextEditor
          label={fieldLabel(t('table.col.notes'), row)}
          initial={row.tie.notes}
          typed={typed}
          multiline
          onCancel={done}
          onCommit={(notes) => (notes === row.tie.notes ? done() : patch(row, done, { notes }))}
        />
      ),
    },
    {
      id: 'delete',
      width: 5,
      header: t('table.col.delete'),
      className: 'tv-col-action',
      activate: deps.onDelete,
      render: (row) => (
        <button
          type="button"
          tabIndex={-1}
          data-control=""
          className="tv-row-delete"
          aria-label={t('table.delete', { label: tieName(t, row) })}
          title={t('table.delete', { label: tieName(t, row) })}
        >
          <span aria-hidden="true">✕</span>
        </button>
      ),
    },
  ];
  return columns.filter((c): c is GridColumn<TieRow> => c !== null);
}
