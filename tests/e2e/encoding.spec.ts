import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Ties of the open map with their dimension set, as the model holds them. */
function modelTies(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnermap!.store!.current()!;
    const dimOf = new Map(map.codebook.motives.map((m) => [m.id, m.group]));
    return map.ties.map((t) => ({
      id: String(t.id),
      source: String(t.source),
      target: String(t.target),
      dims: [...new Set(t.motives.map((m) => dimOf.get(m)))],
      informal: (t.attributes['formality'] ?? []).includes('informal'),
      frequency: t.frequency,
    }));
  });
}

/** What Cytoscape computed for an element: style values, data and visibility. */
function styleOf(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const ele = window.__partnermap!.cy!.getElementById(elementId);
    const get = (name: string) => String(ele.style(name));
    return {
      lineFill: ele.isEdge() ? get('line-fill') : '',
      lineStyle: ele.isEdge() ? get('line-style') : '',
      stops: ele.isEdge() ? get('line-gradient-stop-colors') : '',
      width: get('width'),
      shape: ele.isNode() ? get('shape') : '',
      colour: ele.isNode() ? get('background-color') : get('line-color'),
      label: get('label'),
      opacity: Number(ele.style('opacity')),
      visible: ele.visible(),
      data: ele.data() as Record<string, unknown>,
    };
  }, id);
}

test('the canvas shows the annotations, the legend matches, filters fade', async ({ page }) => {
  await openApp(page);
  const ties = await modelTies(page);
  const multi = ties.find((t) => t.dims.length >= 2)!;
  const single = ties.find((t) => t.dims.length === 1 && !t.informal)!;
  const informal = ties.find((t) => t.informal)!;
  const ego = await page.evaluate(() =>
    String(window.__partnermap!.store!.current()!.actors.find((a) => a.kind === 'ego')!.id),
  );

  // Several dimensions: hard colour bands along the tie plus every dimension's letter.
  const m = await styleOf(page, multi.id);
  expect(m.lineFill).toBe('linear-gradient');
  expect(m.label).toMatch(/^[TRG](·[TRG])+$/);
  expect(m.label.split('·')).toHaveLength(multi.dims.length);
  expect(m.data['multi']).toBe(true);
  const s = await styleOf(page, single.id);
  expect(s.lineFill).toBe('solid');
  expect(s.label).toMatch(/^[TRG]$/);
  expect((await styleOf(page, informal.id)).lineStyle).toBe('dashed');
  expect(s.lineStyle).toBe('solid');

  // The legend lists the drawn dimension combinations.
  const overlay = page.getByTestId('legend-overlay');
  await expect(overlay).toBeVisible();
  const legendTies = await page
    .getByTestId('legend-ties')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
  const drawnTies = await page.evaluate(() => [
    ...new Set(window.__partnermap!.cy!.edges().map((e) => String(e.data('dimensions')))),
  ]);
  expect(new Set(legendTies)).toEqual(new Set(drawnTies));
  await page.screenshot({ path: '/tmp/encoding-type-group.png' });

  // Colour by position: shapes and the legend change together.
  const clb = await page.evaluate(() =>
    String(window.__partnermap!.store!.current()!.actors.find((a) => a.type === 'clb')!.id),
  );
  const before = await styleOf(page, clb);
  await page.getByLabel('Colour actors by').selectOption('position');
  await expect(overlay.getByRole('heading', { name: 'Actors by position' })).toBeVisible();
  const after = await styleOf(page, clb);
  expect(after.data['category']).toMatch(/^category:(core|context|anchoring|framing)$/);
  expect(`${after.shape}/${after.colour}`).not.toBe(`${before.shape}/${before.colour}`);
  const legendActors = await page
    .getByTestId('legend-actors')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
  const drawnActors = await page.evaluate(() => [
    ...new Set(window.__partnermap!.cy!.nodes().map((n) => String(n.data('category')))),
  ]);
  expect(new Set(legendActors)).toEqual(new Set(drawnActors));
  await page.screenshot({ path: '/tmp/encoding-position.png' });

  // Filter on the relationship dimension from the legend's Filters tab.
  await overlay.getByRole('tab', { name: 'Filters' }).click();
  await overlay.getByRole('checkbox', { name: /Relationship dimension/ }).check();
  await expect(overlay.getByRole('tab', { name: 'Filters (1)' })).toBeVisible();
  expect(
    await page.evaluate(() => window.__partnermap!.view!.getState().filters.dimensions),
  ).toEqual(['relation']);
  const relation = ties.find((t) => t.dims.includes('relation'))!;
  const other = ties.find((t) => !t.dims.includes('relation'))!;
  const kept = await styleOf(page, relation.id);
  const faded = await styleOf(page, other.id);
  expect(kept.data['faded']).toBe(false);
  expect(faded.data['faded']).toBe(true);
  expect(faded.opacity).toBeLessThan(0.2);
  expect(faded.visible).toBe(true); // faded, not hidden
  expect(kept.opacity).toBeGreaterThan(0.9);
  expect((await styleOf(page, ego)).data['faded']).toBe(false);
  expect(await page.evaluate(() => window.__partnermap!.cy!.edges().length)).toBe(ties.length);
  // An actor without a single relationship tie fades.
  const withRelation = new Set(
    ties.filter((t) => t.dims.includes('relation')).flatMap((t) => [t.source, t.target]),
  );
  const lonely = await page.evaluate(
    (keep) =>
      window
        .__partnermap!.cy!.nodes()
        .filter((n) => !keep.includes(n.id()))
        .map((n) => n.id()),
    [...withRelation],
  );
  expect(lonely.length).toBeGreaterThan(0);
  for (const id of lonely.slice(0, 3)) {
    if (id !== ego) expect((await styleOf(page, id)).data['faded']).toBe(true);
  }
  await page.screenshot({ path: '/tmp/encoding-filtered.png' });

  // An edit keeps the encoding: give the single-dimension tie a growth and a relation motive.
  await page.evaluate((tieId) => {
    window.__partnermap!.store!.apply((map) => ({
      ...map,
      ties: map.ties.map((t) =>
        t.id === tieId
          ? { ...t, motives: [...t.motives, 'quality-development', 'fallback-network'] }
          : t,
      ),
    }));
  }, single.id);
  await expect.poll(async () => (await styleOf(page, single.id)).lineFill).toBe('linear-gradient');
  expect((await styleOf(page, single.id)).data['faded']).toBe(false); // now has a relation motive

  await overlay.getByRole('button', { name: 'Clear filters (1)' }).click();
  await expect.poll(async () => (await styleOf(page, other.id)).data['faded']).toBe(false);
  expect((await styleOf(page, other.id)).opacity).toBeGreaterThan(0.9);
});

