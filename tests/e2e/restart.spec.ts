import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { currentMap, openApp, openLibrary } from './helpers';

test('maps survive closing and restarting the browser', async ({ baseURL, launchOptions }) => {
  const profile = await mkdtemp(join(tmpdir(), 'partnermap-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, locale: 'en-GB' });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    const dialog = await openLibrary(page);
    await dialog.getByLabel("School's name").fill('Atheneum Zuid');
    await dialog.getByRole('button', { name: 'Create map' }).click();
    await expect(page.getByTestId('map-title')).toHaveText('Atheneum Zuid');
    const created = await currentMap(page);
    await context.close(); // no wait for autosave: closing the page must flush it

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await openApp(page);
    expect((await currentMap(page))?.id).toBe(created!.id);
    await expect((await openLibrary(page)).getByTestId('library-entry')).toHaveCount(3);
    await context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
