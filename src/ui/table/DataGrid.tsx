import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { useI18n } from '../i18nContext';
import { isPrintableKey, moveCell } from './gridNav';
import { GridRow, TrailingRowView, type EditingCell } from './GridRow';
import { isEditable, type GridColumn, type GridHandle, type TrailingRow } from './gridTypes';
import { collatorFor, nextSort, sortRows, type SortState } from './sorting';

const HEADER = '\u0000header';

interface Props<R> {
  readonly label: string;
  readonly describedBy?: string;
  readonly rows: readonly R[];
  readonly rowKey: (row: R) => string;
  readonly columns: readonly GridColumn<R>[];
  readonly sort: SortState | null;
  readonly onSort: (sort: SortState) => void;
  /** The row of the app-wide selection (highlighted and scrolled into view), or null. */
  readonly selectedKey: string | null;
  /** The user moved to a data row: it becomes the selection. */
  readonly onSelectRow: (key: string) => void;
  /** The Delete key on a data row. */
  readonly onDeleteRow?: (row: R) => void;
  readonly trailingRow?: TrailingRow;
  readonly handleRef?: Ref<GridHandle>;
  readonly testId?: string;
}

interface Active {
  readonly row: string;
  readonly col: string;
}

/**
 * A <table> with the WAI-ARIA grid pattern: one tabbable cell (roving tabindex), arrows, Home/End,
 * PageUp/PageDown, Enter or F2 to edit, Escape to cancel, Delete to remove a row, sortable headers.
 * The active cell is tracked by row key and column id, so it follows its row when sorting moves it.
 */
