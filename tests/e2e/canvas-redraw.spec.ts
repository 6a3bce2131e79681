import { expect, test } from '@playwright/test';
import { generateMap } from '../fixtures/generateMap';
import { openApp } from './helpers';

// Small edits redraw only part of the canvas (src/canvas/redraw). This checks, pixel for pixel,
// that the result is what a full redraw of the same map draws, and that the shortcut was taken.
test('a small edit redraws part of the canvas, with the pixels of a full redraw', async ({
  page,
}) => {
  await openApp(page);
  const map = generateMap({ actors: 120, ties: 360, seed: 7 });
  await page.evaluate((doc) => window.__partnermap!.store!.open(doc), map);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 120);

  const results = await page.evaluate(async () => {
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
    const out: { edit: string; partial: boolean; differing: number }[] = [];
    for (const [edit, change] of edits) {
      await settle();
      fullRedraws = 0;
      const drawn = rendered();
      store.apply(change);
      if (!(await drawn)) throw new Error(`${edit}: the canvas was not drawn again`);
      const partial = pixels();
      const wasPartial = fullRedraws === 0;
      const full = rendered();
      r.redrawHint('eles', true);
      r.redraw();
      await full;
      const whole = pixels();
      let differing = 0;
      for (let i = 0; i < whole.length; i++) if (partial[i] !== whole[i]) differing++;
      out.push({ edit, partial: wasPartial, differing });
    }
    return out;
  });

  for (const { edit, partial, differing } of results) {
    expect(differing, `${edit}: pixels that differ from a full redraw`).toBe(0);
    if (edit !== 'remove an actor') expect(partial, `${edit}: partial redraw`).toBe(true);
  }
});
