import { test } from '@playwright/test';
import { openApp, openLibrary } from './helpers';

// Screenshots of the main screens for the README and for a person to look at.
// Written only on request (npm run screenshots), so a normal test run leaves the tree clean.
test.skip(!process.env.PARTNERMAP_SCREENSHOTS, 'set PARTNERMAP_SCREENSHOTS=1 to write screenshots');

const DIR = 'tests/e2e/screenshots';

test('main screens', async ({ page }) => {
  await openApp(page);
  await page.waitForTimeout(300); // let the canvas finish its first paint
  await page.screenshot({ path: `${DIR}/map.png` });
  await openLibrary(page);
  await page.screenshot({ path: `${DIR}/library.png` });
  await page.keyboard.press('Escape');
  await page.getByLabel('Language').selectOption('nl');
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${DIR}/map-nl.png` });
});
