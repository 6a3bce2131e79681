// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { TableView } from '../../../src/ui/table/TableView';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';
import { renderEditor } from '../render';
import { actorsGrid, cellOf, focus, rowNames, tabbable } from './helpers';

const key = (el: Element, k: string, extra: Record<string, unknown> = {}) =>
  fireEvent.keyDown(el, { key: k, ...extra });

describe('actors table', () => {
  it('has one tabbable cell that the arrow keys, Home and End move', () => {
    renderEditor(<TableView />);
    const grid = actorsGrid();
    const [first] = tabbable(grid);
    expect(tabbable(grid)).toHaveLength(1);
    expect(first?.textContent).toBe('Basisschool De Linde');
    focus(first!);
    key(first!, 'ArrowDown');
    expect(document.activeElement).toBe(cellOf(grid, 'CLB Gent', 'Name'));
    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'ArrowRight');
    expect(document.activeElement).toBe(cellOf(grid, 'CLB Gent', 'Type'));
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(cellOf(grid, 'CLB Gent', 'Delete'));
    key(document.activeElement!, 'Home');
    key(document.activeElement!, 'ArrowUp');
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement?.getAttribute('role')).toBe('columnheader');
    expect(tabbable(grid)).toEqual([document.activeElement]);
  });

  it('selecting a row sets the app selection; a selection made elsewhere highlights its row', () => {
    const { view } = renderEditor(<TableView />);
    const grid = actorsGrid();
    fireEvent.click(cellOf(grid, 'UGent', 'Kind'));
    expect(view.getState().selection).toEqual({ kind: 'actor', id: UNI });
    expect(cellOf(grid, 'UGent', 'Name').closest('tr')?.getAttribute('aria-selected')).toBe('true');

    fireEvent.click(document.body);
    act(() => view.setState((s) => ({ ...s, selection: { kind: 'actor', id: CLB } })));
    expect(cellOf(grid, 'CLB Gent', 'Name').closest('tr')?.getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(cellOf(grid, 'UGent', 'Name').closest('tr')?.getAttribute('aria-selected')).toBe(
      'false',
    );
    expect(cellOf(grid, 'CLB Gent', 'Kind').tabIndex).toBe(0);
  });

  it('edits a name: Enter starts, Enter commits one undo step, Escape cancels', () => {
    const { store } = renderEditor(<TableView />);
    const grid = actorsGrid();
    const name = cellOf(grid, 'UGent', 'Name');
    focus(name);
    key(name, 'Enter');
    const input = screen.getByRole('textbox', { name: 'Name of UGent' });
    expect((input as HTMLInputElement).value).toBe('UGent');
    fireEvent.change(input, { target: { value: 'Universiteit Gent' } });
    key(input, 'Escape');
    expect(store.current()?.actors.find((a) => a.id === UNI)?.label).toBe('UGent');
    expect(document.activeElement).toBe(cellOf(grid, 'UGent', 'Name'));

    key(document.activeElement!, 'F2');
    const again = screen.getByRole('textbox', { name: 'Name of UGent' });
    fireEvent.change(again, { target: { value: '  Universiteit Gent ' } });
    key(again, 'Enter');
    expect(store.current()?.actors.find((a) => a.id === UNI)?.label).toBe('Universiteit Gent');
    expect(document.activeElement).toBe(cellOf(grid, 'Universiteit Gent', 'Name'));
    act(() => store.undo());
    expect(store.current()?.actors.find((a) => a.id === UNI)?.label).toBe('UGent');
    expect(rowNames(grid)).toContain('UGent');
  });

  it('a click selects a cell; a second click on it edits', async () => {
    const user = userEvent.setup();
    const { view } = renderEditor(<TableView />);
    await user.click(cellOf(actorsGrid(), 'UGent', 'Notes'));
    expect(document.activeElement).toBe(cellOf(actorsGrid(), 'UGent', 'Notes'));
    expect(view.getState().selection).toEqual({ kind: 'actor', id: UNI });
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(cellOf(actorsGrid(), 'UGent', 'Notes'));
    expect(screen.getByRole('textbox', { name: 'Notes of UGent' })).toBeTruthy();
  });

  it('typing on a name cell starts editing with that letter; an empty name is refused', () => {
    const { store } = renderEditor(<TableView />);
    const name = cellOf(actorsGrid(), 'UGent', 'Name');
    focus(name);
    key(name, 'K');
    const input = screen.getByRole('textbox', { name: 'Name of UGent' }) as HTMLInputElement;
    expect(input.value).toBe('K');
    fireEvent.change(input, { target: { value: '   ' } });
    key(input, 'Enter');
    expect(store.current()?.actors.find((a) => a.id === UNI)?.label).toBe('UGent');
    expect(screen.getByTestId('table-status').textContent).toMatch(/cannot be empty/);
  });

  it('sorts by a column with a click or Enter on its header (aria-sort)', () => {
    renderEditor(<TableView />);
    const grid = actorsGrid();
    const header = within(grid).getByRole('columnheader', { name: /^Name/ });
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent', 'UGent']);
    fireEvent.click(header);
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent', 'UGent']);
    key(header, 'Enter');
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(grid)).toEqual(['UGent', 'CLB Gent', 'Basisschool De Linde']);

    const ties = within(grid).getByRole('columnheader', { name: /^Ties/ });
    fireEvent.click(ties);
    expect(header.getAttribute('aria-sort')).toBeNull();
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'UGent', 'CLB Gent']);
  });

  it('picks a type with the combobox, grouped by type group', () => {
    const { store } = renderEditor(<TableView />);
    const type = cellOf(actorsGrid(), 'UGent', 'Type');
    focus(type);
    key(type, 'Enter');
    const combo = screen.getByRole('combobox', { name: 'Type of UGent' });
    expect(combo.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByRole('group').length).toBeGreaterThan(3);
    fireEvent.change(combo, { target: { value: 'teacher educ' } });
    key(combo, 'Enter');
    expect(store.current()?.actors.find((a) => a.id === UNI)?.type).toBe('teacher-education');
    expect(cellOf(actorsGrid(), 'UGent', 'Type').textContent).toMatch(/Teacher-education/);
  });

  it('adds actors from the last row: name, Enter, type, Enter, next name', () => {
    const { store, view } = renderEditor(<TableView />);
    const grid = actorsGrid();
    const newRow = within(grid)
      .getByText(/New actor: type a name/)
      .closest('td')!;
    focus(newRow);
    key(newRow, 'Enter');
    const input = screen.getByRole('textbox', { name: 'New actor' });
    fireEvent.change(input, { target: { value: 'Bibliotheek Gent' } });
    key(input, 'Enter');
    const added = store.current()!.actors.find((a) => a.label === 'Bibliotheek Gent')!;
    expect(added.kind).toBe('external');
    const firstSpot = store.current()!.positions[added.id];
    expect(firstSpot).toBeDefined();
    expect(view.getState().selection).toEqual({ kind: 'actor', id: added.id });

    const combo = screen.getByRole('combobox', { name: 'Type of Bibliotheek Gent' });
    fireEvent.change(combo, { target: { value: 'media-library' } });
    key(combo, 'Enter');
    expect(store.current()!.actors.find((a) => a.id === added.id)?.type).toBe('library-staff');
    // In the same step it moved from beside the school to its type group's part of the map.
    const placed = store.current()!.positions[added.id];
    expect(placed).not.toEqual(firstSpot);
    // Back in the last row for the next name.
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New actor' }));
    expect(screen.getByTestId('table-status').textContent).toBe(
      'Bibliotheek Gent: Media-library staff. Type the next name, or press Escape.',
    );
    act(() => store.undo());
    expect(store.current()!.actors.find((a) => a.id === added.id)?.type).toBeNull();
    expect(store.current()!.positions[added.id]).toEqual(firstSpot);
  });

  it('deletes a row with the Delete key in one undo step; the school is kept', () => {
    const { store } = renderEditor(<TableView />);
    const grid = actorsGrid();
    const clb = cellOf(grid, 'CLB Gent', 'Notes');
    focus(clb);
    key(clb, 'Delete');
    expect(store.current()!.actors.map((a) => a.id)).toEqual([SCHOOL, UNI]);
    expect(store.current()!.ties).toHaveLength(0);
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'UGent']);
    expect(screen.getByTestId('table-status').textContent).toMatch(/Deleted CLB Gent and its 2/);
    // Focus moved to the row that took its place.
    expect(document.activeElement).toBe(cellOf(grid, 'UGent', 'Notes'));

    act(() => store.undo());
    expect(store.current()!.actors).toHaveLength(3);
    expect(store.current()!.ties).toHaveLength(2);
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent', 'UGent']);

    const school = cellOf(grid, 'Basisschool De Linde', 'Name');
    focus(school);
    key(school, 'Delete');
    expect(store.current()!.actors).toHaveLength(3);
    expect(screen.getByTestId('table-status').textContent).toMatch(/cannot be deleted/);
  });

  it('edits resources in a checklist dialog: one step for all ticks', () => {
    const { store } = renderEditor(<TableView />);
    const cell = cellOf(actorsGrid(), 'UGent', 'Resources');
    focus(cell);
    key(cell, 'Enter');
    const dialog = screen.getByRole('dialog', { name: 'Resources of UGent' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Knowledge and skills' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Relations' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(store.current()!.actors.find((a) => a.id === UNI)?.resources).toEqual([
      'knowledge-skills',
      'relations',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => store.undo());
    expect(store.current()!.actors.find((a) => a.id === UNI)?.resources).toEqual([]);
  });

  it('changes position with a select: Enter commits, Escape cancels', () => {
    const { store } = renderEditor(<TableView />);
    const cell = cellOf(actorsGrid(), 'UGent', 'Position');
    focus(cell);
    key(cell, 'Enter');
    let select = screen.getByRole('combobox', { name: 'Position of UGent' });
    fireEvent.change(select, { target: { value: 'anchoring' } });
    key(select, 'Escape');
    expect(store.current()!.actors.find((a) => a.id === UNI)?.position).toBeNull();
    key(cellOf(actorsGrid(), 'UGent', 'Position'), 'Enter');
    select = screen.getByRole('combobox', { name: 'Position of UGent' });
    fireEvent.change(select, { target: { value: 'anchoring' } });
    key(select, 'Enter');
    expect(store.current()!.actors.find((a) => a.id === UNI)?.position).toBe('anchoring');
  });

  it('speaks Dutch', () => {
    renderEditor(<TableView />, { map: smallMap(), locale: 'nl' });
    const grid = screen.getByRole('grid', { name: 'Actoren' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.querySelector('span')?.textContent);
    expect(headers).toEqual([
      'Naam',
      'Aard',
      'Type',
      'Positie',
      'Bronnen',
      'Relaties',
      'Notities',
      'Verwijderen',
    ]);
    expect(screen.getByRole('tab', { name: 'Actoren (3)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(cellOf(grid, 'CLB Gent', 'Positie').textContent).toBe('Kernactor');
  });
});
