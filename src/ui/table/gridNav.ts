/** Where the active cell of a grid goes for a navigation key (WAI-ARIA grid pattern). Pure. */

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export interface NavKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** Rows moved by PageUp / PageDown. */
export const PAGE_ROWS = 10;

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);

/**
 * The position after `key` in a grid of rowCount × colCount cells, or null when the key is not a
 * navigation key. Movement stops at the edges (no wrapping), as the pattern recommends.
 */
export function moveCell(
  at: CellPosition,
  key: NavKey,
  rowCount: number,
  colCount: number,
): CellPosition | null {
  const lastRow = Math.max(rowCount - 1, 0);
  const lastCol = Math.max(colCount - 1, 0);
  const toCorner = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, lastCol) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, lastCol) };
    case 'Home':
      return toCorner ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return toCorner ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageUp':
      return { row: clamp(at.row - PAGE_ROWS, lastRow), col: at.col };
    case 'PageDown':
      return { row: clamp(at.row + PAGE_ROWS, lastRow), col: at.col };
    default:
      return null;
  }
}

/** A key that types a character (so it may start editing a text cell), not a shortcut. */
export const isPrintableKey = (e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean => e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey;
