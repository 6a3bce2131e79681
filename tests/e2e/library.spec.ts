import { expect, test } from '@playwright/test';
import { currentMap, drawn, openApp, openLibrary, waitForSaved } from './helpers';

test('create a map, reload, and find it again', async ({ page }) => {
  await openApp(page);
  let dialog = await openLibrary(page);
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(dialog.getByRole('alert')).toHaveText("Type the school's name first.");
  await dialog.getByLabel("School's name").fill('Basisschool Het Klavertje');
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByTestId('map-title')).toHaveText('Basisschool Het Klavertje');
  const map = await currentMap(page);
  expect(map!.actors).toEqual([
    expect.objectContaining({ kind: 'ego', label: 'Basisschool Het Klavertje' }),
  ]);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 1);

  await page.reload();
  await openApp(page);
  expect((await currentMap(page))!.id).toBe(map!.id);
  expect((await drawn(page))!.nodes.map((n) => n.label)).toEqual(['Basisschool Het Klavertje']);
  dialog = await openLibrary(page);
  await expect(dialog.getByTestId('library-entry')).toHaveCount(3);
  await expect(dialog.locator(`[data-map-id="${map!.id}"]`)).toContainText('Open now');
});

test('rename, duplicate and delete (with confirmation) maps', async ({ page }) => {
  await openApp(page);
  const open = await currentMap(page);
  const dialog = await openLibrary(page);
  const row = dialog.locator(`[data-map-id="${open!.id}"]`);
  await row.getByRole('button', { name: 'Rename' }).click();
  await row.getByRole('textbox').fill('Onze kaart 2026');
  await row.getByRole('button', { name: 'Save title' }).click();
  await expect(row.locator('.entry-title')).toHaveText('Onze kaart 2026');
  await expect(page.getByTestId('map-title')).toHaveText('Onze kaart 2026');

  await row.getByRole('button', { name: 'Duplicate' }).click();
  const entries = dialog.getByTestId('library-entry');
  await expect(entries).toHaveCount(3);
  await expect(dialog.getByText('Copy of Onze kaart 2026')).toBeVisible();

  const copy = entries.filter({ hasText: 'Copy of Onze kaart 2026' });
  await copy.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.locator('dialog.confirm-dialog');
  await expect(confirm).toContainText('Delete "Copy of Onze kaart 2026"?');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(entries).toHaveCount(3);
  await copy.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete map' }).click();
  await expect(entries).toHaveCount(2);

  await page.reload();
  await openApp(page);
  await expect(page.getByTestId('map-title')).toHaveText('Onze kaart 2026');
  await expect((await openLibrary(page)).getByTestId('library-entry')).toHaveCount(2);
});

test('a drag is saved and survives a reload', async ({ page }) => {
  await openApp(page);
  const map = await currentMap(page);
  const target = map!.actors.find((a) => a.kind !== 'ego')!;
  const box = await page.locator('.map-canvas').boundingBox();
  const screen = await page.evaluate((id) => {
    const node = window.__partnermap!.cy!.getElementById(id);
    return node.renderedPosition();
  }, target.id);
  const from = { x: box!.x + screen.x, y: box!.y + screen.y };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y + 30, { steps: 5 });
  await page.mouse.move(from.x + 80, from.y + 60, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(
    ([id, x]) => (window.__partnermap?.store?.current()?.positions[id]?.x ?? x) !== x,
    [target.id, map!.positions[target.id]!.x] as const,
  );
  await waitForSaved(page);
  const moved = (await currentMap(page))!.positions[target.id]!;
  expect(moved.x).toBeGreaterThan(map!.positions[target.id]!.x);

  await page.reload();
  await openApp(page);
  expect((await currentMap(page))!.positions[target.id]).toEqual(moved);
  const node = (await drawn(page))!.nodes.find((n) => n.id === target.id)!;
  expect({ x: node.x, y: node.y }).toEqual(moved);
});
