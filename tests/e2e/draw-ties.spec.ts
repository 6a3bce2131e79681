import { expect, test, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import { currentMap, openApp } from './helpers';

interface Point {
  x: number;
  y: number;
}

/**
 * Page point of an actor's centre on the canvas, once the view has settled: a side panel that
 * just opened or closed resizes the canvas and pans the map a moment later.
 */
function screenPoint(page: Page, id: string): Promise<Point> {
  return page.evaluate(async (nodeId) => {
    const cy = window.__partnermap!.cy!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const point = () => {
      const r = cy.getElementById(nodeId).renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + r.x, y: box.top + r.y };
    };
    let last = point();
    for (let tries = 0; tries < 60; tries++) {
      await frame();
      await frame();
      const now = point();
      const sized = cy.width() === cy.container()!.clientWidth;
      if (sized && now.x === last.x && now.y === last.y) return now;
      last = now;
    }
    return last;
  }, id);
}

/**
 * Two external actors with no tie between them, visible (not under a panel), far apart and
 * clear of other actors, so that a press and a release land on them and on nothing else.
 */
function untiedPair(page: Page): Promise<[string, string]> {
  return page.evaluate(() => {
    const { cy, store } = window.__partnermap!;
    const map = store!.current()!;
    const key = (a: string, b: string) => [a, b].sort().join('|');
    const tied = new Set(map.ties.map((t) => key(t.source, t.target)));
    const box = cy!.container()!.getBoundingClientRect();
    const free = cy!.nodes('[kind = "external"]').filter((n) => {
      const p = n.renderedPosition();
      const hit = document.elementFromPoint(box.left + p.x, box.top + p.y);
      if (!hit || !cy!.container()!.contains(hit) || p.y < 90) return false;
      const near = (o: NodeSingular) => {
        const q = o.renderedPosition();
        return !o.same(n) && Math.hypot(q.x - p.x, q.y - p.y) <= 45;
      };
      return cy!.nodes().filter(near).empty();
    });
    for (const a of free) {
      for (const b of free) {
        if (a.id() >= b.id() || tied.has(key(a.id(), b.id()))) continue;
        const p = a.renderedPosition();
        const q = b.renderedPosition();
        if (Math.hypot(p.x - q.x, p.y - q.y) > 160) return [a.id(), b.id()];
      }
    }
    throw new Error('no untied pair in view');
  });
}

/** A visible point on the canvas at least 80 px from every actor. */
function emptySpot(page: Page): Promise<Point> {
  return page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    const box = cy.container()!.getBoundingClientRect();
    for (let y = 120; y < box.height - 40; y += 20) {
      for (let x = box.width - 60; x > box.width / 2; x -= 20) {
        const hit = document.elementFromPoint(box.left + x, box.top + y);
        if (!hit || !cy.container()!.contains(hit)) continue;
        const near = (n: NodeSingular) => {
          const p = n.renderedPosition();
          return Math.hypot(p.x - x, p.y - y) <= 80;
        };
        if (cy.nodes().filter(near).empty()) return { x: box.left + x, y: box.top + y };
      }
    }
    throw new Error('no empty spot');
  });
}

const view = (page: Page) =>
  page.evaluate(() => {
    const { selection, tieDraft } = window.__partnermap!.view!.getState();
    return { selection, tieDraft: tieDraft as string | null };
  });

async function tiesBetween(page: Page, a: string, b: string) {
  const map = await currentMap(page);
  return map!.ties.filter((t) => [t.source, t.target].sort().join('|') === [a, b].sort().join('|'));
}

/** Cytoscape's selected element ids: the canvas must show what the view store selects. */
const selectedOnCanvas = (page: Page) =>
  page.evaluate(() => window.__partnermap!.cy!.elements('[?selected]').map((e) => e.id()));