test('a close look at the ties, for the eye', async ({ page }) => {
  await openApp(page);
  const ties = await modelTies(page);
  const multi = ties.find((t) => t.dims.length === 3) ?? ties.find((t) => t.dims.length === 2)!;
  await page.evaluate((id) => {
    const cy = window.__partnermap!.cy!;
    const edge = cy.getElementById(id);
    cy.fit(edge.union(edge.connectedNodes()), 120);
  }, multi.id);
  await page.screenshot({ path: '/tmp/encoding-zoom.png' });
  await page.getByTestId('legend').evaluate((el) => el.parentElement!.scrollTo(0, 10_000));
  await page.getByTestId('legend-overlay').screenshot({ path: '/tmp/encoding-legend-end.png' });
  await page.getByTestId('legend-tab-filters').click();
  await page.getByTestId('filter-motives').locator('summary').click();
  await page.screenshot({ path: '/tmp/encoding-filters-panel.png' });
  // An actor without a type and a tie without motives, close up.
  await page.evaluate(() => {
    const store = window.__partnermap!.store!;
    const ego = store.current()!.actors.find((a) => a.kind === 'ego')!;
    store.apply((map) => ({
      ...map,
      actors: [
        ...map.actors,
        {
          id: 'a-eye' as typeof ego.id,
          label: 'Nieuwe partner',
          kind: 'external',
          type: null,
          position: null,
          triangleRole: null,
          resources: [],
          notes: '',
        },
      ],
      positions: { ...map.positions, 'a-eye': { x: -140, y: 90 } },
      ties: [
        ...map.ties,
        {
          ...map.ties[0]!,
          id: 't-eye' as (typeof map.ties)[number]['id'],
          source: ego.id,
          target: 'a-eye' as typeof ego.id,
          motives: [],
          frequency: null,
          attributes: {},
        },
      ],
    }));
  });
  await page.waitForFunction(() => window.__partnermap!.cy!.getElementById('t-eye').nonempty());
  await page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    cy.fit(cy.getElementById('t-eye').connectedNodes(), 160);
  });
  expect(await styleOf(page, 't-eye')).toMatchObject({ label: '', lineFill: 'solid' });
  expect((await styleOf(page, 'a-eye')).data['category']).toBe('not-set');
  await page.getByTestId('legend-toggle').click(); // collapse, to see the canvas behind
  await page.screenshot({ path: '/tmp/encoding-not-set.png' });
  await page.getByTestId('legend-toggle').click();
  await page.getByLabel('Language').selectOption('nl');
  await page.getByTestId('legend-tab-legend').click();
  await page.screenshot({ path: '/tmp/encoding-nl.png' });
});

test('the legend and filters have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  await openApp(page);
  const overlay = page.getByTestId('legend-overlay');
  const check = async (what: string) => {
    const results = await new AxeBuilder({ page }).include('.legend-overlay').analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, what).toEqual([]);
  };
  await check('legend');
  await overlay.getByRole('tab', { name: 'Filters' }).click();
  const closed = overlay.locator('details:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await overlay.getByRole('checkbox', { name: /Growth dimension/ }).check();
  await check('filters, all sections open, one filter on');
  // Keyboard only: collapse with Enter, expand again, and reach the tabs.
  await page.getByTestId('legend-toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Legend and filters (1 active)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overlay.getByRole('tab', { name: 'Filters (1)' })).toBeVisible();
  await check('expanded again');
});
