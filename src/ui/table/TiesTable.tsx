import { useCallback, useMemo, useRef, useState } from 'react';
import { asTieId, removeTies, type TieId } from '../../model';
import { patchView } from '../../store';
import { useEditor, useView } from '../editorContext';
import { useI18n } from '../i18nContext';
import { AddTieForm } from './AddTieForm';
import { DataGrid } from './DataGrid';
import type { GridHandle, TableSectionProps } from './gridTypes';
import { buildTieRows, newRowCache, type TieRow } from './rowModels';
import { tieColumns, tieName } from './tieColumns';

type Props = TableSectionProps;

const rowKey = (row: TieRow) => row.key;

/** The add-tie form above the ties as an editable grid. */
export function TiesTable({ map, labels, sort, onSort, onStatus, describedBy }: Props) {
  const { store, view } = useEditor();
  const { selection } = useView();
  const { t } = useI18n();
  const grid = useRef<GridHandle>(null);
  const [cache] = useState(newRowCache<TieRow>);
  const rows = useMemo(
    () => buildTieRows(map.actors, map.ties, labels, cache),
    [map.actors, map.ties, labels, cache],
  );

  const columns = useMemo(
    () =>
      tieColumns({
        t,
        labels,
        apply: (producer) => store.apply(producer),
        onDelete: (row) => {
          store.apply(removeTies([row.tie.id]));
          const selected = view.getState().selection;
          if (selected?.kind === 'tie' && selected.id === row.tie.id) {
            view.setState(patchView({ selection: null }));
          }
          onStatus(t('table.tieDeleted', { tie: tieName(t, row) }), 'info');
        },
      }),
    [t, labels, store, view, onStatus],
  );

  const select = useCallback(
    (id: TieId) => view.setState(patchView({ selection: { kind: 'tie', id } })),
    [view],
  );
  const showExisting = useCallback(
    (id: TieId) => {
      select(id);
      grid.current?.focusCell(id, 'source');
    },
    [select],
  );

  return (
    <>
      <AddTieForm
        actors={map.actors}
        labels={labels}
        onStatus={onStatus}
        onAdded={select}
        onDuplicate={showExisting}
      />
      <DataGrid
        label={t('table.tiesGrid')}
        describedBy={describedBy}
        rows={rows}
        rowKey={rowKey}
        columns={columns}
        sort={sort}
        onSort={onSort}
        selectedKey={selection?.kind === 'tie' ? selection.id : null}
        onSelectRow={(key) => select(asTieId(key))}
        onDeleteRow={columns.find((c) => c.id === 'delete')?.activate}
        handleRef={grid}
        testId="ties-grid"
      />
      {rows.length === 0 && <p className="table-empty">{t('table.noTies')}</p>}
    </>
  );
}
