// @vitest-environment happy-dom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { asTieId, removeTies } from '../../../src/model';
import { patchView } from '../../../src/store';
import { MapLegend } from '../../../src/ui/legend/MapLegend';
import { encodingMap } from '../../canvas/encodingFixtures';
import { renderEditor } from '../render';

const legendItems = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('data-key'));

describe('MapLegend', () => {
  it('lists what is drawn and follows the colour-by choice', () => {
    const { view } = renderEditor(<MapLegend />, { map: encodingMap() });
    expect(screen.getByRole('heading', { name: 'Actors by type group' })).toBeTruthy();
    expect(legendItems('legend-actors')).toEqual([
      'ego',
      'internal',
      'category:education-support',
      'category:higher-education',
      'category:government',
      'not-set',
    ]);
    expect(legendItems('legend-ties')).toEqual(['task', 'task+relation+growth', 'none']);
    expect(screen.getByText('Task + Relationship + Growth')).toBeTruthy();
    expect(screen.getByText('Dashed: informal')).toBeTruthy();
    expect(screen.getByText('Arrow: direction (who initiates)')).toBeTruthy();

    act(() => view.setState(patchView({ colourBy: 'position' })));
    expect(screen.getByRole('heading', { name: 'Actors by position' })).toBeTruthy();
    expect(legendItems('legend-actors')).toEqual([
      'ego',
      'internal',
      'category:core',
      'category:anchoring',
      'not-set',
    ]);
  });

  it('follows edits to the map', () => {
    const { store } = renderEditor(<MapLegend />, { map: encodingMap() });
    act(() => store.apply(removeTies([asTieId('t-bare'), asTieId('t-team-new')])));
    expect(legendItems('legend-ties')).toEqual(['task', 'task+relation+growth']);
  });

  it('speaks Dutch', () => {
    renderEditor(<MapLegend />, { map: encodingMap(), locale: 'nl' });
    expect(screen.getByRole('tab', { name: 'Legende' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Actoren per soort' })).toBeTruthy();
    expect(screen.getByText('Nog geen beweegreden')).toBeTruthy();
  });

  it('toggling a filter updates view.filters; the count and clear button follow', async () => {
    const user = userEvent.setup();
    const { view, store } = renderEditor(<MapLegend />, { map: encodingMap() });
    const before = store.current();
    await user.click(screen.getByRole('tab', { name: 'Filters' }));
    const filters = screen.getByTestId('filters');
    expect(within(filters).getByRole('status').textContent).toBe(
      'No filters: everything is shown.',
    );
    const clear = within(filters).getByRole('button', {
      name: 'Clear filters',
    }) as HTMLButtonElement;
    expect(clear.disabled).toBe(true);

    await user.click(within(filters).getByRole('checkbox', { name: /Relationship dimension/ }));
    expect(view.getState().filters.dimensions).toEqual(['relation']);
    expect(screen.getByRole('tab', { name: 'Filters (1)' })).toBeTruthy();
    expect(within(filters).getByRole('status').textContent).toBe(
      'Highlighted: 2 of 6 actors, 1 of 5 ties.',
    );

    // Motives are grouped by dimension, behind a disclosure.
    fireEvent.click(within(screen.getByTestId('filter-motives')).getByText('Motive'));
    const relationGroup = screen.getByRole('group', { name: 'Relationship dimension' });
    await user.click(
      within(relationGroup).getByRole('checkbox', { name: /Local fallback network/ }),
    );
    await user.click(within(filters).getByRole('checkbox', { name: /Weekly or more/ }));
    await user.click(within(filters).getByRole('checkbox', { name: /^Government/ }));
    expect(view.getState().filters).toEqual({
      dimensions: ['relation'],
      motives: ['fallback-network'],
      frequencies: ['weekly'],
      typeGroups: ['government'],
    });
    expect(screen.getByRole('tab', { name: 'Filters (4)' })).toBeTruthy();

    // Unticking removes just that value.
    await user.click(within(filters).getByRole('checkbox', { name: /Weekly or more/ }));
    expect(view.getState().filters.frequencies).toEqual([]);

    await user.click(within(filters).getByRole('button', { name: 'Clear filters (3)' }));
    expect(view.getState().filters).toEqual({
      dimensions: [],
      motives: [],
      frequencies: [],
      typeGroups: [],
    });
    // A section the user opened stays open when its last box is unticked.
    expect((screen.getByTestId('filter-motives') as HTMLDetailsElement).open).toBe(true);
    // Filters are view state: the document and its undo history are untouched.
    expect(store.current()).toBe(before);
    expect(store.canUndo()).toBe(false);
  });

  it('is keyboard accessible: arrow keys switch tabs, and it collapses and expands', async () => {
    const user = userEvent.setup();
    const { view } = renderEditor(<MapLegend />, { map: encodingMap() });
    const legendTab = screen.getByRole('tab', { name: 'Legend' });
    legendTab.focus();
    await user.keyboard('{ArrowRight}');
    const filtersTab = screen.getByRole('tab', { name: 'Filters' });
    expect(filtersTab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(filtersTab);
    expect(screen.getByTestId('filters').closest('[role="tabpanel"]')!.hasAttribute('hidden')).toBe(
      false,
    );
    await user.keyboard('{ArrowLeft}');
    expect(legendTab.getAttribute('aria-selected')).toBe('true');

    const toggle = screen.getByRole('button', { name: 'Hide legend and filters' });
    await user.click(toggle);
    expect(screen.queryByRole('tab')).toBeNull();
    // The same button stays, so keyboard focus is not lost.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legend and filters' }));
    act(() =>
      view.setState(
        patchView({ filters: { ...view.getState().filters, motives: ['quality-development'] } }),
      ),
    );
    const show = screen.getByRole('button', { name: 'Legend and filters (1 active)' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await user.click(show);
    expect(screen.getByRole('tab', { name: 'Filters (1)' })).toBeTruthy();
  });
});
