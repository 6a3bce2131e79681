import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Actor id by label in the open map. */
function actorId(page: Page, label: string) {
  return page.evaluate((name) => {
    const actor = window.__partnermap!.store!.current()!.actors.find((a) => a.label === name);
    if (!actor) throw new Error(`no actor ${name}`);
    return String(actor.id);
  }, label);
}

/** Labels of the nodes whose data field is true. */
function nodesWith(page: Page, field: string) {
  return page.evaluate(
    (name) =>
      window
        .__partnermap!.cy!.nodes()
        .filter((n) => n.data(name) === true)
        .map((n) => String(n.data('label')))
        .sort(),
    field,
  );
}

/** Rendered node widths by label (Cytoscape's computed style). */
function widths(page: Page) {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    window.__partnermap!.cy!.nodes().forEach((n) => {
      out[String(n.data('label'))] = parseFloat(String(n.style('width')));
    });
    return out;
  });
}

/** Whether the actor's centre is inside the canvas and not under an overlay such as the legend. */
function uncovered(page: Page, label: string) {
  return page.evaluate((name) => {
    const cy = window.__partnermap!.cy!;
    const box = cy.nodes(`[label = "${name}"]`).renderedBoundingBox({ includeLabels: false });
    const at = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
    const frame = cy.container()!.getBoundingClientRect();
    if (at.x < 0 || at.y < 0 || at.x > frame.width || at.y > frame.height) return false;
    const hit = document.elementFromPoint(frame.left + at.x, frame.top + at.y);
    return hit !== null && cy.container()!.contains(hit);
  }, label);
}

/** What the model says: actors, distinct tied pairs, actors without a tie. */
function modelFigures(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnermap!.store!.current()!;
    const pairs = new Set(map.ties.map((t) => [t.source, t.target].sort().join('|')));
    const tied = new Set(map.ties.flatMap((t) => [t.source, t.target]));
    return {
      actors: map.actors.length,
      ties: pairs.size,
      isolates: map.actors.filter((a) => !tied.has(a.id)).map((a) => a.label),
    };
  });
}

async function openAnalysis(page: Page) {
  await openApp(page);
  await page.getByTestId('analysis-toggle').click();
  const panel = page.getByTestId('analysis-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('analysis-status')).toContainText('Up to date');
  return panel;
}

const figureValue = (page: Page, id: string) =>
  page.locator(`[data-figure="${id}"] .analysis-figure-value`);

test('the figures match the model; an edit updates the analysis', async ({ page }) => {
  const panel = await openAnalysis(page);
  const model = await modelFigures(page);
  expect(model.isolates).toEqual(['Wijkcomité Brugse Poort']);
  await expect(figureValue(page, 'actors')).toHaveText(String(model.actors));
  await expect(figureValue(page, 'ties')).toHaveText(String(model.ties));
  await expect(figureValue(page, 'isolates')).toHaveText('1');
  await expect(page.locator('[data-figure="isolates"]')).toContainText('Wijkcomité Brugse Poort');
  await expect(page.locator('[data-figure="cutPoints"]')).toContainText('CLB Gent');
  await expect(panel.getByTestId('analysis-metrics').locator('tbody tr')).toHaveCount(model.actors);
  await expect(
    panel.getByRole('button', { name: /Wijkcomité Brugse Poort is on the map but has no tie/ }),
  ).toBeVisible();
  await page.screenshot({ path: '/tmp/analysis-panel.png' });

  // Tie the isolated committee to the school in the table: the analysis follows.
  await page.getByText('Table', { exact: true }).click();
  await page.getByTestId('table-tab-ties').click();
  await page.getByTestId('add-tie-source').focus();
  await page.keyboard.type('Wijkcomité');
  await page.keyboard.press('Enter');
  await page.getByTestId('add-tie-target').focus();
  await page.keyboard.type('Regenboog');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await modelFigures(page)).ties).toBe(model.ties + 1);
  await expect(figureValue(page, 'ties')).toHaveText(String(model.ties + 1));
  await expect(figureValue(page, 'isolates')).toHaveText('0');
  await expect(
    panel.getByRole('button', { name: /Wijkcomité Brugse Poort is on the map but has no tie/ }),
  ).toHaveCount(0);
  await expect(page.getByTestId('analysis-status')).toContainText('Up to date');
});

