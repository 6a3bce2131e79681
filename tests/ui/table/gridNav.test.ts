import { describe, expect, it } from 'vitest';
import { isPrintableKey, moveCell, PAGE_ROWS } from '../../../src/ui/table/gridNav';

const at = { row: 2, col: 1 };

describe('moveCell', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveCell(at, { key: 'ArrowUp' }, 5, 3)).toEqual({ row: 1, col: 1 });
    expect(moveCell(at, { key: 'ArrowDown' }, 5, 3)).toEqual({ row: 3, col: 1 });
    expect(moveCell(at, { key: 'ArrowLeft' }, 5, 3)).toEqual({ row: 2, col: 0 });
    expect(moveCell(at, { key: 'ArrowRight' }, 5, 3)).toEqual({ row: 2, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, { key: 'ArrowUp' }, 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, { key: 'ArrowRight' }, 5, 3)).toEqual({ row: 4, col: 2 });
  });

  it('Home and End go along the row; with Ctrl to the first and last cell', () => {
    expect(moveCell(at, { key: 'Home' }, 5, 3)).toEqual({ row: 2, col: 0 });
    expect(moveCell(at, { key: 'End' }, 5, 3)).toEqual({ row: 2, col: 2 });
    expect(moveCell(at, { key: 'Home', ctrlKey: true }, 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell(at, { key: 'End', metaKey: true }, 5, 3)).toEqual({ row: 4, col: 2 });
  });

  it('pages by a fixed number of rows', () => {
    expect(moveCell({ row: 0, col: 0 }, { key: 'PageDown' }, 50, 3)?.row).toBe(PAGE_ROWS);
    expect(moveCell({ row: 3, col: 0 }, { key: 'PageUp' }, 50, 3)?.row).toBe(0);
  });

  it('ignores keys that do not navigate', () => {
    expect(moveCell(at, { key: 'Enter' }, 5, 3)).toBeNull();
  });
});

describe('isPrintableKey', () => {
  const plain = { ctrlKey: false, metaKey: false, altKey: false };
  it('accepts characters but not shortcuts, space or named keys', () => {
    expect(isPrintableKey({ key: 'a', ...plain })).toBe(true);
    expect(isPrintableKey({ key: 'é', ...plain })).toBe(true);
    expect(isPrintableKey({ key: 'z', ...plain, ctrlKey: true })).toBe(false);
    expect(isPrintableKey({ key: ' ', ...plain })).toBe(false);
    expect(isPrintableKey({ key: 'Enter', ...plain })).toBe(false);
  });
});
