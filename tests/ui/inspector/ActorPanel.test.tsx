// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addActor, asActorId, makeActor } from '../../../src/model';
import { patchView } from '../../../src/store';
import { CLB, SCHOOL, smallMap } from '../../model/fixtures';
import { actorOf, openInspector, steps } from './helpers';

describe('ActorPanel', () => {
  it('renames on blur as one undo step, not one per keystroke', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'actor', id: CLB });
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'CLB Gent-Eeklo');
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent'); // nothing yet while typing
    expect(steps(store)).toBe(0);
    await user.tab();
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent-Eeklo');
    expect(steps(store)).toBe(1);
    act(() => store.undo());
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent');
    expect((screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'CLB Gent',
    );
  });

  it('commits the name on Enter and refuses an empty name', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'actor', id: CLB });
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.keyboard('{Enter}');
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent');
    expect((name as HTMLInputElement).value).toBe('CLB Gent');
    await user.type(name, ' Oost{Enter}');
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent Oost');
    expect(steps(store)).toBe(1);
  });

  it('changes type, position, triangle role, resources and notes: one step each, undo restores', async () => {
    const user = userEvent.setup();
    const { store } = openInspector({ kind: 'actor', id: CLB });
    const original = actorOf(store, CLB);

    const type = screen.getByRole('combobox', { name: 'Type' });
    expect((type as HTMLInputElement).value).toBe('Pupil-guidance centre (CLB) / staff');
    await user.clear(type);
    await user.keyboard('universi{Enter}');
    expect(actorOf(store, CLB)?.type).toBe('university');
    expect(steps(store)).toBe(1);

    const position = screen.getByRole('group', { name: 'Position in the network' });
    // The codebook's definitions are shown as help with each choice.
    expect(within(position).getByText(/Influence and legitimacy/)).toBeTruthy();
    await user.click(within(position).getByRole('radio', { name: /^Anchoring actor/ }));
    expect(actorOf(store, CLB)?.position).toBe('anchoring');
    expect(steps(store)).toBe(2);

    await user.click(screen.getByRole('radio', { name: 'Supporter' }));
    expect(actorOf(store, CLB)?.triangleRole).toBe('supporter');

    await user.click(screen.getByText('Resources', { selector: '.section-title' }));
    await user.click(screen.getByRole('checkbox', { name: 'Relations' }));
    await user.click(screen.getByRole('checkbox', { name: 'Knowledge and skills' }));
    expect(actorOf(store, CLB)?.resources).toEqual(['knowledge-skills', 'relations']);
    expect(steps(store)).toBe(5);

    await user.click(screen.getByText('Notes', { selector: '.section-title' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Komt elke maand langs.');
    expect(steps(store)).toBe(5);
    await user.tab();
    expect(actorOf(store, CLB)?.notes).toBe('Komt elke maand langs.');
    expect(steps(store)).toBe(6);

    act(() => {
      for (let i = 0; i < 6; i += 1) store.undo();
    });
    expect(actorOf(store, CLB)).toEqual(original);
    const restored = screen.getByRole('group', { name: 'Position in the network' });
    expect(within(restored).getByRole('radio', { name: /^Core actor/ })).toHaveProperty(
      'checked',
      true,
    );
  });

  it("lists the actor's ties; choosing one opens that tie", async () => {
    const user = userEvent.setup();
    const { view } = openInspector({ kind: 'actor', id: CLB });
    const ties = screen.getByTestId('actor-ties');
    const buttons = within(ties).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['—Basisschool De LindeMonthly', '—UGent']);
    await user.click(buttons[1]!);
    expect(view.getState().selection).toEqual({ kind: 'tie', id: 't-2' });
    expect(screen.getByTestId('tie-panel')).toBeTruthy();
  });

  it('deletes the actor with its ties in one undoable step and offers Undo', async () => {
    const user = userEvent.setup();
    const { store, view } = openInspector({ kind: 'actor', id: CLB });
    await user.click(screen.getByRole('button', { name: 'Delete actor' }));
    expect(actorOf(store, CLB)).toBeUndefined();
    expect(store.current()!.ties).toEqual([]);
    expect(steps(store)).toBe(1);
    expect(view.getState().selection).toBeNull();
    expect(screen.queryByTestId('actor-panel')).toBeNull();
    expect(screen.getByTestId('edit-notice').textContent).toContain(
      'Deleted “CLB Gent” and its ties (2).',
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(store.current()).toEqual(expect.objectContaining({ ties: smallMap().ties }));
    expect(actorOf(store, CLB)?.label).toBe('CLB Gent');
    expect(view.getState().selection).toEqual({ kind: 'actor', id: CLB });
  });

  it('the school itself has no type and cannot be deleted', () => {
    openInspector({ kind: 'actor', id: SCHOOL });
    expect(screen.getByText('The school', { selector: '.inspector-kind' })).toBeTruthy();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete actor' })).toBeNull();
    expect(screen.getByText('The school itself cannot be deleted.')).toBeTruthy();
  });

  it('closes when the selected actor disappears (its creation undone)', () => {
    const id = asActorId('a-new');
    const { store, view } = openInspector(null);
    act(() => store.apply(addActor(makeActor({ label: 'Jeugdhuis' }, id), { x: 300, y: 300 })));
    act(() => view.setState(patchView({ selection: { kind: 'actor', id } })));
    expect(screen.getByRole('heading').textContent).toContain('Jeugdhuis');
    act(() => store.undo());
    expect(view.getState().selection).toBeNull();
    expect(screen.queryByTestId('actor-panel')).toBeNull();
  });

  it('speaks Dutch with locale nl (codebook labels too)', () => {
    openInspector({ kind: 'actor', id: CLB }, { locale: 'nl' });
    const position = screen.getByRole('group', { name: 'Positie in het netwerk' });
    expect(within(position).getByRole('radio', { name: /^Kernactor/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByRole('radio', { name: 'Ondersteuner' })).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Soort' }) as HTMLInputElement).value).toMatch(
      /^CLB \(centrum voor leerlingenbegeleiding\)/,
    );
    expect(screen.getByRole('button', { name: 'Actor verwijderen' })).toBeTruthy();
  });
});
