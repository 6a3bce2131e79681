import { expect, test } from '@playwright/test';
import { generateMap } from '../fixtures/generateMap';
import { openApp } from './helpers';

// Small edits redraw only part of the canvas (src/canvas/redraw), straight after the sync rather
// than in the next animation frame. This checks that the shortcut was taken, and compares the
// result pixel by pixel with a full redraw of the same map. They may differ only as two ways of
// antialiasing do: Skia antialiases a little differently under the clip that bounds the redraw.
const MAX_LEVELS = 64; // of 255, for any one pixel (a line missing or misplaced would be ~255)
const MAX_SHARE_APART = 0.0025; // of all pixels, more than 8 levels apart
const OPENS_PANEL = 'select while nothing is (the side panel opens)';

test('a small edit redraws part of the canvas at once, looking like a full redraw', async ({
  page,
}) => {
  await openApp(page);
  const map = generateMap({ actors: 120, ties: 360, seed: 7 });
  await page.evaluate((doc) => window.__partnermap!.store!.open(doc), map);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 120);

  const results = await page.evaluate(async (OPENS_PANEL) => {
    const hooks = window.__partnermap!;
    const store = hooks.store!;
    const cy = hooks.cy!;
    // The canvas renderer's internals: its node layer, and the call that only a full redraw makes.
    const r = (cy as unknown as { renderer(): Record<string, never> }).renderer() as unknown as {
      NODE: number;
      data: { contexts: CanvasRenderingContext2D[] };
      drawLayeredElements: (...args: unknown[]) => unknown;
      redrawHint(group: string, value: boolean): void;
      redraw(): void;
    };
    const layer = r.data.contexts[r.NODE]!;
    // Cytoscape asks for its next frame on every frame, through window.requestAnimationFrame.
    let inAnimationFrame = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      request((time) => {
        inAnimationFrame++;
        try {
          callback(time);
        } finally {
          inAnimationFrame--;
        }
      });
    let fullRedraws = 0;
    const drawAll = r.drawLayeredElements.bind(r);
    r.drawLayeredElements = (...args) => {
      fullRedraws++;
      return drawAll(...args);
    };
    const rendered = () =>
      Promise.race([
        new Promise<boolean>((resolve) => cy.one('render', () => resolve(true))),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
      ]);
    const pixels = () => layer.getImageData(0, 0, layer.canvas.width, layer.canvas.height).data;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // How far two RGBA pixels are apart as seen (colour times alpha), in levels of 255.
    const gapAt = (a: Uint8ClampedArray, b: Uint8ClampedArray, i: number) => {
      let gap = Math.abs(a[i + 3]! - b[i + 3]!);
      for (let c = 0; c < 3; c++) {
        gap = Math.max(gap, Math.abs(a[i + c]! * a[i + 3]! - b[i + c]! * b[i + 3]!) / 255);
      }
      return gap;
    };
    // Until Cytoscape has stopped refining what it drew (it redraws in full a few times after
    // a map opens) and no redraw is pending.
    const settle = async () => {
      for (let tries = 0; tries < 20; tries++) {
        let renders = 0;
        const count = () => renders++;
        cy.on('render', count);
        await sleep(250);
        cy.off('render', count);
        if (renders === 0) return;
      }
    };
    type Doc = NonNullable<ReturnType<typeof store.current>>;
    const degree = (m: Doc, id: string) =>
      m.ties.filter((t) => t.source === id || t.target === id).length;
    const quiet = (m: Doc) => m.actors.filter((a) => a.kind === 'external' && degree(m, a.id) <= 3);

    const edits: [string, (m: Doc) => Doc][] = [
      [
        'rename',
        (m) => {
          const a = quiet(m)[0]!;
          return {
            ...m,
            actors: m.actors.map((x) =>
              x.id === a.id ? { ...x, label: 'A much longer name' } : x,
            ),
          };
        },
      ],
      [
        'add an actor',
        (m) => {
          const a = {
            ...m.actors[1]!,
            id: 'new-actor' as Doc['actors'][number]['id'],
            label: 'New',
          };
          return {
            ...m,
            actors: [...m.actors, a],
            positions: { ...m.positions, [a.id]: { x: 30, y: 60 } },
          };
        },
      ],
      [
        'add a tie',
        (m) => {
          const [a, b] = quiet(m).slice(3);
          const tie = {
            ...m.ties[0]!,
            id: 'new-tie' as Doc['ties'][number]['id'],
            source: a!.id,
            target: b!.id,
          };
          return { ...m, ties: [...m.ties, tie] };
        },
      ],
      [
        'move an actor',
        (m) => {
          const a = quiet(m)[5]!;
          const p = m.positions[a.id]!;
          return { ...m, positions: { ...m.positions, [a.id]: { x: p.x + 60, y: p.y - 30 } } };
        },
      ],
      [
        'recolour a tie',
        (m) => {
          const dimensionOf = new Map(m.codebook.motives.map((x) => [x.id, x.group]));
          const tie = m.ties.find(
            (t) => new Set(t.motives.map((x) => dimensionOf.get(x))).size > 1,
          )!;
          return {
            ...m,
            ties: m.ties.map((t) =>
              t.id === tie.id ? { ...t, motives: t.motives.slice(0, 1) } : t,
            ),
          };
        },
      ],
      [
        'remove an actor',
        (m) => {
          const a = quiet(m)[7]!;
          return {
            ...m,
            actors: m.actors.filter((x) => x.id !== a.id),
            ties: m.ties.filter((t) => t.source !== a.id && t.target !== a.id),
          };
        },
      ],
    ];
    const out: { edit: string; partial: boolean; atOnce: boolean; worst: number; apart: number }[] =
      [];
    // Selecting is a change of the view, drawn the same way.
    const select = (kind: 'actor' | 'tie', pick: (m: Doc) => string) => () =>
      hooks.view!.setState((v) => ({
        ...v,
        selection: { kind, id: pick(store.current()!) } as typeof v.selection,
      }));
    const changes: [string, () => void][] = [
      ...edits.map(([edit, change]) => [edit, () => store.apply(change)] as [string, () => void]),
      // The first selection opens the side panel: the canvas gets narrower and is drawn anew.
      [OPENS_PANEL, select('actor', (m) => quiet(m)[1]!.id)],
      ['select a tie', select('tie', (m) => m.ties[3]!.id)],
      ['select an actor', select('actor', (m) => quiet(m)[2]!.id)],
    ];
    for (const [edit, change] of changes) {
      await settle();
      fullRedraws = 0;
      const drawn = rendered();
      // Drawn straight after the edit, or in an animation frame (as Cytoscape does)?
      let atOnce = false;
      cy.one('render', () => (atOnce = inAnimationFrame === 0));
      change();
      if (!(await drawn)) throw new Error(`${edit}: the canvas was not drawn again`);
      const partial = pixels();
      const wasPartial = fullRedraws === 0;
      const full = rendered();
      r.redrawHint('eles', true);
      r.redraw();
      await full;
      const whole = pixels();
      let worst = 0;
      let apart = 0;
      for (let i = 0; i < whole.length; i += 4) {
        const gap = gapAt(partial, whole, i);
        worst = Math.max(worst, gap);
        if (gap > 8) apart++;
      }
      out.push({
        edit,
        partial: wasPartial,
        atOnce,
        worst,
        apart: apart / (whole.length / 4),
      });
    }
    return out;
  }, OPENS_PANEL);

  for (const { edit, partial, atOnce, worst, apart } of results) {
    if (edit === OPENS_PANEL) continue;
    expect(worst, `${edit}: the most a pixel differs from a full redraw`).toBeLessThanOrEqual(
      MAX_LEVELS,
    );
    expect(apart, `${edit}: share of pixels unlike a full redraw's`).toBeLessThanOrEqual(
      MAX_SHARE_APART,
    );
    if (edit === 'remove an actor') continue; // may be drawn in full: slots change order
    expect(partial, `${edit}: partial redraw`).toBe(true);
    expect(atOnce, `${edit}: drawn before the next animation frame`).toBe(true);
  }
});
