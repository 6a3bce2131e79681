import { expect, test } from '@playwright/test';
import { drawn, openApp } from './helpers';

test('switch to Dutch: labels change live and the choice is remembered', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('open-library')).toHaveText('Maps');
  const before = await drawn(page);
  const clb = before!.nodes.find((n) => n.typeLabel.startsWith('Pupil-guidance'));
  expect(clb).toBeDefined();

  await page.getByLabel('Language').selectOption('nl');
  await expect(page.getByTestId('open-library')).toHaveText('Kaarten');
  await expect(page.getByTestId('save-status')).toHaveText('Bewaard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.waitForFunction(
    (id) => String(window.__partnermap?.cy?.getElementById(id).data('typeLabel')).startsWith('CLB'),
    clb!.id,
  );

  await page.reload();
  await openApp(page);
  await expect(page.getByTestId('open-library')).toHaveText('Kaarten');
  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByTestId('open-library')).toHaveText('Maps');
});

test.describe('with a Dutch browser', () => {
  test.use({ locale: 'nl-BE' });
  test('the first choice follows the browser language', async ({ page }) => {
    await openApp(page);
    await expect(page.getByTestId('open-library')).toHaveText('Kaarten');
  });
});
