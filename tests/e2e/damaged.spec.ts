import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp, openLibrary } from './helpers';

const BROKEN = {
  schemaVersion: 1,
  id: 'map-broken',
  title: 'Half-written map',
  actors: [{ id: 'a-1', label: 7 }],
};

test('a stored map that fails validation is listed as damaged and can be downloaded as it is', async ({
  page,
}) => {
  await openApp(page);
  // Write a broken record straight into IndexedDB, as a bug or a newer version might.
  await page.evaluate(
    (doc) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('partnermap');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('maps', 'readwrite');
          tx.objectStore('maps').put({
            id: doc.id,
            title: doc.title,
            updatedAt: '2026-11-20T09:00:00.000Z',
            doc,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    BROKEN,
  );
  await page.reload();
  await openApp(page);
  const dialog = await openLibrary(page);
  const row = dialog.locator('[data-map-id="map-broken"]');
  await expect(row).toContainText('Damaged: cannot be opened');
  await expect(row).toContainText('actors[0].label');
  await expect(row.getByRole('button', { name: 'Open' })).toHaveCount(0);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByRole('button', { name: 'Download as it is' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Half-written-map.partnermap.json');
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(saved).toEqual(BROKEN);

  // Still there after a reload: a damaged map is never dropped or overwritten.
  await page.reload();
  await openApp(page);
  await expect((await openLibrary(page)).locator('[data-map-id="map-broken"]')).toContainText(
    'Damaged',
  );
});
