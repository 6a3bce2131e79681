import type { Page } from '@playwright/test';
import type {} from '../../src/ui/testHooks';
import { generateMap } from '../fixtures/generateMap';

export interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly median: number;
  readonly p95: number;
  readonly runs: number;
}

const summarise = (name: string, unit: string, samples: number[]): Figure => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { name, unit, median: at(0.5), p95: at(0.95), runs: samples.length };
};

type Action = 'rename' | 'add-actor' | 'add-tie' | 'move';

/**
 * Time from a user action (a producer applied to the store) until Cytoscape has drawn the
 * change (its 'render' event), measured inside the page so that no driver round-trip counts.
 */
async function timeAction(page: Page, action: Action, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ action, runs }) => {
      const hooks = window.__partnermap!;
      const store = hooks.store!;
      // performance.now() inside the callback: the frame has started and our work is done.
      const frame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const samples: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        const map = store.current()!;
        const actor = map.actors[1 + (i % (map.actors.length - 1))]!;
        const tag = `bench-${action}-${i}`;
        let shows: () => boolean;
        const start = performance.now();
        if (action === 'rename') {
          store.apply((m) => ({
            ...m,
            actors: m.actors.map((a) => (a.id === actor.id ? { ...a, label: tag } : a)),
          }));
          shows = () => hooks.cy!.getElementById(actor.id).data('label') === tag;
        } else if (action === 'add-actor') {
          store.apply((m) => ({
            ...m,
            actors: [...m.actors, { ...actor, id: tag as typeof actor.id, label: tag }],
            positions: { ...m.positions, [tag]: { x: i * 3, y: -i * 3 } },
          }));
          shows = () => hooks.cy!.getElementById(tag).nonempty();
        } else if (action === 'add-tie') {
          const tie = m0Tie(map, i);
          store.apply((m) => ({ ...m, ties: [...m.ties, { ...tie, id: tag as typeof tie.id }] }));
          shows = () => hooks.cy!.getElementById(tag).nonempty();
        } else {
          const x = 5000 + i;
          store.apply((m) => ({ ...m, positions: { ...m.positions, [actor.id]: { x, y: 0 } } }));
          shows = () => hooks.cy!.getElementById(actor.id).position('x') === x;
        }
        // Cytoscape draws in its own animation frame and fires 'render' when it has drawn.
        const rendered = new Promise<number>((resolve) =>
          hooks.cy!.one('render', () => resolve(performance.now())),
        );
        let end = await Promise.race([rendered, frame().then(frame).then(frame)]);
        for (let guard = 0; !shows() && guard < 100; guard++) end = await frame();
        if (!shows()) throw new Error(`${action}: the canvas never showed the change`);
        if (i >= 5) samples.push(end - start); // the first five warm up
      }
      return samples;

      // A new tie between two actors that are not yet tied (walks pairs from the end).
      function m0Tie(map: ReturnType<typeof store.current> & object, i: number) {
        const tied = new Set(map.ties.map((t) => [t.source, t.target].sort().join('|')));
        const n = map.actors.length;
        for (let k = i; ; k++) {
          const a = map.actors[n - 1 - (k % n)]!.id;
          const b = map.actors[(k * 7 + 3) % n]!.id;
          if (a !== b && !tied.has([a, b].sort().join('|'))) {
            return { ...map.ties[0]!, source: a, target: b };
          }
        }
      }
    },
    { action, runs },
  );
}

/** Frame intervals while the view pans and zooms continuously for `frames` frames. */
async function timePanZoom(page: Page, frames: number): Promise<number[]> {
  return page.evaluate(async (frames) => {
    const cy = window.__partnermap!.cy!;
    const intervals: number[] = [];
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    for (let i = 0; i < frames; i++) {
      const zoom = 0.5 + 0.4 * Math.sin(i / 10);
      cy.viewport({ zoom, pan: { x: 300 + 200 * Math.cos(i / 15), y: 300 } });
      const now = await new Promise<number>((r) => requestAnimationFrame(r));
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  }, frames);
}

export async function benchEditor(page: Page): Promise<Figure[]> {
  const map = generateMap({ actors: 300, ties: 900, seed: 42 });
  await page.evaluate((doc) => window.__partnermap!.store!.open(doc), map);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 300);
  const figures: Figure[] = [];
  for (const action of ['rename', 'add-actor', 'add-tie', 'move'] as const) {
    figures.push(
      summarise(`300/900 map: ${action} → canvas`, 'ms', await timeAction(page, action, 60)),
    );
  }
  figures.push(
    summarise('300/900 map: pan+zoom frame interval', 'ms', await timePanZoom(page, 120)),
  );
  return figures;
}