export function DataGrid<R>(props: Props<R>) {
  const { rows, rowKey, columns, sort, onSort, selectedKey, onSelectRow, trailingRow } = props;
  const { locale } = useI18n();
  const tableRef = useRef<HTMLTableElement>(null);
  /** Focus the active cell after the next render: 'force', or only if focus is not elsewhere. */
  const wantFocus = useRef<'force' | 'keep' | null>(null);
  const lastIndex = useRef(1);

  const sorted = useMemo(() => {
    const column = sort ? columns.find((c) => c.id === sort.column) : undefined;
    return sortRows(rows, column?.sortValue, sort?.direction ?? 'ascending', collatorFor(locale));
  }, [rows, columns, sort, locale]);
  const keys = useMemo(() => {
    const out = [HEADER, ...sorted.map(rowKey)];
    if (trailingRow) out.push(trailingRow.key);
    return out;
  }, [sorted, rowKey, trailingRow]);
  const indexOf = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const byKey = useMemo(() => new Map(sorted.map((r) => [rowKey(r), r])), [sorted, rowKey]);

  const [active, setActive] = useState<Active>({ row: '', col: columns[0]?.id ?? '' });
  const [editingState, setEditing] = useState<EditingCell | null>(null);
  // An editor whose row vanished (deleted on the canvas, undone) is closed.
  const editing = editingState && indexOf.has(editingState.row) ? editingState : null;
  if (editingState !== editing) setEditing(null);

  // The selection changed elsewhere (canvas, inspector): its row becomes the active one.
  const [seenSelection, setSeenSelection] = useState(selectedKey);
  if (seenSelection !== selectedKey) {
    setSeenSelection(selectedKey);
    if (selectedKey !== null && indexOf.has(selectedKey)) {
      setActive((a) => ({ row: selectedKey, col: a.col }));
    }
  }

  // A vanished active row (deleted, undone) hands over to the row that took its place.
  const rowIndex =
    indexOf.get(active.row) ?? Math.min(active.row === '' ? 1 : lastIndex.current, keys.length - 1);
  const activeRow = keys[Math.max(rowIndex, 0)] ?? HEADER;
  const colIndex = Math.max(
    columns.findIndex((c) => c.id === active.col),
    0,
  );
  const activeCol = columns[colIndex]?.id ?? '';

  useLayoutEffect(() => {
    lastIndex.current = rowIndex;
    const want = wantFocus.current;
    if (!want || editing) return;
    wantFocus.current = null;
    const focused = document.activeElement;
    const table = tableRef.current;
    // Focus that went elsewhere on purpose (a click on the canvas) is not pulled back.
    const elsewhere = focused && focused !== document.body && !table?.contains(focused);
    if (!table || (want === 'keep' && elsewhere)) return;
    const cell = table.querySelectorAll('tr')[rowIndex]?.children[colIndex];
    if (cell instanceof HTMLElement) cell.focus();
  });

  useEffect(() => {
    if (selectedKey === null) return;
    const rows = tableRef.current?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? [];
    const row = Array.from(rows).find((r) => r.dataset['rowKey'] === selectedKey);
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedKey]);

  const done = useCallback(() => {
    wantFocus.current = 'keep';
    setEditing(null);
  }, []);

  const moveTo = (row: string, col: string) => {
    wantFocus.current = 'keep';
    setActive({ row, col });
    if (byKey.has(row) && row !== selectedKey) onSelectRow(row);
  };

  /** Enter, F2, a double click or typing: the cell's editor, its action, or nothing. */
  const startEdit = (row: string, col: string, typed: string | null) => {
    if (row === HEADER) return;
    if (trailingRow && row === trailingRow.key) {
      if (col === trailingRow.column) setEditing({ row, col, typed });
      return;
    }
    const data = byKey.get(row);
    const column = columns.find((c) => c.id === col);
    if (data === undefined || !column) return;
    if (column.activate) {
      wantFocus.current = 'keep';
      column.activate(data);
    } else if (isEditable(column, data) && (typed === null || column.typeToEdit)) {
      setEditing({ row, col, typed });
    }
  };

  useImperativeHandle(props.handleRef, () => ({
    focusCell(row, col, edit = false) {
      wantFocus.current = 'force';
      setActive({ row, col });
      setEditing(edit ? { row, col, typed: null } : null);
    },
  }));

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || e.defaultPrevented) return; // editors handle their own keys
    const target = moveCell({ row: rowIndex, col: colIndex }, e, keys.length, columns.length);
    if (target) {
      e.preventDefault();
      moveTo(keys[target.row] ?? HEADER, columns[target.col]?.id ?? activeCol);
      return;
    }
    const trailingCell = trailingRow?.key === activeRow && trailingRow.column === activeCol;
    if (activeRow === HEADER) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        if (columns[colIndex]?.sortValue) onSort(nextSort(sort, activeCol));
      }
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit(activeRow, activeCol, null);
    } else if (e.key === ' ') {
      e.preventDefault();
      if (columns[colIndex]?.activate) startEdit(activeRow, activeCol, null);
    } else if (e.key === 'Delete' && props.onDeleteRow) {
      const row = byKey.get(activeRow);
      if (row !== undefined) {
        e.preventDefault();
        wantFocus.current = 'keep';
        props.onDeleteRow(row);
      }
    } else if (isPrintableKey(e)) {
      const column = columns[colIndex];
      if (trailingCell || column?.typeToEdit) {
        e.preventDefault();
        startEdit(activeRow, activeCol, e.key);
      }
    }
  };

  /** Where a click landed: the row key and column id of its cell (not inside an editor). */
  const cellOf = (e: MouseEvent): Active | null => {
    const el = e.target as HTMLElement;
    if (el.closest('[data-grid-editor]')) return null;
    const cell = el.closest<HTMLElement>('[data-col]');
    const row = cell?.closest<HTMLElement>('tr')?.dataset['rowKey'] ?? HEADER;
    return cell ? { row, col: cell.dataset['col'] ?? '' } : null;
  };

  // Focus that lands on a cell by other means (a screen reader, a click) makes it the active one.
  const onFocus = (e: FocusEvent<HTMLTableElement>) => {
    const el = e.target;
    if (!el.dataset['col'] || el.closest('[data-grid-editor]')) return;
    const row = el.closest('tr')?.dataset['rowKey'] ?? HEADER;
    const col = el.dataset['col'];
    if (row === activeRow && col === activeCol) return;
    setActive({ row, col });
    if (byKey.has(row) && row !== selectedKey) onSelectRow(row);
  };

  // Whether the pressed cell was already the active one; by the click, focus has made it so.
  const pressedActive = useRef(false);
  const onMouseDown = (e: MouseEvent<HTMLTableElement>) => {
    const at = cellOf(e);
    pressedActive.current = at !== null && at.row === activeRow && at.col === activeCol;
  };

  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const at = cellOf(e);
    if (!at) return;
    const wasActive = pressedActive.current;
    pressedActive.current = false;
    if (at.row === HEADER) {
      if (columns.find((c) => c.id === at.col)?.sortValue) onSort(nextSort(sort, at.col));
      moveTo(at.row, at.col);
      return;
    }
    const column = columns.find((c) => c.id === at.col);
    if ((e.target as HTMLElement).closest('[data-control]') && column?.activate) {
      // A delete button or a toggle box acts at once (without selecting a row it may remove).
      wantFocus.current = 'keep';
      setActive(at);
      const data = byKey.get(at.row);
      if (data !== undefined) column.activate(data);
      return;
    }
    moveTo(at.row, at.col);
    // A second click on the active cell edits it (a double click works too).
    if (wasActive && e.detail === 1) startEdit(at.row, at.col, null);
  };

  const onDoubleClick = (e: MouseEvent<HTMLTableElement>) => {
    const at = cellOf(e);
    if (at && at.row !== HEADER && !columns.find((c) => c.id === at.col)?.activate) {
      startEdit(at.row, at.col, null);
    }
  };

  return (
    <div className="table-scroll">
      <table
        ref={tableRef}
        role="grid"
        className="data-grid"
        style={{ width: `${columns.reduce((sum, c) => sum + c.width, 0)}rem` }}
        aria-label={props.label}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onMouseDown={onMouseDown}
        onClick={onClick}
        onDoubleClick={onDoubleClick}
      >
        <colgroup>
          {columns.map((col) => (
            <col key={col.id} style={{ width: `${col.width}rem` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {columns.map((col) => {
              const direction = sort?.column === col.id ? sort.direction : undefined;
              return (
                <th
                  key={col.id}
                  role="columnheader"
                  scope="col"
                  data-col={col.id}
                  aria-sort={direction}
                  tabIndex={activeRow === HEADER && activeCol === col.id ? 0 : -1}
                  className={[col.className, col.sortValue ? 'tv-sortable' : ''].join(' ').trim()}
                >
                  <span>{col.header}</span>
                  {col.sortValue && (
                    <span className="tv-sort-mark" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <GridRow
                key={key}
                row={row}
                rowKey={key}
                columns={columns}
                activeCol={key === activeRow ? activeCol : null}
                editing={editing?.row === key ? editing : null}
                selected={key === selectedKey}
                done={done}
              />
            );
          })}
          {trailingRow && (
            <TrailingRowView
              trailing={trailingRow}
              columns={columns}
              activeCol={trailingRow.key === activeRow ? activeCol : null}
              editing={editing?.row === trailingRow.key ? editing : null}
              done={done}
            />
          )}
        </tbody>
      </table>
    </div>
  );
}
