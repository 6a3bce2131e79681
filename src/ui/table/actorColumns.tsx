import type { MessageKey, MessageParams } from '../../i18n';
import { updateActor, type Actor, type ActorKind, type Producer } from '../../model';
import { ChecklistDialog } from './editors/ChecklistDialog';
import { ComboEditor } from './editors/ComboEditor';
import { SelectEditor } from './editors/SelectEditor';
import { TextEditor } from './editors/TextEditor';
import type { EditorDone, GridColumn } from './gridTypes';
import type { ActorRow, Labels } from './rowModels';

export interface ActorColumnDeps {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly labels: Labels;
  /** One undo step. */
  readonly apply: (producer: Producer) => void;
  readonly onError: (message: string) => void;
  readonly onDelete: (row: ActorRow) => void;
  /**
   * The type editor closed: a picked type (or null for "not set"), else undefined with how it
   * was left. Applying the type is up to the table (a just-added actor also moves to its group).
   */
  readonly commitType: (
    row: ActorRow,
    type: string | null | undefined,
    how?: 'key' | 'blur',
  ) => void;
}

const KIND_KEYS: Readonly<Record<ActorKind, MessageKey>> = {
  ego: 'table.kind.ego',
  internal: 'table.kind.internal',
  external: 'table.kind.external',
};

const notEgo = (row: ActorRow) => row.actor.kind !== 'ego';
const options = (entries: ReadonlyMap<string, string>) =>
  [...entries].map(([id, label]) => ({ id, label }));

/** Whether a type id belongs to the vocabulary of an actor kind. */
function typeFits(labels: Labels, kind: ActorKind, type: string | null): boolean {
  if (type === null) return true;
  if (kind === 'internal') return labels.internalRole.has(type);
  return kind === 'external' && labels.actorType.has(type);
}

