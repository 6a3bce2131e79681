import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateMap } from '../fixtures/generateMap';
import { currentMap, drawn, openApp } from './helpers';

async function showTables(page: Page, view: 'Table' | 'Map and table' = 'Table') {
  // The radio itself is visually hidden inside its label (a segmented control).
  await page.getByRole('radio', { name: view, exact: true }).locator('..').click();
  await expect(page.getByTestId('table-view')).toBeVisible();
}

test('adds an actor and a tie with the keyboard only; the canvas shows them', async ({ page }) => {
  await openApp(page);
  await showTables(page);
  const before = (await currentMap(page))!;

  // Into the grid: from the "Actors" tab, Tab reaches the grid's one tabbable cell.
  await page.getByTestId('table-tab-actors').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('actors-grid').locator(':focus')).toHaveCount(1);
  // To the "new actor" row: Ctrl+End to the last cell, Home to its first.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  await page.keyboard.type('Bibliotheek Gent');
  await page.keyboard.press('Enter');
  // The type picker opens at once; type to filter and Enter to pick.
  const typeBox = page.getByRole('combobox', { name: 'Type of Bibliotheek Gent' });
  await expect(typeBox).toBeFocused();
  await page.keyboard.type('media-library');
  await page.keyboard.press('Enter');
  // Back in the last row, ready for the next name; Escape leaves it.
  await expect(page.getByRole('textbox', { name: 'New actor' })).toBeFocused();
  await page.keyboard.press('Escape');

  let map = (await currentMap(page))!;
  const added = map.actors.find((a) => a.label === 'Bibliotheek Gent')!;
  expect(added).toMatchObject({ kind: 'external', type: 'library-staff' });
  expect(map.actors).toHaveLength(before.actors.length + 1);
  expect(map.positions[added.id]).toBeDefined();
  await expect(page.getByTestId('table-tab-actors')).toHaveText(
    `Actors (${before.actors.length + 1})`,
  );
  await page.screenshot({ path: '/tmp/table-actors.png' });

  // The ties table: Shift+Tab back to the tabs, arrow to "Ties", Tab to the "From" picker.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('table-tab-actors')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('table-tab-ties')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('add-tie-source')).toBeFocused();
  await page.keyboard.type('Bibliotheek Gent');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Regenboog');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // adds the tie
  await expect(page.getByTestId('table-status')).toHaveText(
    'Added the tie Bibliotheek Gent – Basisschool De Regenboog.',
  );

  // The same pair again is refused: the existing tie is selected and focused.
  await page.getByTestId('add-tie-target').focus();
  await page.keyboard.type('Regenboog');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('table-status')).toContainText('already have a tie');
  await expect(page.getByTestId('ties-grid').locator('tr[aria-selected="true"]')).toHaveCount(1);

  map = (await currentMap(page))!;
  expect(map.ties).toHaveLength(before.ties.length + 1);
  const tie = map.ties.find((t) => t.source === added.id)!;
  const school = map.actors.find((a) => a.kind === 'ego')!;
  expect(tie.target).toBe(school.id);

  // Motives from the keyboard: arrow to the motives cell, Enter, Space ticks, Enter saves.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Space');
  await page.screenshot({ path: '/tmp/table-motives.png' });
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const motives = await page.evaluate(
    (id) => window.__partnermap?.store?.current()?.ties.find((t) => t.id === id)?.motives,
    tie.id,
  );
  expect(motives).toEqual(['exchange-design-materials']);
  await page.screenshot({ path: '/tmp/table-ties.png' });

  // Ctrl+Z (focus on a cell, not in a text field) undoes the motives.
  await page.keyboard.press('Control+z');
  const undone = await page.evaluate(
    (id) => window.__partnermap?.store?.current()?.ties.find((t) => t.id === id)?.motives,
    tie.id,
  );
  expect(undone).toEqual([]);

  // Beside the canvas: Cytoscape draws the new actor and tie.
  await showTables(page, 'Map and table');
  await page.waitForFunction(
    ({ actor, edge }) => {
      const cy = window.__partnermap?.cy;
      return !!cy && cy.getElementById(actor).nonempty() && cy.getElementById(edge).nonempty();
    },
    { actor: added.id, edge: tie.id },
  );
  const canvas = (await drawn(page))!;
  expect(canvas.nodes.find((n) => n.id === added.id)?.label).toBe('Bibliotheek Gent');
  expect(canvas.edges).toContain(tie.id);
  await page.screenshot({ path: '/tmp/table-split.png' });
});

// Timing belongs in `npm run bench`; this checks that a large map works at all.
test('works with 300 actors and 900 ties', async ({ page }) => {
  await openApp(page);
  const big = generateMap({ actors: 300, ties: 900, seed: 7 });
  await page.evaluate((map) => window.__partnermap?.store?.open(map), big);
  await showTables(page);
  await page.getByTestId('table-tab-ties').click();
  await expect(page.getByTestId('ties-grid').locator('tbody tr')).toHaveCount(900);

  // One edit: rename an actor from the actors table.
  await page.getByTestId('table-tab-actors').click();
  const cell = page.getByTestId('actors-grid').locator('tbody tr').nth(5).locator('th');
  await cell.click();
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Renamed actor');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('actors-grid').getByText('Renamed actor')).toBeVisible();
  const renamed = await page.evaluate(
    () =>
      window.__partnermap!.store!.current()!.actors.filter((a) => a.label === 'Renamed actor')
        .length,
  );
  expect(renamed).toBe(1);
});

test('the ties table, a cell editor and the motives dialog pass axe-core', async ({ page }) => {
  test.setTimeout(90_000); // axe walks every row
  const serious = async () =>
    (await new AxeBuilder({ page }).include('[data-testid="table-view"]').analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await openApp(page);
  await showTables(page);
  await page.getByTestId('table-tab-ties').click();
  expect(await serious(), 'ties table').toEqual([]);
  const grid = page.getByTestId('ties-grid');
  await grid.locator('tbody tr').first().locator('td').nth(2).click();
  await page.keyboard.press('Enter');
  await expect(grid.getByRole('combobox')).toBeFocused();
  expect(await serious(), 'frequency editor').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await serious(), 'motives dialog').toEqual([]);
});
