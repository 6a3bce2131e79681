// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asMapId } from '../../../src/model';
import { QuickAdd } from '../../../src/ui/quickadd/QuickAdd';
import { smallMap } from '../../model/fixtures';
import { renderEditor } from '../render';

const labels = (store: { current(): { actors: readonly { label: string }[] } | null }) =>
  store.current()!.actors.map((a) => a.label);

describe('QuickAdd', () => {
  it('adds three actors with types using only the keyboard, one undo step each', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    const before = store.current()!.actors.length;
    const name = screen.getByRole('textbox', { name: 'New partner' });
    await user.click(name);

    // 1: type to search the English label, Enter picks the first match.
    await user.keyboard('Hogeschool Gent{Enter}');
    const type = screen.getByRole('combobox', { name: 'Type of “Hogeschool Gent”' });
    expect(document.activeElement).toBe(type);
    await user.keyboard('teacher-educ{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'New partner' }));
    expect(screen.getByTestId('edit-notice').textContent).toContain('Added “Hogeschool Gent”');

    // 2: search by the Dutch label (the hint).
    await user.keyboard('Stad Gent{Enter}');
    await user.keyboard('bovenlokaal{Enter}');

    // 3: arrows only: the list is open, ↓ moves past "No type yet" to the first type.
    await user.keyboard('Vrije CLB{Enter}');
    await user.keyboard('{ArrowDown}{Enter}');

    const map = store.current()!;
    const added = map.actors.slice(before);
    expect(added.map((a) => [a.label, a.kind, a.type])).toEqual([
      ['Hogeschool Gent', 'external', 'teacher-education'],
      ['Stad Gent', 'external', 'government'],
      ['Vrije CLB', 'external', map.codebook.actorTypes[0]!.id],
    ]);
    // Each one has its own free place.
    for (const a of added) expect(map.positions[a.id]).toBeDefined();
    // Not selected: the flow goes on in the name field.
    expect((screen.getByTestId('quick-add-name') as HTMLInputElement).value).toBe('');

    store.undo();
    expect(labels(store)).not.toContain('Vrije CLB');
    expect(labels(store)).toContain('Stad Gent');
  });

  it('adds without a type when "No type yet" is picked', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    await user.click(screen.getByTestId('quick-add-name'));
    await user.keyboard('Bakkerij Peeters{Enter}{Enter}');
    const actor = store.current()!.actors.find((a) => a.label === 'Bakkerij Peeters');
    expect(actor?.type).toBeNull();
    expect(screen.getByTestId('edit-notice').textContent).toContain('no type yet');
  });

  it('Escape in the type step goes back to the name without adding', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    const before = store.current();
    await user.click(screen.getByTestId('quick-add-name'));
    await user.keyboard('Muziekacademie{Enter}');
    expect(screen.getByRole('combobox')).toBe(document.activeElement);
    await user.keyboard('{Escape}');
    expect(store.current()).toBe(before);
    const name = screen.getByTestId('quick-add-name') as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    expect(name.value).toBe('Muziekacademie'); // kept, to fix a typo
  });

  it('an empty name does nothing and says so politely', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    const before = store.current();
    await user.click(screen.getByTestId('quick-add-name'));
    await user.keyboard('   {Enter}');
    expect(store.current()).toBe(before);
    expect(screen.queryByRole('combobox')).toBeNull();
    const notice = screen.getByRole('status');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    expect(notice.textContent).toBe('Type a name first.');
  });

  it('adds internal actors typed with internal roles', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    await user.click(screen.getByRole('radio', { name: 'Own school' }));
    await user.click(screen.getByRole('textbox', { name: 'New team or person of the school' }));
    await user.keyboard('Zorgteam{Enter}care{Enter}');
    const actor = store.current()!.actors.find((a) => a.label === 'Zorgteam')!;
    expect([actor.kind, actor.type]).toEqual(['internal', 'care-coordinator']);
  });

  it('offers Undo for the last addition only while it is the latest change', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    await user.click(screen.getByTestId('quick-add-name'));
    await user.keyboard('Bibliotheek{Enter}{Enter}');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(labels(store)).not.toContain('Bibliotheek');
    expect(screen.getByTestId('edit-notice').textContent).toContain('Undone:');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('speaks Dutch, and finds types by their English name there', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />, { map: smallMap(), locale: 'nl' });
    await user.click(screen.getByRole('textbox', { name: 'Nieuwe partner' }));
    await user.keyboard('KU Leuven{Enter}');
    const type = screen.getByRole('combobox', { name: 'Soort van “KU Leuven”' });
    expect(screen.getByRole('option', { name: 'Nog geen soort' })).toBeTruthy();
    expect(screen.getByText('Hoger onderwijs')).toBeTruthy();
    await user.type(type, 'university{Enter}');
    expect(store.current()!.actors.find((a) => a.label === 'KU Leuven')?.type).toBe('university');
    expect(screen.getByTestId('edit-notice').textContent).toContain('“KU Leuven” toegevoegd');
  });
});

describe('the notice line', () => {
  it('is cleared when another map is opened', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(<QuickAdd />);
    await user.click(screen.getByTestId('quick-add-name'));
    await user.keyboard('Bibliotheek{Enter}{Enter}');
    expect(screen.getByTestId('edit-notice').textContent).toContain('Bibliotheek');
    act(() => store.open({ ...smallMap(), id: asMapId('map-other') }));
    expect(screen.getByTestId('edit-notice').textContent).toBe('');
  });
});