test('an insight highlights its actors on the canvas; Escape clears', async ({ page }) => {
  const panel = await openAnalysis(page);
  const insight = panel.getByRole('button', {
    name: /Only CLB Gent connects you to Huis van het Kind Gent/,
  });
  await insight.click();
  await expect(insight).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(() => nodesWith(page, 'markFocus'))
    .toEqual(['CLB Gent', 'Huis van het Kind Gent']);
  const dimmed = await nodesWith(page, 'markDim');
  expect(dimmed).toContain('Zorgteam');
  expect(dimmed).not.toContain('CLB Gent');
  expect(
    await page.evaluate(() =>
      Number(window.__partnermap!.cy!.nodes('[label = "Zorgteam"]').style('opacity')),
    ),
  ).toBeLessThan(0.5);
  await expect(page.getByTestId('analysis-focus-bar')).toContainText(
    'Highlighted: CLB Gent, Huis van het Kind Gent.',
  );
  // Huis van het Kind starts under the legend: the view moves to show both.
  await expect.poll(() => uncovered(page, 'Huis van het Kind Gent')).toBe(true);
  await expect.poll(() => uncovered(page, 'CLB Gent')).toBe(true);
  await page.screenshot({ path: '/tmp/analysis-insight.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('analysis-focus-bar')).toHaveCount(0);
  expect(await nodesWith(page, 'markDim')).toEqual([]);
  await expect(insight).toHaveAttribute('aria-pressed', 'false');
});

test('size by betweenness, the marks, and what depends on CLB Gent', async ({ page }) => {
  const panel = await openAnalysis(page);
  // Core actors (with a star) and cut-points are marked in the canvas data.
  const core = await nodesWith(page, 'markCore');
  expect(core).toContain('CLB Gent');
  expect(core).toHaveLength(5);
  expect(
    await page.evaluate(() =>
      String(window.__partnermap!.cy!.nodes('[label = "CLB Gent"]').style('label')),
    ),
  ).toBe('★ CLB Gent');
  expect(await nodesWith(page, 'markCutPoint')).toEqual([
    'Basisschool De Regenboog',
    'CLB Gent',
    'Leerkrachten 3de graad',
    'Zorgteam',
  ]);

  const before = await widths(page);
  await panel.getByTestId('analysis-size-by').selectOption('betweenness');
  await expect.poll(async () => (await widths(page))['Basisschool De Regenboog']).toBe(70);
  const after = await widths(page);
  expect(after['Wijkcomité Brugse Poort']).toBe(20);
  expect(after['CLB Gent']).toBeGreaterThan(20);
  expect(after['CLB Gent']).toBeLessThan(after['Basisschool De Regenboog']!);
  expect(after['CLB Gent']).not.toBe(before['CLB Gent']);
  await page.screenshot({ path: '/tmp/analysis-size.png' });
  // A closer look for the eye: zoomed in on the school.
  await page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    const box = cy.nodes('[kind = "ego"]').boundingBox();
    cy.zoom({ level: 1.3, position: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
  });
  await page.screenshot({ path: '/tmp/analysis-size-zoomed.png' });

  // "What depends on CLB Gent", from the cut-points in the figures.
  await panel.getByRole('button', { name: 'Show what depends on CLB Gent' }).first().click();
  await expect(page.getByTestId('analysis-focus-bar')).toContainText(
    'Showing what depends on CLB Gent: 1 actor would lose its link with the school',
  );
  await expect.poll(() => nodesWith(page, 'markFocus')).toEqual(['CLB Gent']);
  await expect.poll(() => uncovered(page, 'Huis van het Kind Gent')).toBe(true);
  const labels = Object.keys(after);
  const bright = labels.filter((l) => l !== 'CLB Gent' && l !== 'Huis van het Kind Gent');
  expect(await nodesWith(page, 'markDim')).toEqual(bright.sort());
  const clb = await actorId(page, 'CLB Gent');
  expect(await page.evaluate(() => window.__partnermap!.view!.getState().dependsOn)).toBe(clb);
  await page.screenshot({ path: '/tmp/analysis-depends.png' });
  await page.getByTestId('analysis-focus-bar').getByRole('button', { name: 'Clear' }).click();
  expect(await nodesWith(page, 'markDim')).toEqual([]);

  // Closing the panel takes the sizes and marks off the map.
  await panel.getByRole('button', { name: 'Close', exact: true }).click();
  await expect.poll(async () => (await widths(page))['Basisschool De Regenboog']).toBe(48);
  expect(await nodesWith(page, 'markCore')).toEqual([]);
});

test('export the metrics as a Dutch CSV', async ({ page }) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('nl');
  await page.getByTestId('analysis-toggle').click();
  await expect(page.getByTestId('analysis-status')).toContainText('Bijgewerkt');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('analysis-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^Basisschool-De-Regenboog.*-analyse\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
  const rows = bytes.toString('utf8').slice(1).split('\r\n');
  expect(rows[0]).toMatch(/^Actor;Graad;Graad \(aandeel\);Contactintensiteit;/);
  const school = rows.find((r) => r.startsWith('Basisschool De Regenboog;'))!.split(';');
  expect(school[1]).toBe('21');
  expect(school[2]).toBe('0,807692');
  expect(rows.find((r) => r.startsWith('Wijkcomité Brugse Poort;'))).toBeDefined();
  expect(rows.filter((r) => r !== '')).toHaveLength(28);
});

test.describe('on a tall screen', () => {
  test.use({ viewport: { width: 1280, height: 2400 } });

  test('the whole panel in Dutch, for the eye', async ({ page }) => {
    await openApp(page);
    await page.getByLabel('Language').selectOption('nl');
    await page.getByTestId('analysis-toggle').click();
    await expect(page.getByTestId('analysis-status')).toContainText('Bijgewerkt');
    await page.getByRole('button', { name: 'Leg de kolommen uit' }).click();
    const sections = page.getByTestId('analysis-panel').locator('.analysis-section');
    for (let i = 0; i < (await sections.count()); i++) {
      await sections.nth(i).screenshot({ path: `/tmp/analysis-panel-nl-${i}.png` });
    }
  });
});

test('the panel and the focus bar: keyboard only, no serious accessibility violations', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openApp(page);
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page })
      .include('[data-testid="analysis-panel"]')
      .include('.analysis-focus-bar')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, what).toEqual([]);
  };
  // The toolbar button opens the panel and moves focus to its title.
  await page.getByTestId('analysis-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Network analysis' })).toBeFocused();
  await expect(page.getByTestId('analysis-status')).toContainText('Up to date');
  await check('open');
  // Tab to the first insight and choose it with the keyboard.
  await page.keyboard.press('Tab'); // the Close button
  await page.keyboard.press('Tab'); // the insights' summary
  await page.keyboard.press('Tab'); // the first insight
  await expect(page.getByRole('button', { name: /Only CLB Gent connects you/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('analysis-focus-bar')).toBeVisible();
  await check('with a highlight');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('analysis-focus-bar')).toHaveCount(0);
  // Sort by a column with the keyboard.
  const header = page.getByRole('button', { name: /^Betweenness/ });
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[data-column="betweenness"]')).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await page.getByRole('button', { name: 'Explain the columns' }).click();
  await check('sorted, columns explained');
  // Close returns focus to the toolbar button.
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByTestId('analysis-toggle')).toBeFocused();
});
