import { expect, test, type Page } from '@playwright/test';
import { currentMap, openApp, openLibrary } from './helpers';

async function freshMap(page: Page, school: string): Promise<void> {
  await openApp(page);
  const dialog = await openLibrary(page);
  await dialog.getByLabel("School's name").fill(school);
  await dialog.getByRole('button', { name: 'Create map' }).click();
  await expect(page.getByTestId('map-title')).toHaveText(school);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 1);
}

/** A tie with every field at its default, added straight to the model (one undo step). */
function addTieInModel(page: Page, source: string, target: string): Promise<string> {
  return page.evaluate(
    ([s, t]) => {
      const store = window.__partnermap!.store!;
      const id = 'tie-e2e';
      store.apply((map) => ({
        ...map,
        ties: [
          ...map.ties,
          {
            id: id as (typeof map.ties)[number]['id'],
            source: s as (typeof map.ties)[number]['source'],
            target: t as (typeof map.ties)[number]['target'],
            directed: false,
            motives: [],
            frequency: null,
            attributes: {},
            duration: '',
            notes: '',
            quotes: [],
          },
        ],
      }));
      return id;
    },
    [source, target],
  );
}

const tieInModel = (page: Page, id: string) =>
  page.evaluate(
    (tieId) => window.__partnermap!.store!.current()!.ties.find((t) => t.id === tieId),
    id,
  );

test('adds three actors with the keyboard only, then annotates a tie in the side panel', async ({
  page,
}) => {
  await freshMap(page, 'GO! Atheneum Zottegem');
  const name = page.getByRole('textbox', { name: 'New partner' });
  await name.focus();

  await page.keyboard.type('Hogeschool Gent');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Type of “Hogeschool Gent”' })).toBeFocused();
  await page.keyboard.type('teacher educ');
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();
  await expect(page.getByTestId('edit-notice')).toContainText('Added “Hogeschool Gent”');

  await page.keyboard.type('Stad Zottegem');
  await page.keyboard.press('Enter');
  await page.keyboard.type('bovenlokaal'); // the Dutch label, "(Boven)lokaal bestuur"
  await page.keyboard.press('Enter');

  await page.keyboard.type('CLB Zuid-Oost-Vlaanderen');
  await page.keyboard.press('Enter');
  await page.keyboard.type('clb');
  await page.screenshot({ path: '/tmp/inspector-quickadd-list.png' });
  await page.keyboard.press('Enter');
  await expect(name).toBeFocused();

  // Escape in the type step adds nothing.
  await page.keyboard.type('Per ongeluk');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Per ongeluk');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');

  const map = (await currentMap(page))!;
  expect(map.actors.map((a) => [a.label, a.type])).toEqual([
    ['GO! Atheneum Zottegem', null],
    ['Hogeschool Gent', 'teacher-education'],
    ['Stad Zottegem', 'government'],
    ['CLB Zuid-Oost-Vlaanderen', 'clb'],
  ]);
  // Each on a free spot of its own, and drawn there; none selected, so the flow goes on.
  const points = map.actors.map((a) => map.positions[a.id]!);
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(
        100,
      );
    }
  }
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 4);
  expect(await page.evaluate(() => window.__partnermap!.view!.getState().selection)).toBeNull();
  await page.screenshot({ path: '/tmp/inspector-quickadd.png' });

  // A tie between the school and the CLB, opened in the side panel through the view store.
  const [school, , , clb] = map.actors.map((a) => a.id);
  const tieId = await addTieInModel(page, school!, clb!);
  await page.evaluate(
    (id) =>
      window.__partnermap!.view!.setState((s) => ({
        ...s,
        selection: { kind: 'tie', id: id as never },
      })),
    tieId,
  );
  const panel = page.getByTestId('tie-panel');
  await expect(panel).toBeVisible();
  await panel.getByRole('checkbox', { name: 'Care and pupil guidance' }).check();
  await panel.getByRole('checkbox', { name: 'Local fallback network' }).check();
  await panel.getByRole('radio', { name: 'Monthly' }).check();
  await panel
    .getByRole('group', { name: /^Task dimension/ })
    .getByRole('button', { name: 'Show full wording' })
    .click();
  let tie = (await tieInModel(page, tieId))!;
  expect(tie.motives).toEqual(['care-and-guidance', 'fallback-network']);
  expect(tie.frequency).toBe('monthly');
  // The canvas draws the tie with its new frequency.
  await page.waitForFunction((id) => window.__partnermap?.cy?.getElementById(id).nonempty(), tieId);
  await page.locator('aside.side-panel').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: '/tmp/inspector-tie.png' });

  // Ctrl+Z (outside a text field) undoes the frequency; the panel follows.
  await panel.getByRole('radio', { name: 'Monthly' }).focus();
  await page.keyboard.press('Control+z');
  await expect(panel.getByRole('radio', { name: 'Not discussed' })).toBeChecked();
  tie = (await tieInModel(page, tieId))!;
  expect(tie.frequency).toBeNull();

  // From the tie to its endpoint, the actor panel.
  await panel.getByRole('button', { name: 'Open CLB Zuid-Oost-Vlaanderen' }).click();
  const actorPanel = page.getByTestId('actor-panel');
  await expect(actorPanel).toBeVisible();
  await actorPanel.getByRole('radio', { name: /^Core actor/ }).check();
  await actorPanel.getByRole('radio', { name: 'Supporter' }).check();
  await page.locator('aside.side-panel').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: '/tmp/inspector-actor.png' });
  const clbActor = await page.evaluate(
    (id) => window.__partnermap!.store!.current()!.actors.find((a) => a.id === id),
    clb!,
  );
  expect([clbActor!.position, clbActor!.triangleRole]).toEqual(['core', 'supporter']);

  // Delete with undo: the actor and its tie go, and come back.
  await actorPanel.getByRole('button', { name: 'Delete actor' }).click();
  await expect(page.getByTestId('edit-notice')).toContainText(
    'Deleted “CLB Zuid-Oost-Vlaanderen” and its ties (1).',
  );
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 3);
  await page.screenshot({ path: '/tmp/inspector-deleted.png' });
  await expect(page.getByTestId('edit-notice').getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__partnermap?.cy?.edges().length === 1);
  expect((await currentMap(page))!.actors).toHaveLength(4);
  await expect(page.getByTestId('actor-panel')).toBeVisible();
});

