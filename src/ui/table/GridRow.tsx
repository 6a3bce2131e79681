import { memo } from 'react';
import { isEditable, type EditorDone, type GridColumn, type TrailingRow } from './gridTypes';

export interface EditingCell {
  readonly row: string;
  readonly col: string;
  readonly typed: string | null;
}

interface RowProps<R> {
  readonly row: R;
  readonly rowKey: string;
  readonly columns: readonly GridColumn<R>[];
  /** The active column when this row holds the grid's one tabbable cell, else null. */
  readonly activeCol: string | null;
  readonly editing: EditingCell | null;
  readonly selected: boolean;
  readonly done: EditorDone;
}

function GridRowView<R>({ row, rowKey, columns, activeCol, editing, selected, done }: RowProps<R>) {
  return (
    <tr
      aria-selected={selected}
      data-row-key={rowKey}
      className={selected ? 'tv-selected' : undefined}
    >
      {columns.map((col) => {
        const Cell = col.rowHeader ? 'th' : 'td';
        const editable = isEditable(col, row) || col.activate !== undefined;
        const isEditing = editing?.col === col.id;
        return (
          <Cell
            key={col.id}
            role={col.rowHeader ? 'rowheader' : 'gridcell'}
            scope={col.rowHeader ? 'row' : undefined}
            tabIndex={activeCol === col.id ? 0 : -1}
            aria-readonly={editable ? undefined : true}
            data-col={col.id}
            className={[col.className, isEditing ? 'tv-editing' : ''].filter(Boolean).join(' ')}
            title={isEditing ? undefined : col.title?.(row)}
          >
            {isEditing && col.editor ? (
              <div className="tv-cell-editor" data-grid-editor="">
                {col.editor(row, done, editing.typed)}
              </div>
            ) : (
              col.render(row)
            )}
          </Cell>
        );
      })}
    </tr>
  );
}

/** A row re-renders only when its data, its active cell, its editor or its selection changes. */
export const GridRow = memo(GridRowView) as typeof GridRowView;

interface TrailingProps<R> {
  readonly trailing: TrailingRow;
  readonly columns: readonly GridColumn<R>[];
  readonly activeCol: string | null;
  readonly editing: EditingCell | null;
  readonly done: EditorDone;
}

/** The extra last row: one editable cell, the others empty. */
export function TrailingRowView<R>({
  trailing,
  columns,
  activeCol,
  editing,
  done,
}: TrailingProps<R>) {
  return (
    <tr data-row-key={trailing.key} className="tv-trailing-row" aria-label={trailing.label}>
      {columns.map((col) => {
        const own = col.id === trailing.column;
        return (
          <td
            key={col.id}
            role="gridcell"
            tabIndex={activeCol === col.id ? 0 : -1}
            aria-readonly={own ? undefined : true}
            data-col={col.id}
            className={own && editing ? 'tv-editing' : undefined}
          >
            {own &&
              (editing ? (
                <div className="tv-cell-editor" data-grid-editor="">
                  {trailing.editor(done, editing.typed)}
                </div>
              ) : (
                trailing.render
              ))}
          </td>
        );
      })}
    </tr>
  );
}
