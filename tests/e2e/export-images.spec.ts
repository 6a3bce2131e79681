import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readMapFromPng } from '../../src/io/image/png';
import { currentMap, openApp, openLibrary } from './helpers';
import { readPdf } from './pdfText';

// PNG, SVG and PDF exports of both sample maps, made through the Export dialog and checked as
// files: sizes, pixels that are not background, every label, the map inside the PNG.
// With PARTNERMAP_SCREENSHOTS=1 the primary map's exports are also written for a person to see.

const SHOTS = process.env.PARTNERMAP_SCREENSHOTS ? 'tests/e2e/screenshots' : null;
const SECONDARY = 'Sint-Jozefscollege';

async function openSecondary(page: Page) {
  // On the open canvas: both samples have a tie "t-1" between other actors (canvas/sync.ts).
  const dialog = await openLibrary(page);
  await dialog
    .getByTestId('library-entry')
    .filter({ hasText: SECONDARY })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await expect(page.getByTestId('map-title')).toContainText(SECONDARY);
  await page.waitForFunction(() => (window.__partnermap?.cy?.nodes().length ?? 0) > 30);
}

async function openExport(page: Page): Promise<Locator> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-download')).toBeEnabled();
  return dialog;
}

/** Clicks Download and returns the file's name and bytes. */
async function download(page: Page, dialog: Locator) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-download').click(),
  ]);
  const path = await file.path();
  await expect(dialog.getByTestId('export-status')).toContainText('Downloaded');
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

const pixelsOf = (text: string) => {
  const [width, height] = (text.match(/[\d,.]+/g) ?? []).map((n) => Number(n.replace(/\D/g, '')));
  return { width: width!, height: height! };
};

/** The PNG decoded in the page: its size and how many pixels are not background. */
function inspectPng(page: Page, bytes: Uint8Array, transparent: boolean) {
  return page.evaluate(
    async ({ base64, transparent }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        const white = pixels[i]! > 245 && pixels[i + 1]! > 245 && pixels[i + 2]! > 245;
        if (transparent ? pixels[i + 3]! > 0 : !white) inked += 1;
      }
      return { width: bitmap.width, height: bitmap.height, inked, cornerAlpha: pixels[3]! };
    },
    { base64: Buffer.from(bytes).toString('base64'), transparent },
  );
}

