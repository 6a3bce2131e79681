import { act, screen, within } from '@testing-library/react';

/** The grid's cell in the row named `rowName` (its row header) and the column `column`. */
export function cellOf(grid: HTMLElement, rowName: string, column: string): HTMLElement {
  const headers = within(grid).getAllByRole('columnheader');
  const index = headers.findIndex((h) => h.textContent?.startsWith(column));
  if (index < 0) throw new Error(`no column ${column}`);
  const rowHeader = within(grid).getByRole('rowheader', { name: rowName });
  const row = rowHeader.closest('tr')!;
  return row.cells[index] as HTMLElement;
}

/** The one cell of the grid that Tab reaches (roving tabindex). */
export function tabbable(grid: HTMLElement): HTMLElement[] {
  return [...grid.querySelectorAll<HTMLElement>('[tabindex="0"]')];
}

export const actorsGrid = () => screen.getByRole('grid', { name: /^(Actors|Actoren)$/ });
export const tiesGrid = () => screen.getByRole('grid', { name: /^(Ties|Relaties)$/ });

/** Row-header texts in display order. */
export const rowNames = (grid: HTMLElement): string[] =>
  within(grid)
    .getAllByRole('rowheader')
    .map((c) => c.textContent ?? '');

/** Focuses an element the way a browser does: the focus handlers run before the next event. */
export const focus = (el: HTMLElement): void => act(() => el.focus());
