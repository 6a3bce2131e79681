import { expect, type Page } from '@playwright/test';
import type {} from '../../src/ui/testHooks'; // window.__partnermap typing

/** Opens the app and waits until a map is drawn (or the library has loaded with no map). */
export async function openApp(page: Page, { expectMap = true } = {}): Promise<void> {
  await page.goto('/');
  await page.waitForFunction(() => window.__partnermap?.library?.getState().phase === 'ready');
  if (expectMap) {
    await page.waitForFunction(() => (window.__partnermap?.cy?.nodes().length ?? 0) > 0);
  }
}

/** The open map as the model holds it. */
export function currentMap(page: Page) {
  return page.evaluate(() => {
    const map = window.__partnermap?.store?.current();
    if (!map) return null;
    return {
      id: map.id,
      title: map.title,
      actors: map.actors.map((a) => ({
        id: String(a.id),
        label: a.label,
        type: a.type,
        kind: a.kind,
      })),
      ties: map.ties.map((t) => ({
        id: String(t.id),
        source: String(t.source),
        target: String(t.target),
      })),
      positions: map.positions,
    };
  });
}

/** What Cytoscape draws: node ids with their labels, and edge ids. */
export function drawn(page: Page) {
  return page.evaluate(() => {
    const cy = window.__partnermap?.cy;
    if (!cy) return null;
    return {
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        label: String(n.data('label')),
        typeLabel: String(n.data('typeLabel')),
        x: n.position('x'),
        y: n.position('y'),
      })),
      edges: cy.edges().map((e) => e.id()),
    };
  });
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/^(Saved|Bewaard)$/);
}

export async function openLibrary(page: Page) {
  await page.getByTestId('open-library').click();
  const dialog = page.locator('dialog.library-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}
