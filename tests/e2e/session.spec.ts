import { expect, test, type Page } from '@playwright/test';
import { currentMap, openApp, waitForSaved } from './helpers';

/**
 * Issue 3's two end-to-end sessions: a map built with the keyboard only, and one built with
 * the mouse. Both end with a reload that must bring back everything.
 */

const PARTNERS = [
  ['CLB Gent', 'clb'],
  ['Pedagogische begeleiding', 'pedagogical'],
  ['UGent', 'university'],
  ['Stad Gent', 'bovenlokaal'],
  ['Bibliotheek De Krook', 'library'],
] as const;

/** Everything the model holds that a reload must keep, in a comparable form. */
async function snapshot(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnermap!.store!.current()!;
    const label = (id: string) => map.actors.find((a) => a.id === id)?.label;
    return {
      title: map.title,
      actors: map.actors.map((a) => [a.label, a.type]),
      ties: map.ties.map((t) => [label(t.source), label(t.target), t.motives, t.frequency]),
    };
  });
}

test('keyboard only: 5 actors, 4 ties with motives and frequency, undo/redo, Dutch, reload', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openApp(page);

  // A new map from the library.
  await page.getByTestId('open-library').focus();
  await page.keyboard.press('Enter');
  await page.getByLabel("School's name").focus();
  await page.keyboard.type('Basisschool Het Anker');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map-title')).toHaveText('Basisschool Het Anker');

  // Five partners with the quick-add bar: name, Enter, type, Enter.
  await page.getByRole('textbox', { name: 'New partner' }).focus();
  for (const [name, type] of PARTNERS) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.keyboard.type(type);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('edit-notice')).toContainText(`Added “${name}”`);
  }

  // Four ties in the table view, with the two comboboxes.
  await page.getByRole('radio', { name: 'Map', exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // the segmented control is a radio group
  await expect(page.getByTestId('table-view')).toBeVisible();
  await page.getByTestId('table-tab-ties').focus();
  await page.keyboard.press('Enter');
  for (const [name] of PARTNERS.slice(0, 4)) {
    await page.getByTestId('add-tie-source').focus();
    await page.keyboard.type('Het Anker');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('table-status')).toContainText(`Added the tie`);
  }
  await expect(page.getByTestId('table-tab-ties')).toHaveText('Ties (4)');

  // Motives (first motive ticked) and frequency (first level) for each tie, cell by cell.
  const grid = page.getByTestId('ties-grid');
  await grid.locator('[tabindex="0"]').first().focus();
  await page.keyboard.press('Control+Home'); // the header row
  await page.keyboard.press('ArrowDown'); // the first tie
  for (let row = 0; row < 4; row++) {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight'); // motives
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.keyboard.press('ArrowRight'); // frequency
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
  }
  let model = await snapshot(page);
  expect(model.ties).toHaveLength(4);
  for (const tie of model.ties) {
    expect(tie[2]).toEqual(['exchange-design-materials']);
    expect(tie[3]).toBe('yearly');
  }
  expect(model.actors.slice(1).map((a) => a[1])).toEqual([
    'clb',
    'pedagogical-support',
    'university',
    'government',
    'library-staff',
  ]);

  // Undo the last frequency, redo it.
  await page.keyboard.press('Control+z');
  expect((await snapshot(page)).ties[3]![3]).toBeNull();
  await page.keyboard.press('Control+Shift+z');
  expect((await snapshot(page)).ties[3]![3]).toBe('yearly');

  // Switch to Dutch with the keyboard.
  await page.getByLabel('Language').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('open-library')).toHaveText('Kaarten');
  await expect(page.getByTestId('table-tab-ties')).toHaveText(/Relaties \(4\)/);

  await waitForSaved(page);
  model = await snapshot(page);
  await page.reload();
  await openApp(page);
  expect(await snapshot(page)).toEqual(model);
  await expect(page.getByTestId('open-library')).toHaveText('Kaarten');
});

/** Screen point of an actor on the canvas. */
async function pointOf(page: Page, id: string) {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const p = await page.evaluate(
    (nodeId) => window.__partnermap!.cy!.getElementById(nodeId).renderedPosition(),
    id,
  );
  return { x: box.x + p.x, y: box.y + p.y };
}

test('with the mouse: add actors, drag ties, annotate, undo and redo, reload', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  await page.getByTestId('open-library').click();
  await page.getByLabel("School's name").fill('Sint-Lutgardisschool');
  await page.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByTestId('map-title')).toHaveText('Sint-Lutgardisschool');

  // Names must be typed; the type is picked with the mouse from the list.
  const name = page.getByRole('textbox', { name: 'New partner' });
  for (const [label, option] of [
    ['CLB Antwerpen', /^Pupil-guidance centre/],
    ['Karel de Grote Hogeschool', /^Teacher-education institute/],
    ['Stad Antwerpen', /^Local or supra-local government/],
  ] as const) {
    await name.click();
    await name.fill(label);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('option', { name: option }).click();
    await expect(page.getByTestId('edit-notice')).toContainText(`Added “${label}”`);
  }
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 4);
  await page.waitForTimeout(300); // the view animates to show the new actors

  // Draw ties by dragging from the school to each partner.
  await page.getByRole('button', { name: 'Draw ties' }).click();
  const actors = (await currentMap(page))!.actors;
  const school = actors[0]!;
  for (const partner of actors.slice(1)) {
    const from = await pointOf(page, school.id);
    const to = await pointOf(page, partner.id);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
  }
  await page.getByRole('button', { name: 'Draw ties' }).click();
  await expect.poll(async () => (await currentMap(page))!.ties.length).toBe(3);

  // The last drawn tie is selected: annotate it in the side panel with clicks.
  const panel = page.getByTestId('tie-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Connect people for co-creation' }).click();
  await panel.getByRole('radio', { name: 'Weekly or more' }).click();
  let model = await snapshot(page);
  expect(model.ties[2]).toEqual([
    'Sint-Lutgardisschool',
    'Stad Antwerpen',
    ['connect-for-cocreation'],
    'weekly',
  ]);

  await page.getByTestId('undo').click();
  expect((await snapshot(page)).ties[2]![3]).toBeNull();
  await page.getByTestId('redo').click();
  expect((await snapshot(page)).ties[2]![3]).toBe('weekly');

  await waitForSaved(page);
  model = await snapshot(page);
  await page.reload();
  await openApp(page);
  expect(await snapshot(page)).toEqual(model);
});
