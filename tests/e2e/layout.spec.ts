import { expect, test, type Page } from '@playwright/test';
import { currentMap, drawn, openApp, openLibrary } from './helpers';

const SECONDARY = 'Sint-Jozefscollege';

async function openSecondary(page: Page): Promise<void> {
  const dialog = await openLibrary(page);
  const entry = dialog.getByTestId('library-entry').filter({ hasText: SECONDARY });
  await entry.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByTestId('map-title')).toContainText(SECONDARY);
  if (await dialog.isVisible()) await page.keyboard.press('Escape');
  await page.waitForFunction(() => (window.__partnermap?.cy?.nodes().length ?? 0) > 30);
}

async function chooseLayout(page: Page, name: string): Promise<void> {
  await page.getByTestId('layout-menu').click();
  await page.getByRole('menuitemradio', { name, exact: true }).click();
  await expect(page.getByRole('menu')).toBeHidden();
}

/** Cytoscape draws every actor where the model puts it. */
async function expectDrawnAsModel(page: Page): Promise<Record<string, { x: number; y: number }>> {
  const positions = (await currentMap(page))!.positions;
  await expect
    .poll(async () => {
      const nodes = (await drawn(page))!.nodes.filter((n) => n.id in positions);
      return Object.fromEntries(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    })
    .toEqual(positions);
  return positions;
}

const layoutKind = (page: Page) =>
  page.evaluate(() => window.__partnermap?.view?.getState().layout?.kind ?? null);

test('rings, force and free on the secondary sample; one undo step each', async ({ page }) => {
  await openApp(page);
  await openSecondary(page);
  const original = await expectDrawnAsModel(page);
  const map = (await currentMap(page))!;
  const school = map.actors.find((a) => a.kind === 'ego')!.id;
  const guides = page.getByTestId('layout-guides');
  await expect(guides).toHaveCount(0);

  await chooseLayout(page, 'Rings by frequency');
  expect(await layoutKind(page)).toBe('rings-frequency');
  const rings = await expectDrawnAsModel(page);
  expect(rings[school]).toEqual({ x: 0, y: 0 });
  expect(rings).not.toEqual(original);
  await expect(guides).toBeVisible();
  for (const name of ['Education support', 'Schools and structures', 'Weekly or more']) {
    await expect(guides).toContainText(name);
  }
  await expect(page.getByTestId('layout-menu')).toHaveText(/Layout: Rings by frequency/);
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/layout-rings-frequency.png' });

  // The same layout again moves nothing and adds no undo step.
  const steps = () =>
    page.evaluate(() => window.__partnermap!.store!.getState().history!.past.length);
  const before = await steps();
  await chooseLayout(page, 'Rings by frequency');
  expect(await steps()).toBe(before);
  expect((await currentMap(page))!.positions).toEqual(rings);

  // One undo puts every actor back and takes the guides away.
  await page.getByTestId('undo').click();
  expect(await expectDrawnAsModel(page)).toEqual(original);
  await expect(guides).toHaveCount(0);
  await page.getByTestId('redo').click();
  expect(await expectDrawnAsModel(page)).toEqual(rings);
  await expect(guides).toBeVisible();

  await chooseLayout(page, 'Rings by position');
  const byPosition = await expectDrawnAsModel(page);
  expect(byPosition).not.toEqual(rings);
  await expect(guides).toContainText('Core actor');
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/layout-rings-position.png' });

  await page.getByLabel('Language').selectOption('nl');
  await expect(guides).toContainText('Onderwijsondersteuning');
  await expect(guides).toContainText('Kernactor');
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/layout-rings-position-nl.png' });
  // The menu stays inside the window, also when its button ends up at the right.
  await page.getByTestId('layout-menu').click();
  const box = (await page.getByRole('menu').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: '/tmp/layout-menu-nl.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await page.getByLabel('Taal').selectOption('en');

  await chooseLayout(page, 'Force');
  const force = await expectDrawnAsModel(page);
  expect(force[school]).toEqual({ x: 0, y: 0 });
  expect(force).not.toEqual(byPosition);
  await expect(guides).toHaveCount(0);
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/layout-force.png' });
  await page.getByTestId('undo').click();
  expect(await expectDrawnAsModel(page)).toEqual(byPosition);
  await expect(guides).toBeVisible();

  // Free hides the guides and leaves every actor where it is.
  await chooseLayout(page, 'Free');
  expect(await expectDrawnAsModel(page)).toEqual(byPosition);
  await expect(guides).toHaveCount(0);
});

test('the layout menu works from the keyboard, and the guides follow pan and zoom', async ({
  page,
}) => {
  await openApp(page);
  await openSecondary(page);
  await page.getByTestId('layout-menu').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitemradio', { name: 'Free' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('layout-menu')).toBeFocused();
  await expect(page.getByTestId('layout-guides')).toBeVisible();

  // The outer ring circle stays centred on the school while the map pans and zooms.
  const centreOfRings = () =>
    page.evaluate(() => {
      const circle = document.querySelector('[data-testid="layout-guides"] circle')!;
      return { x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
    });
  const schoolOnScreen = () =>
    page.evaluate(() => {
      const cy = window.__partnermap!.cy!;
      const ego = cy.nodes('[kind = "ego"]').first();
      return ego.renderedPosition();
    });
  await page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: 100, y: 80 } });
    cy.panBy({ x: 60, y: -40 });
  });
  await expect.poll(centreOfRings).toEqual(await schoolOnScreen());
  await page.screenshot({ path: '/tmp/layout-zoomed.png' });
});