test('tapping an actor on the canvas opens its panel', async ({ page }) => {
  await openApp(page);
  const target = await page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    const node = cy.nodes('[kind = "external"]').first();
    const r = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { id: node.id(), x: box.left + r.x, y: box.top + r.y };
  });
  await page.mouse.click(target.x, target.y);
  const panel = page.getByTestId('actor-panel');
  await expect(panel).toBeVisible();
  const label = await page.evaluate(
    (id) => window.__partnermap!.store!.current()!.actors.find((a) => a.id === id)!.label,
    target.id,
  );
  await expect(panel.getByRole('textbox', { name: 'Name' })).toHaveValue(label);
});

test.describe('on a classroom touch screen, in Dutch', () => {
  test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, locale: 'nl-BE' });

  test('the panels and the quick-add bar fit and read well', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('combobox', { name: 'Taal' })).toHaveValue('nl'); // from nl-BE
    const tie = await page.evaluate(() => {
      const map = window.__partnermap!.store!.current()!;
      return [...map.ties].sort((a, b) => b.motives.length - a.motives.length)[0]!.id;
    });
    await page.evaluate(
      (id) =>
        window.__partnermap!.view!.setState((s) => ({
          ...s,
          selection: { kind: 'tie', id: id as never },
        })),
      tie,
    );
    await expect(page.getByTestId('tie-panel')).toBeVisible();
    await expect(page.getByTestId('inspector').getByRole('heading')).toContainText('Relatie');
    await page.screenshot({ path: '/tmp/inspector-tie-nl.png' });
    await page.getByTestId('tie-panel').getByText('Waar', { exact: true }).tap();
    await page.getByTestId('attributes-where').scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/inspector-tie-nl-where.png' });

    const actor = await page.evaluate(
      () => window.__partnermap!.store!.current()!.actors.find((a) => a.kind === 'external')!.id,
    );
    await page.evaluate(
      (id) =>
        window.__partnermap!.view!.setState((s) => ({
          ...s,
          selection: { kind: 'actor', id: id as never },
        })),
      actor,
    );
    await expect(page.getByTestId('actor-panel')).toBeVisible();
    await page.screenshot({ path: '/tmp/inspector-actor-nl.png' });

    await page.getByRole('textbox', { name: 'Nieuwe partner' }).tap();
    await page.keyboard.type('Sportclub Eendracht');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('combobox', { name: 'Soort van “Sportclub Eendracht”' }),
    ).toBeFocused();
    await page.screenshot({ path: '/tmp/inspector-quickadd-nl.png' });
    await page.getByRole('option', { name: /^Culturele organisaties/ }).tap();
    const added = (await currentMap(page))!.actors.find((a) => a.label === 'Sportclub Eendracht');
    expect(added?.type).toBe('cultural-org');
  });
});