/** The columns of the actors table; every edit is one producer, so one undo step. */
export function actorColumns(deps: ActorColumnDeps): GridColumn<ActorRow>[] {
  const { t, labels, apply } = deps;
  const header = (key: MessageKey) => t(key);
  const fieldLabel = (key: MessageKey, row: ActorRow) =>
    t('table.editField', { field: t(key), label: row.actor.label });
  const patch = (row: ActorRow, done: EditorDone, change: Partial<Omit<Actor, 'id'>>) => {
    apply(updateActor(row.actor.id, change));
    done();
  };
  const typeGroups = labels.codebook.actorTypeGroups.map((g) => ({
    id: g.id,
    label: labels.groupLabel.get(g.id) ?? g.id,
  }));
  const externalTypes = labels.codebook.actorTypes.map((term) => ({
    id: term.id,
    label: labels.actorType.get(term.id) ?? term.id,
    group: term.group,
  }));

  return [
    {
      id: 'name',
      width: 16,
      header: header('table.col.name'),
      rowHeader: true,
      sortValue: (row) => row.actor.label,
      render: (row) => row.actor.label,
      title: (row) => row.actor.label,
      typeToEdit: true,
      className: 'tv-col-name',
      editor: (row, done, typed) => (
        <TextEditor
          label={t('table.editName', { label: row.actor.label })}
          initial={row.actor.label}
          typed={typed}
          onCancel={done}
          onCommit={(value) => {
            const label = value.trim();
            if (label === '') deps.onError(t('table.nameRequired'));
            if (label !== '' && label !== row.actor.label) patch(row, done, { label });
            else done();
          }}
        />
      ),
    },
    {
      id: 'kind',
      width: 10,
      header: header('table.col.kind'),
      sortValue: (row) => t(KIND_KEYS[row.actor.kind]),
      render: (row) => t(KIND_KEYS[row.actor.kind]),
      canEdit: notEgo,
      editor: (row, done) => (
        <SelectEditor
          label={fieldLabel('table.col.kind', row)}
          value={row.actor.kind}
          options={(['external', 'internal'] as const).map((id) => ({
            id,
            label: t(KIND_KEYS[id]),
          }))}
          onCancel={done}
          onCommit={(id) => {
            const kind = id === 'internal' ? 'internal' : 'external';
            if (id === null || kind === row.actor.kind) return done();
            // A type of the other vocabulary would be meaningless: it is cleared with the change.
            const type = typeFits(labels, kind, row.actor.type) ? row.actor.type : null;
            patch(row, done, { kind, type });
          }}
        />
      ),
    },
    {
      id: 'type',
      width: 15,
      header: header('table.col.type'),
      sortValue: (row) => row.typeLabel,
      render: (row) => row.typeLabel,
      title: (row) => row.typeLabel,
      canEdit: notEgo,
      editor: (row, done) => {
        const internal = row.actor.kind === 'internal';
        return (
          <ComboEditor
            label={fieldLabel('table.col.type', row)}
            options={internal ? options(labels.internalRole) : externalTypes}
            groups={internal ? [] : typeGroups}
            value={row.actor.type}
            emptyText={t('table.noMatch')}
            noneLabel={t('table.notSet')}
            onCancel={(how) => {
              done();
              deps.commitType(row, undefined, how);
            }}
            onCommit={(type) => {
              done();
              deps.commitType(row, type);
            }}
          />
        );
      },
    },
    {
      id: 'position',
      width: 11,
      header: header('table.col.position'),
      sortValue: (row) => row.positionLabel,
      render: (row) => row.positionLabel,
      canEdit: notEgo,
      editor: (row, done) => (
        <SelectEditor
          label={fieldLabel('table.col.position', row)}
          value={row.actor.position}
          options={options(labels.position)}
          noneLabel={t('table.notSet')}
          onCancel={done}
          onCommit={(position) =>
            position === row.actor.position ? done() : patch(row, done, { position })
          }
        />
      ),
    },
    {
      id: 'resources',
      width: 14,
      header: header('table.col.resources'),
      sortValue: (row) => row.resourceLabels.length || null,
      render: (row) => row.resourceLabels.join(', '),
      title: (row) => row.resourceLabels.join(', ') || undefined,
      editor: (row, done) => (
        <ChecklistDialog
          title={t('table.resourcesOf', { label: row.actor.label })}
          groups={[
            {
              id: 'resources',
              label: t('table.col.resources'),
              options: options(labels.resource),
            },
          ]}
          value={row.actor.resources}
          saveLabel={t('table.save')}
          cancelLabel={t('table.cancel')}
          onCancel={done}
          onCommit={(resources) => {
            const same =
              resources.length === row.actor.resources.length &&
              resources.every((r, i) => r === row.actor.resources[i]);
            if (same) done();
            else patch(row, done, { resources });
          }}
        />
      ),
    },
    {
      id: 'ties',
      width: 5.5,
      header: header('table.col.ties'),
      sortValue: (row) => row.tieCount,
      render: (row) => row.tieCount,
      className: 'tv-numeric',
    },
    {
      id: 'notes',
      width: 16,
      header: header('table.col.notes'),
      sortValue: (row) => row.actor.notes,
      render: (row) => row.actor.notes,
      title: (row) => row.actor.notes || undefined,
      typeToEdit: true,
      className: 'tv-col-notes',
      editor: (row, done, typed) => (
        <TextEditor
          label={fieldLabel('table.col.notes', row)}
          initial={row.actor.notes}
          typed={typed}
          multiline
          onCancel={done}
          onCommit={(notes) => (notes === row.actor.notes ? done() : patch(row, done, { notes }))}
        />
      ),
    },
    {
      id: 'delete',
      width: 5,
      header: header('table.col.delete'),
      className: 'tv-col-action',
      activate: deps.onDelete,
      render: (row) =>
        notEgo(row) && (
          <button
            type="button"
            tabIndex={-1}
            data-control=""
            className="tv-row-delete"
            aria-label={t('table.delete', { label: row.actor.label })}
            title={t('table.delete', { label: row.actor.label })}
          >
            <span aria-hidden="true">✕</span>
          </button>
        ),
    },
  ];
}