async function mouseDrag(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 40, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('a mouse drag draws a tie; the same pair again selects the existing tie', async ({ page }) => {
  await openApp(page);
  const before = await currentMap(page);
  const [a, b] = await untiedPair(page);
  await page.getByTestId('draw-ties').click();
  await expect(page.getByTestId('draw-ties')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('gesture-hint')).toHaveText(/drag from one actor to another/i);

  const pa = await screenPoint(page, a);
  const pb = await screenPoint(page, b);
  await page.mouse.move(pa.x, pa.y);
  await page.mouse.down();
  await page.mouse.move((pa.x + pb.x) / 2, (pa.y + pb.y) / 2 + 40, { steps: 8 });
  // Mid-drag: a preview line from the source to a ghost node under the pointer.
  const preview = await page.evaluate(() => {
    const cy = window.__partnermap!.cy!;
    const edge = cy.$('edge.tie-ghost');
    return { source: edge.source().id(), ghosts: cy.$('.tie-ghost').length };
  });
  expect(preview).toEqual({ source: a, ghosts: 2 });
  await expect(page.getByTestId('gesture-hint')).toHaveText(/Release on the other actor/);
  await page.screenshot({ path: '/tmp/gestures-drag-mid.png' });
  await page.mouse.move(pb.x, pb.y, { steps: 8 });
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-draft-target').id())).toBe(b);
  await page.screenshot({ path: '/tmp/gestures-drag-over-target.png' });
  await page.mouse.up();

  const after = await currentMap(page);
  expect(after!.ties.length).toBe(before!.ties.length + 1);
  const [tie] = await tiesBetween(page, a, b);
  expect(tie).toMatchObject({ source: a, target: b });
  expect((await view(page)).selection).toEqual({ kind: 'tie', id: tie!.id });
  await expect.poll(() => selectedOnCanvas(page)).toEqual([tie!.id]);
  // The preview is gone, the tie is drawn.
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-ghost').length)).toBe(0);
  expect(
    await page.evaluate((id) => window.__partnermap!.cy!.getElementById(id).isEdge(), tie!.id),
  ).toBe(true);
  await expect(page.getByTestId('gesture-announcer')).toContainText('Tie drawn between');
  await page.screenshot({ path: '/tmp/gestures-drag-done.png' });

  // Deselect, then draw the same pair the other way round: still one tie, and it opens.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await view(page)).selection).toBeNull();
  await mouseDrag(page, await screenPoint(page, b), await screenPoint(page, a));
  expect(await tiesBetween(page, a, b)).toHaveLength(1);
  expect((await currentMap(page))!.ties.length).toBe(before!.ties.length + 1);
  expect((await view(page)).selection).toEqual({ kind: 'tie', id: tie!.id });
  await expect(page.getByTestId('gesture-announcer')).toContainText('already have a tie');

  // One undo step takes the tie away again.
  await page.getByTestId('undo').click();
  expect(await tiesBetween(page, a, b)).toHaveLength(0);
});

test('releasing on empty space cancels; with the mode off a drag still moves the actor', async ({
  page,
}) => {
  await openApp(page);
  const before = await currentMap(page);
  const [a] = await untiedPair(page);
  const spot = await emptySpot(page);
  await page.keyboard.press('t');
  await expect(page.getByTestId('draw-ties')).toHaveAttribute('aria-pressed', 'true');
  await mouseDrag(page, await screenPoint(page, a), spot);
  expect((await currentMap(page))!.ties.length).toBe(before!.ties.length);
  await expect(page.getByTestId('gesture-hint')).toHaveText('Drawing the tie was cancelled.');
  // In draw mode the actor did not move.
  expect((await currentMap(page))!.positions[a]).toEqual(before!.positions[a]);

  await page.keyboard.press('t');
  await expect(page.getByTestId('draw-ties')).toHaveAttribute('aria-pressed', 'false');
  await mouseDrag(page, await screenPoint(page, a), spot);
  const moved = (await currentMap(page))!.positions[a];
  expect(moved).not.toEqual(before!.positions[a]);
  expect((await currentMap(page))!.ties.length).toBe(before!.ties.length);
});

test('tap one, then the other; Escape, empty space and the same actor cancel', async ({ page }) => {
  await openApp(page);
  const before = await currentMap(page);
  const [a, b] = await untiedPair(page);
  await page.getByTestId('draw-ties').click();

  // Escape cancels.
  await page.mouse.click(...xy(await screenPoint(page, a)));
  expect((await view(page)).tieDraft).toBe(a);
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-draft-source').id())).toBe(a);
  await expect(page.getByTestId('gesture-hint')).toContainText('Connecting from');
  await page.screenshot({ path: '/tmp/gestures-tap-draft.png' });
  await page.keyboard.press('Escape');
  expect((await view(page)).tieDraft).toBeNull();
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-draft-source').length)).toBe(0);

  // A tap on empty space cancels.
  await page.mouse.click(...xy(await screenPoint(page, a)));
  expect((await view(page)).tieDraft).toBe(a);
  await page.mouse.click(...xy(await emptySpot(page)));
  expect((await view(page)).tieDraft).toBeNull();

  // The same actor again cancels.
  await page.mouse.click(...xy(await screenPoint(page, a)));
  await page.mouse.click(...xy(await screenPoint(page, a)));
  expect((await view(page)).tieDraft).toBeNull();
  expect((await currentMap(page))!.ties.length).toBe(before!.ties.length);

  // Tap, tap: a tie.
  await page.mouse.click(...xy(await screenPoint(page, a)));
  await page.mouse.click(...xy(await screenPoint(page, b)));
  const [tie] = await tiesBetween(page, a, b);
  expect(tie).toMatchObject({ source: a, target: b });
  expect(await view(page)).toEqual({ selection: { kind: 'tie', id: tie!.id }, tieDraft: null });
  await expect.poll(() => selectedOnCanvas(page)).toEqual([tie!.id]);

  // And again, the other way round: no second tie.
  await page.mouse.click(...xy(await screenPoint(page, b)));
  await page.mouse.click(...xy(await screenPoint(page, a)));
  expect(await tiesBetween(page, a, b)).toHaveLength(1);
  expect((await view(page)).selection).toEqual({ kind: 'tie', id: tie!.id });
});

const xy = (p: Point): [number, number] => [p.x, p.y];

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a finger drag draws a tie, a finger tap-tap too', async ({ page }) => {
    await openApp(page);
    const before = await currentMap(page);
    const [a, b] = await untiedPair(page);
    await page.getByTestId('draw-ties').tap();
    await expect(page.getByTestId('draw-ties')).toHaveAttribute('aria-pressed', 'true');

    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', p?: Point) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: p ? [{ x: p.x, y: p.y, id: 1, radiusX: 4, radiusY: 4, force: 1 }] : [],
      });
    const pa = await screenPoint(page, a);
    const pb = await screenPoint(page, b);
    await touch('touchStart', pa);
    for (let i = 1; i <= 10; i++) {
      await touch('touchMove', {
        x: pa.x + ((pb.x - pa.x) * i) / 10,
        y: pa.y + ((pb.y - pa.y) * i) / 10 + (i < 10 ? 30 : 0),
      });
      if (i === 5) {
        expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-ghost').length)).toBe(2);
        await page.screenshot({ path: '/tmp/gestures-touch-mid.png' });
      }
    }
    await touch('touchEnd');

    const [tie] = await tiesBetween(page, a, b);
    expect(tie).toMatchObject({ source: a, target: b });
    expect((await currentMap(page))!.ties.length).toBe(before!.ties.length + 1);
    expect((await view(page)).selection).toEqual({ kind: 'tie', id: tie!.id });
    // The actor did not move under the finger.
    expect((await currentMap(page))!.positions[a]).toEqual(before!.positions[a]);

    // Tap, tap with a finger: the existing tie is selected, no second one.
    await page.keyboard.press('Escape');
    await page.touchscreen.tap(...xy(await screenPoint(page, b)));
    expect((await view(page)).tieDraft).toBe(b);
    await page.touchscreen.tap(...xy(await screenPoint(page, a)));
    expect(await tiesBetween(page, a, b)).toHaveLength(1);
    expect(await view(page)).toEqual({ selection: { kind: 'tie', id: tie!.id }, tieDraft: null });
  });
});

