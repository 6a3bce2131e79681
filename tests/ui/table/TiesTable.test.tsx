// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { asTieId } from '../../../src/model';
import { patchView } from '../../../src/store';
import { TableView } from '../../../src/ui/table/TableView';
import { CLB, SCHOOL, smallMap, UNI } from '../../model/fixtures';
import { renderEditor } from '../render';
import { cellOf, focus, rowNames, tiesGrid } from './helpers';

const key = (el: Element, k: string) => fireEvent.keyDown(el, { key: k });

function openTies() {
  fireEvent.click(screen.getByRole('tab', { name: /^Ties/ }));
  return tiesGrid();
}

/** Types into a combobox and picks the first match with Enter, as a keyboard user does. */
function pick(name: string, text: string) {
  const input = screen.getByRole('combobox', { name });
  fireEvent.change(input, { target: { value: text } });
  key(input, 'Enter');
  return input;
}

const status = () => screen.getByTestId('table-status').textContent;

describe('ties table', () => {
  it('adds a tie with the two comboboxes and Enter; From stays for the next tie', () => {
    const { store, view } = renderEditor(<TableView />);
    const grid = openTies();
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent']);
    pick('From', 'ugent');
    const target = pick('To', 'basis');
    fireEvent.submit(target.closest('form')!);
    const ties = store.current()!.ties;
    expect(ties).toHaveLength(3);
    expect([ties[2]?.source, ties[2]?.target]).toEqual([UNI, SCHOOL]);
    expect(view.getState().selection).toEqual({ kind: 'tie', id: ties[2]?.id });
    expect(status()).toBe('Added the tie UGent – Basisschool De Linde.');
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent', 'UGent']);
    expect((screen.getByRole('combobox', { name: 'From' }) as HTMLInputElement).value).toBe(
      'UGent',
    );
    expect((screen.getByRole('combobox', { name: 'To' }) as HTMLInputElement).value).toBe('');
    act(() => store.undo());
    expect(store.current()!.ties).toHaveLength(2);
  });

  it('refuses a duplicate and selects and focuses the existing tie instead', () => {
    const { store, view } = renderEditor(<TableView />);
    const grid = openTies();
    pick('From', 'UGent');
    fireEvent.click(screen.getByRole('button', { name: 'Add tie' }));
    expect(status()).toBe('Choose both actors first.');
    pick('To', 'CLB');
    fireEvent.click(screen.getByRole('button', { name: 'Add tie' }));
    expect(store.current()!.ties).toHaveLength(2);
    expect(status()).toBe('UGent – CLB Gent already have a tie: it is now selected.');
    expect(view.getState().selection).toEqual({ kind: 'tie', id: asTieId('t-2') });
    const row = cellOf(grid, 'CLB Gent', 'From').closest('tr')!;
    expect(row.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(cellOf(grid, 'CLB Gent', 'From'));
  });

  it('refuses a tie from an actor to itself', () => {
    const { store } = renderEditor(<TableView />);
    openTies();
    pick('From', 'CLB');
    pick('To', 'CLB');
    fireEvent.click(screen.getByRole('button', { name: 'Add tie' }));
    expect(store.current()!.ties).toHaveLength(2);
    expect(status()).toBe('A tie connects two different actors.');
  });

  it('ticks motives grouped by dimension in one undo step', () => {
    const { store } = renderEditor(<TableView />);
    const grid = openTies();
    const cell = cellOf(grid, 'CLB Gent', 'Motives');
    // A letter marker as on the map; a screen reader hears the dimension's name instead.
    expect(cell.querySelector('[aria-hidden="true"]')?.textContent).toBe('T');
    expect(cell.textContent).toBe('TTask dimension: Teacher as researcher');
    focus(cell);
    key(cell, 'Enter');
    const dialog = screen.getByRole('dialog', { name: 'Motives of the tie CLB Gent – UGent' });
    const groups = within(dialog).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'TTask dimension',
      'RRelationship dimension',
      'GGrowth dimension',
    ]);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Local fallback network/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /^Quality development/ }));
    key(within(dialog).getAllByRole('checkbox')[0]!, 'Enter');
    expect(store.current()!.ties[1]?.motives).toEqual([
      'teacher-as-researcher',
      'fallback-network',
      'quality-development',
    ]);
    expect(cellOf(grid, 'CLB Gent', 'Motives').textContent).toContain('Local fallback network');
    act(() => store.undo());
    expect(store.current()!.ties[1]?.motives).toEqual(['teacher-as-researcher']);
  });

  it('sets frequency, formality and direction from the keyboard', () => {
    const { store } = renderEditor(<TableView />);
    const grid = openTies();
    const frequency = cellOf(grid, 'CLB Gent', 'Contact frequency');
    focus(frequency);
    key(frequency, 'Enter');
    const select = screen.getByRole('combobox', { name: 'Contact frequency of CLB Gent – UGent' });
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toHaveLength(6);
    fireEvent.change(select, { target: { value: 'weekly' } });
    key(select, 'Enter');
    expect(store.current()!.ties[1]?.frequency).toBe('weekly');

    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, ' ');
    expect(store.current()!.ties[1]?.directed).toBe(true);
    expect(cellOf(grid, 'CLB Gent', 'Directed').textContent).toBe('✓Yes →');

    // A tap on the cell toggles too; Enter toggles back.
    const directed = cellOf(grid, 'CLB Gent', 'Directed');
    fireEvent.click(directed.querySelector('[data-control]')!);
    expect(store.current()!.ties[1]?.directed).toBe(false);
    key(document.activeElement!, 'Enter');
    expect(store.current()!.ties[1]?.directed).toBe(true);

    key(document.activeElement!, 'ArrowRight');
    key(document.activeElement!, 'Enter');
    const formality = screen.getByRole('combobox', { name: 'Formality of CLB Gent – UGent' });
    fireEvent.change(formality, { target: { value: 'informal' } });
    key(formality, 'Enter');
    expect(store.current()!.ties[1]?.attributes).toEqual({ formality: ['informal'] });
    expect(cellOf(grid, 'CLB Gent', 'Formality').textContent).toMatch(/^Informal/);
  });

  it('deletes a tie with its button; undo brings it back', () => {
    const { store } = renderEditor(<TableView />);
    const grid = openTies();
    fireEvent.click(
      within(grid).getByRole('button', { name: 'Delete Basisschool De Linde – CLB Gent' }),
    );
    expect(store.current()!.ties.map((t) => t.id)).toEqual(['t-2']);
    expect(status()).toBe(
      'Deleted the tie Basisschool De Linde – CLB Gent. Ctrl+Z brings it back.',
    );
    act(() => store.undo());
    expect(rowNames(grid)).toEqual(['Basisschool De Linde', 'CLB Gent']);
  });

  it('shows the ties table when a tie is selected on the canvas', () => {
    const { view } = renderEditor(<TableView />);
    expect(screen.getByRole('tab', { name: 'Actors (3)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    act(() => view.setState(patchView({ selection: { kind: 'tie', id: asTieId('t-2') } })));
    expect(screen.getByRole('tab', { name: 'Ties (2)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(cellOf(tiesGrid(), 'CLB Gent', 'To').closest('tr')?.getAttribute('aria-selected')).toBe(
      'true',
    );
    act(() => view.setState(patchView({ selection: { kind: 'actor', id: CLB } })));
    expect(screen.getByRole('tab', { name: 'Actors (3)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('speaks Dutch', () => {
    renderEditor(<TableView />, { map: smallMap(), locale: 'nl' });
    fireEvent.click(screen.getByRole('tab', { name: 'Relaties (2)' }));
    const grid = screen.getByRole('grid', { name: 'Relaties' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.querySelector('span')?.textContent);
    expect(headers).toEqual([
      'Van',
      'Naar',
      'Beweegredenen',
      'Contactfrequentie',
      'Gericht',
      'Formaliteit',
      'Notities',
      'Verwijderen',
    ]);
    expect(screen.getByRole('button', { name: 'Relatie toevoegen' })).toBeTruthy();
    expect(cellOf(grid, 'Basisschool De Linde', 'Contactfrequentie').textContent).toBe(
      'Maandelijks',
    );
  });
});
