// @vitest-environment happy-dom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { concentricLayout, forceLayout } from '../../../src/canvas/layouts';
import { LayoutMenu } from '../../../src/ui/LayoutMenu';
import { sampleMap } from '../../canvas/layouts/maps';
import { renderEditor } from '../render';

const openMenu = async (user: ReturnType<typeof userEvent.setup>) => {
  await user.click(screen.getByRole('button', { name: /^Layout:/ }));
  return screen.getByRole('menu', { name: 'Layouts' });
};

describe('LayoutMenu', () => {
  it('lays the map out in rings by frequency as one undo step and keeps the guides', async () => {
    const user = userEvent.setup();
    const map = sampleMap('secondary-school');
    const { store, view } = renderEditor(<LayoutMenu />, { map });
    expect(screen.getByRole('button', { name: 'Layout: Free' })).toBeTruthy();

    const menu = await openMenu(user);
    const items = within(menu).getAllByRole('menuitemradio');
    const names = items.map(
      (item) => document.getElementById(item.getAttribute('aria-labelledby') ?? '')?.textContent,
    );
    expect(names).toEqual(['Free', 'Rings by frequency', 'Rings by position', 'Force']);
    expect(items[0]!.getAttribute('aria-checked')).toBe('true');
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Rings by frequency' }));

    const expected = concentricLayout(map, 'frequency');
    expect(store.current()!.positions).toEqual(expected.positions);
    expect(store.getState().history!.past).toHaveLength(1);
    expect(view.getState().layout).toEqual({
      kind: 'rings-frequency',
      guides: expected.guides,
      positions: store.current()!.positions,
      previous: null,
    });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: /Layout: Rings by frequency/ })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Laid out in rings by contact frequency');

    // One undo brings every actor back, and the layout no longer counts.
    act(() => store.undo());
    expect(store.current()!.positions).toEqual(map.positions);
    expect(screen.getByRole('button', { name: /Layout: Free/ })).toBeTruthy();
  });

  it('keeps the layout after a drag, and "Free" drops the guides without moving anyone', async () => {
    const user = userEvent.setup();
    const map = sampleMap('secondary-school');
    const { store, view } = renderEditor(<LayoutMenu />, { map });
    const menu = await openMenu(user);
    await user.click(within(menu).getByRole('menuitemradio', { name: 'Rings by position' }));
    const laidOut = store.current()!.positions;
    expect(laidOut).toEqual(concentricLayout(map, 'position').positions);

    const someone = map.actors[3]!.id;
    act(() =>
      store.apply((m) => ({ ...m, positions: { ...m.positions, [someone]: { x: 1, y: 2 } } })),
    );
    expect(screen.getByRole('button', { name: /Layout: Rings by position/ })).toBeTruthy();

    const before = store.current()!.positions;
    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: 'Free' }));
    expect(store.current()!.positions).toBe(before);
    expect(view.getState().layout).toMatchObject({ kind: 'free', guides: null, positions: before });
    expect(screen.getByRole('button', { name: 'Layout: Free' })).toBeTruthy();
    expect(store.getState().history!.past).toHaveLength(2);
  });

  it('works with the keyboard alone', async () => {
    const user = userEvent.setup();
    const map = sampleMap('primary-school');
    const { store, view } = renderEditor(<LayoutMenu />, { map });
    const button = screen.getByRole('button', { name: /^Layout:/ });
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Free' }));
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Force' }));
    expect(document.activeElement?.getAttribute('aria-describedby')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);

    await user.keyboard('{Enter}');
    await user.keyboard('{End}');
    await user.keyboard('{Enter}');
    expect(store.current()!.positions).toEqual(forceLayout(map).positions);
    expect(view.getState().layout?.kind).toBe('force');
    expect(view.getState().layout?.guides).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('speaks Dutch', async () => {
    const user = userEvent.setup();
    renderEditor(<LayoutMenu />, { map: sampleMap('primary-school'), locale: 'nl' });
    await user.click(screen.getByRole('button', { name: 'Lay-out: Vrij' }));
    const menu = screen.getByRole('menu', { name: 'Lay-outs' });
    expect(
      within(menu).getByRole('menuitemradio', { name: 'Ringen volgens positie' }),
    ).toBeTruthy();
    expect(menu.textContent).toContain('Kernactoren het dichtstbij');
  });
});
