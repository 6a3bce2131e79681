import { expect, test } from '@playwright/test';
import { currentMap, drawn, openApp, openLibrary } from './helpers';

test('first start opens a sample map and draws every actor and tie', async ({ page }) => {
  await openApp(page);
  const map = await currentMap(page);
  const canvas = await drawn(page);
  expect(map).not.toBeNull();
  expect(map!.title).toContain('Basisschool De Regenboog');
  expect(map!.actors.length).toBeGreaterThanOrEqual(15);
  expect(canvas!.nodes.map((n) => n.id).sort()).toEqual(map!.actors.map((a) => a.id).sort());
  expect(canvas!.edges.sort()).toEqual(map!.ties.map((t) => t.id).sort());
  // Labels on the canvas are the model's labels.
  const byId = new Map(map!.actors.map((a) => [a.id, a.label]));
  for (const node of canvas!.nodes) expect(node.label).toBe(byId.get(node.id));
  // The school is in the middle of the drawing.
  const ego = map!.actors.find((a) => a.kind === 'ego')!;
  expect(map!.positions[ego.id]).toEqual({ x: 0, y: 0 });
  await expect(page.getByTestId('map-title')).toHaveText(map!.title);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
});

test('both sample maps are in the library and can be added again', async ({ page }) => {
  await openApp(page);
  const dialog = await openLibrary(page);
  const entries = dialog.getByTestId('library-entry');
  await expect(entries).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Add the sample maps' }).click();
  await expect(entries).toHaveCount(4);
  await expect(page.getByText('2 sample maps added to your library.')).toBeVisible();
});

test('the production build talks to no other origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== new URL(baseURL!).origin) {
      foreign.push(url.href);
    }
  });
  await openApp(page);
  expect(foreign).toEqual([]);
});
