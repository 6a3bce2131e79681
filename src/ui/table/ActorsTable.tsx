import { useMemo, useRef, useState } from 'react';
import { freeSpot } from '../../canvas/freeSpot';
import {
  addActor,
  asActorId,
  compose,
  makeActor,
  moveActors,
  removeActors,
  updateActor,
} from '../../model';
import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { actorColumns } from './actorColumns';
import { DataGrid } from './DataGrid';
import { TextEditor } from './editors/TextEditor';
import type { GridHandle, TableSectionProps, TrailingRow } from './gridTypes';
import { buildActorRows, newRowCache, typeLabelOf, type ActorRow } from './rowModels';

export const NEW_ACTOR_ROW = '\u0000new-actor';

type Props = TableSectionProps;

const rowKey = (row: ActorRow) => row.key;

/**
 * The actors as an editable grid, with a last row for fast entry: type a name, Enter, pick the
 * type, Enter, and the next name, without touching the mouse.
 */
export function ActorsTable({ map, labels, sort, onSort, onStatus, describedBy }: Props) {
  const { store, view } = useEditor();
  const { selection } = useView();
  const { t } = useI18n();
  const grid = useRef<GridHandle>(null);
  /** The actor just added from the last row, whose type is being picked. */
  const quickEntry = useRef<string | null>(null);

  const [cache] = useState(newRowCache<ActorRow>);
  const rows = useMemo(
    () => buildActorRows(map.actors, map.ties, labels, cache),
    [map.actors, map.ties, labels, cache],
  );

  const columns = useMemo(
    () =>
      actorColumns({
        t,
        labels,
        apply: (producer) => store.apply(producer),
        onError: (message) => onStatus(message, 'error'),
        onDelete: (row) => {
          if (row.actor.kind === 'ego') return onStatus(t('table.egoKept'), 'error');
          store.apply(removeActors([row.actor.id]));
          const selected = view.getState().selection;
          if (selected?.kind === 'actor' && selected.id === row.actor.id) {
            view.setState(patchView({ selection: null }));
          }
          onStatus(t('table.actorDeleted', { label: row.actor.label, ties: row.tieCount }), 'info');
        },
        commitType: (row, type, how) => {
          const id = row.actor.id;
          const justAdded = quickEntry.current === id;
          quickEntry.current = null;
          const current = store.current();
          if (type !== undefined && type !== row.actor.type && current) {
            // A just-added actor moves from beside the school to its type group's part of the map.
            const spot = justAdded
              ? freeSpot(removeActors([id])(current), { kind: row.actor.kind, type })
              : null;
            const change = updateActor(id, { type });
            store.apply(spot ? compose(change, moveActors({ [id]: spot })) : change);
          }
          if (justAdded && how !== 'blur') {
            const typeLabel = typeLabelOf({ ...row.actor, type: type ?? row.actor.type }, labels);
            onStatus(
              t('table.nextName', { label: row.actor.label, type: typeLabel || '–' }),
              'info',
            );
            grid.current?.focusCell(NEW_ACTOR_ROW, 'name', true);
          }
        },
      }),
    [t, labels, store, view, onStatus],
  );

  const trailingRow = useMemo<TrailingRow>(() => {
    const add = (name: string, how: 'enter' | 'blur') => {
      const current = store.current();
      const label = name.trim();
      if (!current || label === '') return;
      const actor = makeActor({ label });
      store.apply(addActor(actor, freeSpot(current, { kind: 'external', type: null })));
      view.setState(patchView({ selection: { kind: 'actor', id: actor.id } }));
      onStatus(t('table.actorAdded', { label }), 'info');
      if (how === 'enter') {
        quickEntry.current = actor.id;
        grid.current?.focusCell(actor.id, 'type', true);
      }
    };
    return {
      key: NEW_ACTOR_ROW,
      column: 'name',
      label: t('table.newActor'),
      render: <span className="tv-new-row-prompt">{t('table.newActorPrompt')}</span>,
      editor: (done, typed) => (
        <TextEditor
          label={t('table.newActor')}
          placeholder={t('table.newActorHint')}
          initial=""
          typed={typed}
          onCancel={done}
          onCommit={(value, how) => {
            done();
            add(value, how);
          }}
        />
      ),
    };
  }, [t, store, view, onStatus]);

  return (
    <DataGrid
      label={t('table.actorsGrid')}
      describedBy={describedBy}
      rows={rows}
      rowKey={rowKey}
      columns={columns}
      sort={sort}
      onSort={onSort}
      selectedKey={selection?.kind === 'actor' ? selection.id : null}
      onSelectRow={(key) =>
        view.setState(patchView({ selection: { kind: 'actor', id: asActorId(key) } }))
      }
      onDeleteRow={columns.find((c) => c.id === 'delete')?.activate}
      trailingRow={trailingRow}
      handleRef={grid}
      testId="actors-grid"
    />
  );
}