/** The PNG's size from its IHDR chunk, without decoding it. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function exportPng(page: Page, dialog: Locator, size: string, transparent = false) {
  await dialog.getByTestId('export-format-png').check();
  await dialog.getByTestId('export-size').selectOption(size);
  await dialog.getByTestId(`export-background-${transparent ? 'transparent' : 'white'}`).check();
  const planned = pixelsOf((await dialog.getByTestId('export-pixel-size').textContent()) ?? '');
  const file = await download(page, dialog);
  expect(file.name).toMatch(/\.png$/);
  return { planned, file };
}

async function checkPngOfMap(page: Page, dialog: Locator, sizes: readonly string[]) {
  const map = (await currentMap(page))!;
  const expected: Record<string, { width: number; height: number }> = {
    'a4-portrait': { width: 2480, height: 3508 },
    'a4-landscape': { width: 3508, height: 2480 },
    'a3-portrait': { width: 3508, height: 4961 },
    'a3-landscape': { width: 4961, height: 3508 },
  };
  const measured: Record<string, { width: number; height: number }> = {};
  for (const size of sizes) {
    const { planned, file } = await exportPng(page, dialog, size);
    const png = await inspectPng(page, file.bytes, false);
    expect({ width: png.width, height: png.height }, size).toEqual(planned);
    if (expected[size]) expect(planned, size).toEqual(expected[size]);
    // Not blank: the map, its labels and the legend cover a fair share of the picture.
    expect(png.inked / (png.width * png.height), size).toBeGreaterThan(0.02);
    // The map travels inside the picture.
    const envelope = JSON.parse(readMapFromPng(file.bytes)!);
    expect(envelope.format).toBe('partnermap');
    expect(envelope.map.id).toBe(map.id);
    expect(envelope.map.actors).toHaveLength(map.actors.length);
    measured[size] = planned;
    if (SHOTS && size === 'screen' && map.title.includes('Regenboog')) {
      writeFileSync(`${SHOTS}/export-primary.png`, file.bytes);
    }
  }
  if (measured.screen && measured.double) {
    expect(Math.abs(measured.double.width - 2 * measured.screen.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(measured.double.height - 2 * measured.screen.height)).toBeLessThanOrEqual(1);
  }
}

async function checkSvgOfMap(page: Page, dialog: Locator) {
  const map = (await currentMap(page))!;
  await dialog.getByTestId('export-format-svg').check();
  const file = await download(page, dialog);
  expect(file.name).toMatch(/\.svg$/);
  const shown = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const labels: Record<string, string> = {};
    for (const g of doc.querySelectorAll('g[data-label]')) {
      const lines = [...g.querySelectorAll('text')].map((t) => t.textContent ?? '');
      labels[g.getAttribute('data-label')!] = lines.join(' ');
    }
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: doc.documentElement.nodeName,
      labels,
      scripts: doc.getElementsByTagName('script').length,
    };
  }, new TextDecoder().decode(file.bytes));
  expect(shown.errors).toBe(0);
  expect(shown.root).toBe('svg');
  expect(shown.scripts).toBe(0);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');
  for (const actor of map.actors)
    expect(words(shown.labels[actor.id] ?? ''), actor.label).toBe(words(actor.label));
}

async function checkPdfOfMap(page: Page, dialog: Locator, orientation: 'portrait' | 'landscape') {
  const map = (await currentMap(page))!;
  await dialog.getByTestId('export-format-pdf').check();
  await dialog.getByTestId(`export-orientation-${orientation}`).check();
  const file = await download(page, dialog);
  expect(file.name).toMatch(/\.pdf$/);
  const pdf = readPdf(file.bytes);
  expect(pdf.header).toMatch(/^%PDF-1\.\d/);
  expect(pdf.pages).toBeGreaterThanOrEqual(2);
  const a4 = orientation === 'portrait' ? [595.28, 841.89] : [841.89, 595.28];
  for (const [w, h] of pdf.mediaBoxes) {
    expect(w).toBeCloseTo(a4[0]!, 1);
    expect(h).toBeCloseTo(a4[1]!, 1);
  }
  expect(pdf.embeddedFonts).toBe(2); // DejaVu Sans and DejaVu Sans Bold, subset
  const flat = pdf.text.replace(/\s+/g, '');
  // Every label twice: on the map and in the metrics table.
  for (const actor of map.actors) {
    // A character the font lacks (an emoji) prints as a replacement mark.
    const label = [...actor.label.replace(/\s+/g, '')]
      .map((ch) => (ch.codePointAt(0)! > 0xffff ? '\uFFFD' : ch))
      .join('');
    expect(flat.split(label).length - 1, actor.label).toBeGreaterThanOrEqual(2);
  }
  expect(pdf.text).toContain(map.title);
  return { pdf, bytes: file.bytes };
}

test.describe('image exports through the Export dialog', () => {
  test.describe.configure({ timeout: 180_000 });

  test('primary map: PNG at every size, transparent, clamped; SVG; PDF', async ({ page }) => {
    await openApp(page);
    const dialog = await openExport(page);
    await checkPngOfMap(page, dialog, [
      'screen',
      'double',
      'a4-portrait',
      'a4-landscape',
      'a3-portrait',
      'a3-landscape',
    ]);

    const { file } = await exportPng(page, dialog, 'screen', true);
    const clear = await inspectPng(page, file.bytes, true);
    expect(clear.cornerAlpha).toBe(0);
    expect(clear.inked / (clear.width * clear.height)).toBeGreaterThan(0.02);

    // Too large for a canvas: the dialog says so and the picture is drawn at the clamped size.
    await dialog.getByTestId('export-size').selectOption('custom');
    await dialog.getByTestId('export-custom-width').fill('40000');
    const notice = dialog.getByTestId('export-clamped');
    await expect(notice).toContainText('A browser cannot draw a picture of 40,000 ×');
    const numbers = ((await notice.textContent()) ?? '')
      .match(/[\d,]+/g)!
      .map((n) => Number(n.replace(/,/g, '')));
    const clamped = { width: numbers[2]!, height: numbers[3]! };
    expect(clamped.width).toBeLessThanOrEqual(16_384);
    expect(clamped.width * clamped.height).toBeLessThanOrEqual(120_000_000);
    const big = await download(page, dialog);
    expect(pngSize(big.bytes)).toEqual(clamped);
    await dialog.getByTestId('export-size').selectOption('screen');

    await checkSvgOfMap(page, dialog);
    const { pdf, bytes } = await checkPdfOfMap(page, dialog, 'portrait');
    // Session metadata with codebook labels.
    expect(pdf.text).toContain('Baseline');
    expect(pdf.text).toContain('Principal: Hilde');
    const pdfPath = test.info().outputPath('export-primary.pdf');
    writeFileSync(pdfPath, bytes);
    if (SHOTS) {
      // Page 1 as Chromium's own PDF viewer shows it.
      const viewer = await page.context().newPage();
      await viewer.setViewportSize({ width: 800, height: 1131 });
      await viewer.goto(`file://${pdfPath}#toolbar=0&view=Fit`);
      await viewer.waitForTimeout(3000); // the viewer renders asynchronously
      await viewer.screenshot({ path: `${SHOTS}/export-primary-pdf.png` });
      await viewer.close();
    }
  });

  test('secondary map: PNG, SVG and a landscape PDF', async ({ page }) => {
    await openApp(page);
    await openSecondary(page);
    // A label with an emoji and a star: the SVG keeps it; the PDF prints the rest of it.
    await page.evaluate(() => {
      const store = window.__partnermap!.store!;
      store.apply((m) => ({
        ...m,
        actors: m.actors.map((a) =>
          a.label === 'Vakgroep STEM' ? { ...a, label: 'Vakgroep STEM 📚 ★ Zoë' } : a,
        ),
      }));
    });
    const dialog = await openExport(page);
    await checkPngOfMap(page, dialog, ['screen', 'a4-landscape']);
    await checkSvgOfMap(page, dialog);
    const { pdf } = await checkPdfOfMap(page, dialog, 'landscape');
    expect(pdf.text).toContain('Vakgroep STEM');
    expect(pdf.text).toContain('\uFFFD ★ Zoë'); // the emoji became a replacement mark
    expect(pdf.text).toContain('End of programme');
  });

  test('the dialog works from the keyboard, in Dutch too, without accessibility violations', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('open-export').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('export-download')).toBeEnabled();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/export-dialog.png` });
    // The page behind the modal dialog is inert: Tab cycles through the dialog (and the
    // browser's own controls, where focus shows as the body), never to the page behind.
    const visited = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'browser';
        return active.closest('dialog')
          ? `dialog:${active.getAttribute('data-testid') ?? active.tagName}`
          : 'outside';
      });
      expect(where).not.toBe('outside');
      visited.add(where);
    }
    expect(visited).toContain('dialog:export-download');
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('button', { name: 'Exporteren' }).click();
    await expect(page.getByTestId('export-dialog')).toContainText('PDF-rapport');
    await expect(page.getByTestId('export-pixel-size')).toContainText('De afbeelding wordt');
  });
});
