import { expect, test, type Page } from '@playwright/test';
import { exportCsvFiles, exportMap } from '../../src/io';
import { readFileSync } from 'node:fs';
import { parseMap } from '../../src/model';
import { currentMap, openApp, openLibrary, waitForSaved } from './helpers';

// Read from disk: Playwright's loader does not take the JSON imports of tests/fixtures/samples.ts.
function loadSampleMap(name: string) {
  const raw = JSON.parse(readFileSync(`sample-maps/${name}.partnermap.json`, 'utf8')) as {
    map: unknown;
  };
  const parsed = parseMap(raw.map);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.map;
}

interface FileSpec {
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: number[];
}
const spec = (
  name: string,
  bytes: Uint8Array,
  mimeType = 'application/octet-stream',
): FileSpec => ({
  name,
  mimeType,
  bytes: [...bytes],
});

/** Drops files on the page as a user dragging them from the file manager would. */
async function dropFiles(page: Page, files: readonly FileSpec[]): Promise<void> {
  const transfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files)
      dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
    return dt;
  }, files);
  const target = page.locator('.canvas-pane');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

const GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="undirected">
    <node id="n0"><data key="d0">Basisschool De Linde</data></node>
    <node id="n1"><data key="d0">CLB Brugge</data></node>
    <node id="n2"><data key="d0">Pedagogische begeleiding</data></node>
    <edge source="n0" target="n1"><data key="d1">3</data></edge>
    <edge source="n0" target="n2"><data key="d1">1</data></edge>
    <edge source="n0" target="n9"/>
  </graph>
</graphml>`;

test('import a GraphML file from the header: report, confirm, and it is kept', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('open-import').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'de-linde.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(GRAPHML),
  });
  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText('3 actors and 2 ties from de-linde.graphml (GraphML).');
  await expect(report.locator('[data-code="tie-unknown-endpoint"]')).toContainText('“n9”');
  await dialog.getByRole('button', { name: 'Add to the library and open' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('map-title')).toHaveText('de-linde');
  await expect(page.getByRole('status').filter({ hasText: 'Imported “de-linde”.' })).toBeVisible();
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 3);
  const imported = await currentMap(page);
  expect(imported!.actors.map((a) => a.label)).toEqual([
    'Basisschool De Linde',
    'CLB Brugge',
    'Pedagogische begeleiding',
  ]);
  await waitForSaved(page);

  await page.reload();
  await openApp(page);
  expect((await currentMap(page))!.id).toBe(imported!.id);
});

test('drop two Excel-style CSV files (Windows-1252, semicolons) and map their columns, in Dutch', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('nl');
  const map = loadSampleMap('secondary-school');
  const [actors, ties] = exportCsvFiles(map, { delimiter: ';' });
  // Excel in Belgium saves "CSV (puntkomma)" as Windows-1252 without a BOM: re-encode.
  // The browser's table (Node before 23 decodes 0x80–0x9F as Latin-1 control characters).
  const table = await page.evaluate(() =>
    Array.from({ length: 256 }, (_, b) => new TextDecoder('windows-1252').decode(Uint8Array.of(b))),
  );
  const cp1252 = new Map(table.map((char, byte) => [char, byte]));
  const latin1 = (bytes: Uint8Array) => {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    return Uint8Array.from([...text].map((c) => cp1252.get(c) ?? 63));
  };
  await dropFiles(page, [
    spec('partners.csv', latin1(actors.bytes), 'text/csv'),
    spec('banden.csv', latin1(ties.bytes), 'text/csv'),
  ]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByRole('heading', { name: 'Controleer de kolommen' })).toBeVisible();
  await expect(
    dialog.getByText(/partners\.csv: \d+ rijen, scheidingsteken “;”, windows-1252/),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Importeren met deze kolommen' }).click();
  const report = dialog.getByTestId('import-report');
  await expect(report).toContainText(`${map.actors.length} actoren en ${map.ties.length} banden`);
  await expect(report.locator('[data-code="encoding-fallback"]')).toContainText('windows-1252');
  await dialog.getByRole('button', { name: 'Toevoegen aan de bibliotheek en openen' }).click();
  await expect(dialog).toBeHidden();
  const imported = await currentMap(page);
  const accented = map.actors.find((a) => [...a.label].some((c) => c.charCodeAt(0) > 127));
  if (accented) expect(imported!.actors.map((a) => a.label)).toContain(accented.label);
  expect(imported!.ties).toHaveLength(map.ties.length);
});

test('a bad file ends in a clear error and nothing is added to the library', async ({ page }) => {
  await openApp(page);
  let library = await openLibrary(page);
  const before = await library.getByTestId('library-entry').count();
  await library.getByTestId('library-import').click();
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'lol.graphml',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>\n<graphml>&lol2;</graphml>',
    ),
  });
  await expect(dialog.getByTestId('import-error')).toContainText('Line 2: the file declares');
  await expect(dialog.getByTestId('import-error')).toContainText('Nothing was imported.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  library = await openLibrary(page);
  await expect(library.getByTestId('library-entry')).toHaveCount(before);
});

test('a PartnerMap file already in the library comes back as a copy', async ({ page }) => {
  await openApp(page);
  const open = await page.evaluate(() => window.__partnermap!.store!.current()!);
  const file = exportMap(open, 'native');
  await dropFiles(page, [spec(file.name, file.bytes, file.mime)]);
  const dialog = page.getByTestId('import-dialog');
  await dialog.getByRole('button', { name: 'Add to the library and open' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'as a copy' })).toBeVisible();
  const copy = await currentMap(page);
  expect(copy!.id).not.toBe(open.id);
  expect(copy!.actors).toHaveLength(open.actors.length);
});

test('a PNG exported with the map embedded reopens as that map when dropped on the app', async ({
  page,
}) => {
  await openApp(page);
  const open = await page.evaluate(() => window.__partnermap!.store!.current()!);
  await page.getByTestId('open-export').click();
  const exportDialog = page.getByTestId('export-dialog');
  await exportDialog.getByTestId('export-format-png').check();
  await expect(exportDialog.getByTestId('export-embedMap')).toBeChecked();
  await expect(exportDialog.getByTestId('export-download')).toBeEnabled();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportDialog.getByTestId('export-download').click(),
  ]);
  const png = readFileSync((await download.path())!);
  await page.keyboard.press('Escape');
  await expect(exportDialog).toBeHidden();

  await dropFiles(page, [spec(download.suggestedFilename(), png, 'image/png')]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-report')).toContainText(
    `${open.actors.length} actors and ${open.ties.length} ties`,
  );
  await dialog.getByRole('button', { name: 'Add to the library and open' }).click();
  const reopened = await page.evaluate(() => window.__partnermap!.store!.current()!);
  expect(reopened.actors).toEqual(open.actors);
  expect(reopened.ties).toEqual(open.ties);
  expect(reopened.positions).toEqual(open.positions);
});
