import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

const view = (page: Page) =>
  page.evaluate(() => {
    const state = window.__partnermap!.view!.getState();
    return {
      step: state.protocolStep,
      presentation: state.presentation,
      selection: state.selection,
    };
  });

// axe-core runs take a few seconds each; leave room when other runs share the machine.
test.describe.configure({ timeout: 60_000 });

/** Serious or critical axe-core violations inside the given parts of the page. */
async function seriousViolations(page: Page, selectors: readonly string[]) {
  let builder = new AxeBuilder({ page });
  for (const selector of selectors) builder = builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const fullscreenElement = (page: Page) =>
  page.evaluate(() => document.fullscreenElement?.tagName ?? null);

test('the guided protocol runs through its five steps on the sample map', async ({ page }) => {
  await openApp(page);
  const panel = page.getByTestId('protocol-panel');
  const title = page.getByTestId('protocol-step-title');
  await expect(panel).toHaveCount(0);

  await page.getByRole('button', { name: 'Guided protocol' }).click();
  await expect(title).toHaveText('Who');
  await expect(panel.getByText('Step 1 of 5')).toBeVisible();
  await expect(page.getByTestId('protocol-prompts')).toContainText(
    'Which partners outside the school do you learn with?',
  );
  const partners = await page.evaluate(
    () => window.__partnermap!.store!.current()!.actors.filter((a) => a.kind === 'external').length,
  );
  await expect(page.getByTestId('protocol-who-counts')).toContainText(
    `Partners on the map: ${partners}`,
  );
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/protocol-panel-who.png' });
  expect(await seriousViolations(page, ['[data-testid="protocol-panel"]', '.toolbar'])).toEqual([]);

  await panel.getByRole('button', { name: 'Next' }).click();
  expect((await view(page)).step).toBe('when-where');
  // Every sample tie has a frequency; most have no setting: the list lets the facilitator pick one.
  await expect(page.getByTestId('protocol-without-frequency')).toContainText(
    'Every tie has a contact frequency.',
  );
  const settingList = page.getByTestId('protocol-without-setting');
  const first = settingList.getByRole('button').first();
  const firstLabel = (await first.textContent()) ?? '';
  expect(firstLabel).toContain(' – ');
  await first.click();
  const selected = (await view(page)).selection;
  expect(selected?.kind).toBe('tie');
  const selectedOnCanvas = await page.evaluate(
    (id) => window.__partnermap!.cy!.getElementById(id).data('selected') === true,
    selected!.id,
  );
  expect(selectedOnCanvas).toBe(true);
  await expect(first).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: '/tmp/protocol-panel-when-where.png' });
  expect(await seriousViolations(page, ['[data-testid="protocol-panel"]'])).toEqual([]);

  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(title).toHaveText('Why');
  await expect(page.getByTestId('protocol-without-motive')).toContainText(
    'Every tie has at least one motive.',
  );
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(title).toHaveText('How and what');
  await expect(page.getByTestId('protocol-without-how-what')).toBeVisible();
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect(title).toHaveText('Review');
  await expect(page.getByTestId('protocol-missing-groups')).toHaveText('International');
  await page.screenshot({ path: '/tmp/protocol-panel-review.png' });

  // The facilitator jumps back with the keyboard, then switches the language live.
  await panel.getByRole('button', { name: /When and where/ }).focus();
  await page.keyboard.press('Enter');
  expect((await view(page)).step).toBe('when-where');
  await page.locator('.language-select select').selectOption('nl');
  await expect(title).toHaveText('Wanneer en waar');
  await expect(page.getByTestId('protocol-prompts')).toContainText(
    'Hoe vaak hebben jullie contact met deze partner?',
  );
  await page.locator('.language-select select').selectOption('en');

  await panel.getByRole('button', { name: 'Leave' }).click();
  await expect(panel).toHaveCount(0);
  expect((await view(page)).step).toBeNull();
  await expect(page.getByRole('button', { name: 'Guided protocol' })).toBeFocused();
});

test('presentation mode hides the editing chrome and shows the step large', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Guided protocol' }).click();
  await page.getByTestId('protocol-next').click();
  await page.getByRole('button', { name: 'Present' }).click();

  expect((await view(page)).presentation).toBe(true);
  await expect(page.locator('.app.presentation')).toHaveCount(1);
  await expect(page.getByRole('toolbar')).toBeHidden();
  await expect(page.getByTestId('open-library')).toBeHidden();
  const exit = page.getByTestId('exit-presentation');
  await expect(exit).toBeVisible();
  await expect(exit).toBeFocused();
  await expect(page.getByTestId('protocol-prompts')).toContainText('How often are you in contact');
  await expect(page.getByTestId('protocol-without-setting')).toHaveCount(0);
  const promptSize = await page
    .getByTestId('protocol-prompts')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(promptSize).toBeGreaterThanOrEqual(24);
  const titleSize = await page
    .getByTestId('map-title')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual(24);
  // Headless Chromium may grant or refuse full screen; either way the mode must hold.
  const granted = (await fullscreenElement(page)) !== null;
  test.info().annotations.push({ type: 'fullscreen', description: String(granted) });
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/protocol-presentation.png' });
  expect(
    await seriousViolations(page, ['[data-testid="protocol-panel"]', '.presentation-controls']),
  ).toEqual([]);
  // The same on a 1080p projector, in Dutch.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.locator('.language-select select').selectOption('nl', { force: true });
  await expect(page.getByTestId('protocol-step-title')).toHaveText('Wanneer en waar');
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/protocol-presentation-1080p-nl.png' });
  await page.locator('.language-select select').selectOption('en', { force: true });
  await expect(page.getByTestId('protocol-step-title')).toHaveText('When and where');

  // A presenter's clicker sends Page Down.
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('protocol-step-title')).toHaveText('Why');

  await exit.click();
  expect((await view(page)).presentation).toBe(false);
  expect(await fullscreenElement(page)).toBeNull();
  await expect(page.getByRole('toolbar')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  await expect(exit).toHaveCount(0);
});

test('Escape leaves presentation mode, and so does the browser leaving full screen', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('exit-presentation')).toBeVisible();
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/protocol-presentation-map.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('exit-presentation')).toHaveCount(0);
  expect((await view(page)).presentation).toBe(false);
  expect(await fullscreenElement(page)).toBeNull();

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('exit-presentation')).toBeVisible();
  if ((await fullscreenElement(page)) !== null) {
    await page.evaluate(() => document.exitFullscreen());
    await expect(page.getByTestId('exit-presentation')).toHaveCount(0);
    expect((await view(page)).presentation).toBe(false);
  } else {
    await expect(
      page.getByRole('status').filter({ hasText: 'Full screen is not available' }),
    ).toBeVisible();
  }
});
