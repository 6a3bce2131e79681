import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { currentMap, openApp, openLibrary } from './helpers';

/** Serious and critical axe-core violations on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const setView = (page: Page, patch: Record<string, unknown>) =>
  page.evaluate((p) => window.__partnermap!.view!.setState((s) => ({ ...s, ...p })), patch);

for (const locale of ['en-GB', 'nl-BE']) {
  test.describe(`main screens (${locale})`, () => {
    test.use({ locale });

    test('no serious or critical accessibility violations', async ({ page }) => {
      test.setTimeout(90_000); // axe walks every table row of the sample map
      await openApp(page);
      expect(await seriousViolations(page), 'map').toEqual([]);

      const map = (await currentMap(page))!;
      const actor = map.actors.find((a) => a.kind === 'external')!;
      await setView(page, { selection: { kind: 'actor', id: actor.id } });
      expect(await seriousViolations(page), 'actor selected').toEqual([]);

      await setView(page, { selection: { kind: 'tie', id: map.ties[0]!.id } });
      expect(await seriousViolations(page), 'tie selected').toEqual([]);

      await setView(page, { selection: null, workspace: 'table' });
      expect(await seriousViolations(page), 'table view').toEqual([]);

      await setView(page, { workspace: 'split', protocolStep: 'who' });
      expect(await seriousViolations(page), 'split view with protocol').toEqual([]);

      await setView(page, { workspace: 'canvas', protocolStep: null });
      await openLibrary(page);
      expect(await seriousViolations(page), 'library').toEqual([]);

      await page.getByTestId('library-import').click();
      const csv = 'Naam;Soort\r\nCLB Gent;clb\r\n';
      await page.getByTestId('import-file').setInputFiles([
        { name: 'actors.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
        { name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from('van;naar\r\nA;B\r\n') },
      ]);
      await expect(page.locator('.import-sheet')).toHaveCount(2);
      expect(await seriousViolations(page), 'import: CSV columns').toEqual([]);
    });
  });
}
