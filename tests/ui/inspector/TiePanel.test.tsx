// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../src/codebook';
import { addTie, asTieId, makeTie, type TieId } from '../../../src/model';
import { patchView } from '../../../src/store';
import { CLB, SCHOOL, UNI, smallMap } from '../../model/fixtures';
import { openInspector, steps, tieOf } from './helpers';

const T1 = asTieId('t-1'); // school – CLB: care-and-guidance, monthly
const T2 = asTieId('t-2'); // CLB – UGent

const openSection = (user: ReturnType<typeof userEvent.setup>, title: string) =>
  user.click(screen.getByText(title, { selector: '.section-title' }));

describe('TiePanel', () => {
  it('groups the 15 motives by dimension, with the full wording on hover and on demand', async () => {
    const user = userEvent.setup();
    openInspector({ kind: 'tie', id: T1 });
    const counts = ['task', 'relation', 'growth'].map(
      (d) => within(screen.getByTestId(`motives-${d}`)).getAllByRole('checkbox').length,
    );
    expect(counts).toEqual([6, 4, 5]);
    const task = screen.getByRole('group', { name: /^Task dimension/ });
    const care = within(task).getByRole('checkbox', { name: 'Care and pupil guidance' });
    expect(care).toHaveProperty('checked', true);
    const full = DEFAULT_CODEBOOK.motives.find((m) => m.id === 'care-and-guidance')!.description!;
    expect(care.closest('label')?.getAttribute('title')).toBe(full.en);
    // Keyboard and touch: a toggle per dimension shows every motive's full wording.
    expect(within(task).queryByText(full.en)).toBeNull();
    const toggle = within(task).getByRole('button', { name: 'Show full wording' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const wording = within(task).getByText(full.en);
    expect(care.getAttribute('aria-describedby')).toBe(wording.id);
  });

  it('ticks and unticks motives, one undo step each', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'tie', id: T1 });
    await user.click(screen.getByRole('checkbox', { name: 'Quality development' }));
    await user.click(screen.getByRole('checkbox', { name: 'Local fallback network' }));
    // Stored in codebook order, whatever the order of clicking.
    expect(tieOf(store, T1)?.motives).toEqual([
      'care-and-guidance',
      'fallback-network',
      'quality-development',
    ]);
    await user.click(screen.getByRole('checkbox', { name: 'Care and pupil guidance' }));
    expect(tieOf(store, T1)?.motives).toEqual(['fallback-network', 'quality-development']);
    expect(steps(store)).toBe(3);
    act(() => store.undo());
    expect(screen.getByRole('checkbox', { name: 'Care and pupil guidance' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('sets the contact frequency (5 levels or not discussed)', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'tie', id: T1 });
    const group = screen.getByRole('group', { name: 'Contact frequency' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual([
      'Once a year or less',
      '2–3 times a year',
      '4 or more times a year',
      'Monthly',
      'Weekly or more',
      'Not discussed',
    ]);
    await user.click(within(group).getByRole('radio', { name: 'Weekly or more' }));
    expect(tieOf(store, T1)?.frequency).toBe('weekly');
    await user.click(within(group).getByRole('radio', { name: 'Not discussed' }));
    expect(tieOf(store, T1)?.frequency).toBeNull();
    expect(steps(store)).toBe(2);
    act(() => store.undo());
    expect(within(group).getByRole('radio', { name: 'Weekly or more' })).toHaveProperty(
      'checked',
      true,
    );
  });

  it('marks the tie directed and swaps its direction', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'tie', id: T2 });
    expect(screen.queryByRole('button', { name: 'Swap direction' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: /^Directed/ }));
    expect(tieOf(store, T2)?.directed).toBe(true);
    expect(screen.getByText('From CLB Gent to UGent (who initiates or brings).')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Swap direction' }));
    expect(tieOf(store, T2)).toEqual(expect.objectContaining({ source: UNI, target: CLB }));
    expect(screen.getByRole('heading').textContent).toContain('UGent → CLB Gent');
    expect(steps(store)).toBe(2);
    act(() => store.undo());
    expect(tieOf(store, T2)).toEqual(expect.objectContaining({ source: CLB, target: UNI }));
  });

  it('codes 5W1H attributes: checkboxes when multiple, radios with "Not set" when single', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'tie', id: T1 });
    await openSection(user, 'Where');
    const setting = screen.getByRole('group', { name: 'Setting' });
    await user.click(within(setting).getByRole('checkbox', { name: 'Online' }));
    await user.click(within(setting).getByRole('checkbox', { name: 'Face to face' }));
    expect(tieOf(store, T1)?.attributes.setting).toEqual(['face-to-face', 'online']);
    const location = screen.getByRole('group', { name: 'Location' });
    await user.click(within(location).getByRole('radio', { name: 'Away (off site)' }));
    expect(tieOf(store, T1)?.attributes.location).toEqual(['away']);
    await user.click(within(location).getByRole('radio', { name: 'Not set' }));
    expect(tieOf(store, T1)?.attributes).not.toHaveProperty('location');
    expect(steps(store)).toBe(4);

    await openSection(user, 'Qualities of the tie');
    await user.click(screen.getByRole('radio', { name: 'Strong' }));
    expect(tieOf(store, T1)?.attributes.strength).toEqual(['strong']);
    // The closed section says how much is filled in.
    expect(screen.getByTestId('attributes-where').querySelector('.section-note')?.textContent).toBe(
      '1 filled in',
    );
  });

  it('keeps duration, notes and quotes; each edit is one undo step', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'tie', id: T1 });
    await openSection(user, 'When');
    await user.type(screen.getByRole('textbox', { name: 'Duration' }), 'sinds 2019');
    await user.tab();
    expect(tieOf(store, T1)?.duration).toBe('sinds 2019');

    await openSection(user, 'Notes and quotes');
    await user.type(
      screen.getByRole('textbox', { name: 'Notes' }),
      'Vooral via de zorgcoördinator',
    );
    await user.tab();
    expect(tieOf(store, T1)?.notes).toBe('Vooral via de zorgcoördinator');

    const add = screen.getByRole('button', { name: 'Add quote' });
    expect(add).toHaveProperty('disabled', true);
    await user.type(
      screen.getByRole('textbox', { name: 'New quote (word for word)' }),
      '“Zonder het CLB',
    );
    await user.click(add);
    await user.type(
      screen.getByRole('textbox', { name: 'New quote (word for word)' }),
      'Elke maand',
    );
    await user.click(screen.getByRole('button', { name: 'Add quote' }));
    expect(tieOf(store, T1)?.quotes).toEqual(['“Zonder het CLB', 'Elke maand']);

    const first = screen.getByRole('textbox', { name: 'Quote 1' });
    await user.type(first, ' lukt het niet.”');
    await user.tab();
    expect(tieOf(store, T1)?.quotes[0]).toBe('“Zonder het CLB lukt het niet.”');
    await user.click(screen.getByRole('button', { name: 'Remove quote 2' }));
    expect(tieOf(store, T1)?.quotes).toEqual(['“Zonder het CLB lukt het niet.”']);
    expect(steps(store)).toBe(6);
    act(() => store.undo());
    expect(tieOf(store, T1)?.quotes).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Quote 2' })).toHaveProperty('value', 'Elke maand');
  });

  it('opens an endpoint, and deletes the tie with Undo', async () => {
    const user = userEvent.setup();
    const { store, view } = openInspector({ kind: 'tie', id: T1 });
    await user.click(screen.getByRole('button', { name: 'Delete tie' }));
    expect(tieOf(store, T1)).toBeUndefined();
    expect(view.getState().selection).toBeNull();
    expect(screen.getByTestId('edit-notice').textContent).toContain(
      'Deleted the tie Basisschool De Linde – CLB Gent.',
    );
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(tieOf(store, T1)).toEqual(smallMap().ties[0]);
    expect(view.getState().selection).toEqual({ kind: 'tie', id: T1 });
    await user.click(screen.getByRole('button', { name: 'Open Basisschool De Linde' }));
    expect(view.getState().selection).toEqual({ kind: 'actor', id: SCHOOL });
  });

  it('closes when the selected tie disappears (its creation undone)', () => {
    const id: TieId = asTieId('t-new');
    const { store, view } = openInspector(null);
    act(() => store.apply(addTie(makeTie(SCHOOL, UNI, {}, id))));
    act(() => view.setState(patchView({ selection: { kind: 'tie', id } })));
    expect(screen.getByTestId('tie-panel')).toBeTruthy();
    act(() => store.undo());
    expect(view.getState().selection).toBeNull();
    expect(screen.queryByTestId('tie-panel')).toBeNull();
  });

  it('speaks Dutch with locale nl (codebook labels too)', () => {
    openInspector({ kind: 'tie', id: T1 }, { locale: 'nl' });
    const task = screen.getByRole('group', { name: /^Taakdimensie/ });
    expect(
      within(task).getByRole('checkbox', { name: 'Zorg en leerlingenbegeleiding' }),
    ).toBeTruthy();
    const nl = DEFAULT_CODEBOOK.motives.find((m) => m.id === 'care-and-guidance')!.description!.nl;
    expect(
      within(task).getByRole('checkbox', { name: 'Zorg en leerlingenbegeleiding' }).closest('label')
        ?.title,
    ).toBe(nl);
    expect(screen.getByRole('radio', { name: 'Maandelijks' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Niet besproken' })).toBeTruthy();
    expect(screen.getByText('Waar', { selector: '.section-title' })).toBeTruthy();
  });
});
