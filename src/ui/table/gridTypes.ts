import type { PartnerMapDoc } from '../../model';
import type { Labels } from './rowModels';
import type { ReactNode } from 'react';
import type { SortState, SortValue } from './sorting';

/** Ends an in-cell editor; the grid then puts focus back on the cell. */
export type EditorDone = () => void;

/** One column of a DataGrid: how a cell shows, sorts and is edited. */
export interface GridColumn<R> {
  readonly id: string;
  readonly header: string;
  /** The cell that names its row (read out when moving along the row). */
  readonly rowHeader?: boolean;
  /** Absent: the column does not sort. */
  readonly sortValue?: (row: R) => SortValue;
  readonly render: (row: R) => ReactNode;
  /** Tooltip with the full text of a cell that may be cut off. */
  readonly title?: (row: R) => string | undefined;
  /**
   * The in-cell editor (Enter, F2, double click). `typed` is the character that started editing
   * when the user just began to type (text cells with typeToEdit), else null.
   */
  readonly editor?: (row: R, done: EditorDone, typed: string | null) => ReactNode;
  /** Rows where the editor is not offered (e.g. the school's own kind). */
  readonly canEdit?: (row: R) => boolean;
  readonly typeToEdit?: boolean;
  /** Enter, Space or a click runs this instead of opening an editor (toggles, delete). */
  readonly activate?: (row: R) => void;
  readonly className?: string;
  /** Width in rem: the grid uses a fixed layout, so 900 rows need no measuring of every cell. */
  readonly width: number;
}

/** An extra last row with one editable cell, e.g. "new actor". */
export interface TrailingRow {
  readonly key: string;
  readonly column: string;
  readonly label: string;
  readonly render: ReactNode;
  readonly editor: (done: EditorDone, typed: string | null) => ReactNode;
}

export interface GridHandle {
  /** Makes a cell the active one and focuses it; with edit, opens its editor too. */
  focusCell(rowKey: string, column: string, edit?: boolean): void;
}

export const isEditable = <R>(column: GridColumn<R>, row: R): boolean =>
  column.editor !== undefined && (column.canEdit?.(row) ?? true);

/** What the actors and the ties table both receive from the table view. */
export interface TableSectionProps {
  readonly map: PartnerMapDoc;
  readonly labels: Labels;
  readonly sort: SortState | null;
  readonly onSort: (sort: SortState) => void;
  readonly onStatus: (message: string, tone: 'info' | 'error') => void;
  readonly describedBy?: string;
}