test('keyboard only: reach the map, move between actors, connect, delete and undo', async ({
  page,
}) => {
  await openApp(page);
  // Set-up: a partner just right of the school, with no ties (the school sits at 0,0).
  const school = await page.evaluate(() => {
    const store = window.__partnermap!.store!;
    const map = store.current()!;
    const ego = map.actors.find((a) => a.kind === 'ego')!;
    const type = map.actors.find((a) => a.kind === 'external')!.type;
    const actor = {
      id: 'a-keyboard',
      label: 'Keyboard Partner',
      kind: 'external',
      type,
      position: null,
      triangleRole: null,
      resources: [],
      notes: '',
    };
    store.apply(
      (m) =>
        ({
          ...m,
          actors: [...m.actors, actor],
          positions: { ...m.positions, [actor.id]: { x: 45, y: 0 } },
        }) as typeof m,
      { history: false },
    );
    return ego.id as string;
  });
  const partner = 'a-keyboard';
  const tiesBefore = (await currentMap(page))!.ties.length;

  // The map is in the tab order and shows a focus ring.
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate(() => document.activeElement?.classList.contains('map-canvas'))) break;
    await page.keyboard.press('Tab');
  }
  const canvas = page.locator('.map-canvas');
  await expect(canvas).toBeFocused();
  expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

  await page.keyboard.press('Home');
  expect((await view(page)).selection).toEqual({ kind: 'actor', id: school });
  await expect(page.getByTestId('announcer')).toContainText('Selected actor: Basisschool');
  await page.keyboard.press('ArrowRight');
  expect((await view(page)).selection).toEqual({ kind: 'actor', id: partner });
  await page.screenshot({ path: '/tmp/gestures-keyboard-focus.png' });

  // C, then the arrows choose the other actor, Enter draws the tie.
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  expect((await view(page)).tieDraft).toBe(school);
  await expect(page.getByTestId('gesture-hint')).toContainText('with the arrow keys');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-draft-target').id())).toBe(
    partner,
  );
  await expect(page.getByTestId('gesture-announcer')).toHaveText(
    /Connect Basisschool .* with Keyboard Partner\? Enter draws the tie/,
  );
  await page.screenshot({ path: '/tmp/gestures-keyboard-candidate.png' });
  await page.keyboard.press('Enter');
  const [tie] = await tiesBetween(page, school, partner);
  expect(tie).toMatchObject({ source: school, target: partner });
  expect(await view(page)).toEqual({ selection: { kind: 'tie', id: tie!.id }, tieDraft: null });
  await expect.poll(() => selectedOnCanvas(page)).toEqual([tie!.id]);

  // The same pair again: no second tie, the existing one is selected.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  expect(await tiesBetween(page, school, partner)).toHaveLength(1);
  expect((await view(page)).selection).toEqual({ kind: 'tie', id: tie!.id });

  // Escape during a keyboard draft cancels it.
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  await page.keyboard.press('Escape');
  expect((await view(page)).tieDraft).toBeNull();
  expect(await page.evaluate(() => window.__partnermap!.cy!.$('.tie-ghost').length)).toBe(0);

  // Delete removes the selected tie; Ctrl+Z brings it back.
  await page.keyboard.press('Home');
  await page.keyboard.press('c');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  expect(await tiesBetween(page, school, partner)).toHaveLength(0);
  await expect(page.getByTestId('gesture-announcer')).toContainText('removed');
  await page.keyboard.press('Control+z');
  expect(await tiesBetween(page, school, partner)).toHaveLength(1);

  // Delete removes the selected actor with its tie; Ctrl+Z brings both back.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  let map = await currentMap(page);
  expect(map!.actors.some((a) => a.id === partner)).toBe(false);
  expect(map!.ties.length).toBe(tiesBefore);
  await page.keyboard.press('Control+z');
  map = await currentMap(page);
  expect(map!.actors.some((a) => a.id === partner)).toBe(true);
  expect(await tiesBetween(page, school, partner)).toHaveLength(1);

  // The school itself is never deleted by a stray key.
  await page.keyboard.press('Home');
  await page.keyboard.press('Delete');
  expect((await currentMap(page))!.actors.some((a) => a.id === school)).toBe(true);
  await expect(page.getByTestId('gesture-announcer')).toHaveText(
    'The school itself cannot be removed.',
  );

  // Zoom in and out, fit; Escape clears the selection.
  const zoom = () => page.evaluate(() => window.__partnermap!.cy!.zoom());
  const fitted = await zoom();
  await page.keyboard.press('+');
  expect(await zoom()).toBeCloseTo(fitted * 1.25, 5);
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  expect(await zoom()).toBeLessThan(fitted);
  await page.keyboard.press('0');
  expect(await zoom()).toBeCloseTo(fitted, 1);
  await page.keyboard.press('Escape');
  expect((await view(page)).selection).toBeNull();
});
