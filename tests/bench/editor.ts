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

type Action = 'rename' | 'add-actor' | 'add-tie' | 'move' | 'select';

interface ActionTimes {
  /** Until Cytoscape's 'render' event: it has issued its drawing calls for the change. */
  readonly drawn: number[];
  /**
   * Until the end of that frame: the browser has also painted and committed it, which includes
   * rasterising the canvas (in software here, on the main thread). The honest "shown" figure.
   */
  readonly painted: number[];
}

/**
 * Time from a user action (a producer applied to the store) until the canvas shows the change,
 * measured inside the page so that no driver round-trip counts. Actions are spaced out like a
 * user's (each starts at a different point of the 16.7 ms frame, after the previous one has been
 * painted), so that no sample pays for the previous one's drawing.
 */
async function timeAction(page: Page, action: Action, runs: number): Promise<ActionTimes> {
  return page.evaluate(
    async ({ action, runs }) => {
      const hooks = window.__partnermap!;
      const store = hooks.store!;
      const frame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // A message posted from inside a frame is delivered after that frame's paint and commit.
      const afterThisFrame = () =>
        new Promise<number>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        });
      const inAnimationFrame = () =>
        (window as unknown as { __inAnimationFrame: number }).__inAnimationFrame > 0;
      const drawn: number[] = [];
      const painted: number[] = [];
      for (let i = 0; i < runs + 5; i++) {
        await frame();
        await frame();
        await sleep((i * 7) % 17);
        const map = store.current()!;
        const actor = map.actors[1 + (i % (map.actors.length - 1))]!;
        const tag = `bench-${action}-${i}`;
        let shows: () => boolean;
        // Cytoscape fires 'render' when it has drawn: in its animation frame, or (a small edit)
        // straight after the sync, in which case the next frame shows it.
        let paintedAt: Promise<number> | null = null;
        const rendered = new Promise<number>((resolve) =>
          hooks.cy!.one('render', () => {
            paintedAt = inAnimationFrame()
              ? afterThisFrame()
              : new Promise((done) =>
                  requestAnimationFrame(() => void afterThisFrame().then(done)),
                );
            resolve(performance.now());
          }),
        );
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
        } else if (action === 'select') {
          // What a tap, the keyboard or the table does: the view store selects, the canvas shows.
          hooks.view!.setState((v) => ({ ...v, selection: { kind: 'actor', id: actor.id } }));
          shows = () => hooks.cy!.getElementById(actor.id).data('selected') === true;
        } else {
          // As far as a drag usually goes, or its undo: the actor and its ties move.
          const from = map.positions[actor.id] ?? { x: 0, y: 0 };
          const x = from.x + (i % 2 === 0 ? 150 : -150);
          store.apply((m) => ({
            ...m,
            positions: { ...m.positions, [actor.id]: { x, y: from.y } },
          }));
          shows = () => hooks.cy!.getElementById(actor.id).position('x') === x;
        }
        let end = await Promise.race([rendered, frame().then(frame).then(frame)]);
        let endPainted = paintedAt ? await paintedAt : await afterThisFrame();
        for (let guard = 0; !shows() && guard < 100; guard++) {
          end = await frame();
          endPainted = await afterThisFrame();
        }
        if (!shows()) throw new Error(`${action}: the canvas never showed the change`);
        if (i >= 5) {
          // the first five warm up
          drawn.push(end - start);
          painted.push(endPainted - start);
        }
      }
      return { drawn, painted };

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

/**
 * Frame intervals while the view pans and zooms in Cytoscape animations, as the app's own view
 * changes do (fit, reveal an added actor, reveal a highlight): out to the whole map and in again.
 */
async function timePanZoomAnimated(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(async (rounds) => {
    const cy = window.__partnermap!.cy!;
    const intervals: number[] = [];
    let recording = true;
    let last = await new Promise<number>((r) => requestAnimationFrame(r));
    const tick = (now: number) => {
      intervals.push(now - last);
      last = now;
      if (recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const start = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    for (let i = 0; i < rounds; i++) {
      const target =
        i % 2 === 0 ? { zoom: start.zoom * 3, pan: { x: -200 * (i % 3), y: 100 } } : start;
      await cy
        .animation({ ...target, duration: 400 })
        .play()
        .promise();
    }
    recording = false;
    return intervals.slice(1);
  }, rounds);
}

/**
 * Frame intervals while a user pans (drags the background) and zooms (mouse wheel) with real
 * input events, as Cytoscape's gesture handling sees them (its viewport optimisations, such as
 * textureOnViewport, only act on real gestures).
 */
async function timePanZoomInput(page: Page, steps: number): Promise<number[]> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  // An empty spot: the top-left corner of the canvas, right of the legend.
  const x = box.x + box.width - 40;
  const y = box.y + 40;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __renders: number };
    w.__renders = 0;
    window.__partnermap!.cy!.on('render', () => w.__renders++);
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  for (let i = 0; i < steps; i++) await page.mouse.wheel(0, i % 20 < 10 ? -60 : 60);
  await page.mouse.down();
  for (let i = 0; i < steps; i++) await page.mouse.move(x - 4 * (i % 40), y + 3 * (i % 30));
  await page.mouse.up();
  const { frames, renders } = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __renders: number };
    w.__recording = false;
    return { frames: w.__frames, renders: w.__renders };
  });
  // Frames without drawing would be trivially fast: make sure the gestures reached Cytoscape.
  if (renders < steps)
    throw new Error(`wheel+drag: only ${renders} redraws for ${2 * steps} events`);
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

/**
 * Counts whether an animation-frame callback is running (window.__inAnimationFrame), so that the
 * editor bench knows which frame shows a drawing. Added before the app loads.
 */
export async function trackAnimationFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __inAnimationFrame: number };
    w.__inAnimationFrame = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      request((time) => {
        w.__inAnimationFrame++;
        try {
          callback(time);
        } finally {
          w.__inAnimationFrame--;
        }
      });
  });
}

export async function benchEditor(page: Page): Promise<Figure[]> {
  const map = generateMap({ actors: 300, ties: 900, seed: 42 });
  await page.evaluate((doc) => window.__partnermap!.store!.open(doc), map);
  await page.waitForFunction(() => window.__partnermap?.cy?.nodes().length === 300);
  const figures: Figure[] = [];
  for (const action of ['rename', 'add-actor', 'add-tie', 'move', 'select'] as const) {
    const { drawn, painted } = await timeAction(page, action, 60);
    figures.push(summarise(`300/900 map: ${action} → canvas`, 'ms', drawn));
    figures.push(summarise(`300/900 map: ${action} → painted`, 'ms', painted));
  }
  figures.push(
    summarise(
      '300/900 map: animated pan+zoom frame interval',
      'ms',
      await timePanZoomAnimated(page, 6),
    ),
  );
  figures.push(
    summarise('300/900 map: wheel+drag frame interval', 'ms', await timePanZoomInput(page, 120)),
  );
  return figures;
}
