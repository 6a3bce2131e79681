import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { importFile } from '../../src/io';
import type { PartnerMapDoc } from '../../src/model';
import { openApp } from './helpers';

async function download(page: Page, format: string): Promise<{ name: string; bytes: Uint8Array }> {
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId(`data-format-${format}`).check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('data-download').click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test('the data exports reopen as the same map (native exactly, the others field by field)', async ({
  page,
}) => {
  await openApp(page);
  const map = (await page.evaluate(() => window.__partnermap!.store!.current()))! as PartnerMapDoc;
  await page.getByTestId('open-export').click();

  const native = await download(page, 'native');
  expect(native.name).toMatch(/\.partnermap\.json$/);
  const back = importFile(native.name, native.bytes);
  if (!back.ok) throw new Error(JSON.stringify(back.error));
  expect(back.map).toEqual(map);

  for (const format of ['graphml', 'gexf'] as const) {
    const file = await download(page, format);
    expect(file.name).toMatch(new RegExp(`\\.${format}$`));
    const read = importFile(file.name, file.bytes);
    if (!read.ok) throw new Error(`${format}: ${JSON.stringify(read.error)}`);
    expect(read.map.actors).toEqual(map.actors);
    expect(read.map.ties).toEqual(map.ties);
  }
});

test('CSV export in Dutch: a zip of two tables split on semicolons, with a BOM', async ({
  page,
}) => {
  await openApp(page);
  await page.getByLabel('Language').selectOption('nl');
  const map = (await page.evaluate(() => window.__partnermap!.store!.current()))! as PartnerMapDoc;
  await page.getByTestId('open-export').click();
  await page.getByTestId('data-format-csv').check();
  await expect(page.getByTestId('data-delimiter')).toHaveValue(';');
  const csv = await download(page, 'csv');
  expect(csv.name).toMatch(/-csv\.zip$/);
  const files = unzipSync(csv.bytes);
  expect(Object.keys(files).sort()).toEqual(['actors.csv', 'ties.csv']);
  expect([...files['actors.csv']!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM
  const actors = new TextDecoder().decode(files['actors.csv']);
  expect(actors.split('\r\n')[0]).toContain(';label;');
  await expect(page.getByTestId('export-dialog').getByRole('status').last()).toContainText(
    'is bewaard bij je downloads',
  );
  const read = importFile(csv.name, csv.bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  expect(read.map.actors.map((a) => a.label)).toEqual(map.actors.map((a) => a.label));
  expect(read.map.ties).toHaveLength(map.ties.length);
});
