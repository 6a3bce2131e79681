// The analysis worker pool in a real browser: real module Web Workers, bundled by Vite, under
// the built app's Content-Security-Policy. The app does not use the pool yet, so this spec
// builds the test-only entry src/workers/pageHook.ts next to the app (same origin) and loads it
// into the page, which then exposes window.__partnermapWorkers.
import { expect, test, type Page } from '@playwright/test';
import { build } from 'vite';
import type { PartnerMapDoc } from '../../src/model';
import type {} from '../../src/workers/pageHook'; // window.__partnermapWorkers typing
import { generateMap } from '../fixtures/generateMap';
import { openApp } from './helpers';

const PORT = Number(process.env.PARTNERMAP_E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist-e2e' : `dist-e2e-${PORT}`;
const HOOK_DIR = 'workers-check';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await build({
    configFile: 'vite.config.ts',
    mode: 'e2e',
    logLevel: 'warn',
    build: {
      outDir: `${OUT_DIR}/${HOOK_DIR}`,
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: false,
      rollupOptions: {
        input: 'src/workers/pageHook.ts',
        output: { entryFileNames: 'page-hook.js' },
      },
    },
  });
});

async function openWithPool(page: Page): Promise<void> {
  await openApp(page);
  await page.addScriptTag({ url: `./${HOOK_DIR}/page-hook.js`, type: 'module' });
  await page.waitForFunction(() => window.__partnermapWorkers !== undefined);
}

interface Comparison {
  readonly route: string | undefined;
  readonly workers: number | undefined;
  readonly fallbacks: string[];
  readonly actors: number;
  readonly mismatches: string[];
  readonly progress: [number, number][];
  readonly poolMs: number;
  readonly mainMs: number;
  /** Longest time between two animation frames while each ran: is the page still painting? */
  readonly poolFrameGap: number;
  readonly mainFrameGap: number;
}

/** Runs one map through the pool and through the main thread, in the page, and compares. */
function compareInPage(
  page: Page,
  map: PartnerMapDoc,
  { size, warm = false }: { size?: number; warm?: boolean } = {},
): Promise<Comparison> {
  return page.evaluate(
    async ({ map, size, warm }) => {
      const hooks = window.__partnermapWorkers!;
      const fallbacks: string[] = [];
      const pool = hooks.createWorkerPoolService({
        threshold: 0,
        ...(size ? { size } : {}),
        onFallback: (reason) => fallbacks.push(reason),
      });
      const watchFrames = () => {
        let last = performance.now();
        let longest = 0;
        let running = true;
        const tick = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        return () => {
          running = false;
          return Math.max(longest, performance.now() - last);
        };
      };
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const progress: [number, number][] = [];

      // Warm workers, as in the app where the pool lives as long as the page.
      if (warm) await pool.analyze({ map, options: {} });
      await frame();
      let stop = watchFrames();
      let start = performance.now();
      const viaPool = await pool.analyze({ map, options: {} }, (d, t) => progress.push([d, t]));
      const poolMs = performance.now() - start;
      await frame();
      const poolFrameGap = stop();
      stop = watchFrames();
      start = performance.now();
      const viaMain = await hooks.mainThreadService.analyze({ map, options: {} });
      const mainMs = performance.now() - start;
      await frame();
      const mainFrameGap = stop();
      const route = pool.lastRun;
      pool.dispose();

      const mismatches: string[] = [];
      const walk = (a: unknown, b: unknown, path: string) => {
        if (mismatches.length >= 10) return;
        if (typeof a === 'number' && typeof b === 'number') {
          if (Math.abs(a - b) > 1e-9 * Math.max(1, Math.abs(b)))
            mismatches.push(`${path}: ${a} ≠ ${b}`);
        } else if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
          const keys = Object.keys(a);
          if (keys.join() !== Object.keys(b).join()) mismatches.push(`${path}: other keys`);
          for (const k of keys) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
        } else if (a !== b) mismatches.push(`${path}: ${String(a)} ≠ ${String(b)}`);
      };
      walk(viaPool, viaMain, 'result');
      return {
        route: route?.route,
        workers: route?.workers,
        fallbacks,
        actors: viaMain.ok ? viaMain.analysis.actorIds.length : 0,
        mismatches,
        progress,
        poolMs,
        mainMs,
        poolFrameGap,
        mainFrameGap,
      };
    },
    { map, size, warm },
  );
}

test('a 2,000-actor map analysed by real Web Workers equals the main-thread analysis', async ({
  page,
}) => {
  await openWithPool(page);
  const map = generateMap({ actors: 2000, ties: 6000, seed: 3 });
  const result = await compareInPage(page, map);

  expect(result.fallbacks).toEqual([]);
  expect(result.route).toBe('workers');
  expect(result.workers).toBeGreaterThanOrEqual(1);
  expect(result.actors).toBe(2000);
  expect(result.mismatches).toEqual([]);
  // Progress counts sources over the map and its three motive layers, up to the end.
  expect(result.progress.length).toBeGreaterThan(4);
  expect(result.progress.at(-1)).toEqual([8000, 8000]);
  // The page kept painting while the workers ran; the main-thread run froze it.
  expect(result.poolFrameGap).toBeLessThan(result.mainFrameGap);
  console.log(
    `2,000 actors: pool ${result.poolMs.toFixed(0)} ms (${result.workers} worker(s), longest ` +
      `frame gap ${result.poolFrameGap.toFixed(0)} ms); main thread ${result.mainMs.toFixed(0)} ms ` +
      `(frame gap ${result.mainFrameGap.toFixed(0)} ms)`,
  );
});

test('a newer request cancels a running one; the pool answers the next', async ({ page }) => {
  await openWithPool(page);
  const map = generateMap({ actors: 1500, ties: 4500, seed: 8 });
  const outcome = await page.evaluate(async (map) => {
    const pool = window.__partnermapWorkers!.createWorkerPoolService({ onFallback: () => {} });
    const controller = new AbortController();
    let calls = 0;
    const first = pool
      .analyze(
        { map, options: {} },
        () => {
          if (++calls === 1) controller.abort();
        },
        controller.signal,
      )
      .then(
        () => 'finished',
        (error: unknown) => (error instanceof DOMException ? error.name : String(error)),
      );
    const firstOutcome = await first;
    const second = await pool.analyze({ map, options: { weighted: true } });
    const route = pool.lastRun?.route;
    pool.dispose();
    return { firstOutcome, calls, secondOk: second.ok, route };
  }, map);
  expect(outcome).toEqual({
    firstOutcome: 'AbortError',
    calls: 1,
    secondOk: true,
    route: 'workers',
  });
});

// Timings for the README (opt-in: PARTNERMAP_WORKER_TIMES=1): pool vs main thread.
test('timings: pool vs main thread for 1,000, 2,000 and 5,000 actors', async ({ page }) => {
  test.skip(process.env.PARTNERMAP_WORKER_TIMES !== '1', 'timings only when asked for');
  test.setTimeout(600_000);
  await openWithPool(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const lines = [`hardwareConcurrency ${cores}`];
  const sizes = (process.env.PARTNERMAP_WORKER_SIZES ?? '1000,2000,5000').split(',').map(Number);
  for (const actors of sizes) {
    const map = generateMap({ actors, ties: 3 * actors, seed: 1 });
    for (const size of [undefined, 2]) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await compareInPage(page, map, { size, warm: true }));
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
      expect(runs.every((r) => r.mismatches.length === 0 && r.route === 'workers')).toBe(true);
      lines.push(
        `${actors} actors, ${runs[0]!.workers} worker(s): pool ${median(runs.map((r) => r.poolMs)).toFixed(0)} ms ` +
          `(frame gap ${median(runs.map((r) => r.poolFrameGap)).toFixed(0)} ms), main thread ` +
          `${median(runs.map((r) => r.mainMs)).toFixed(0)} ms (frame gap ${median(runs.map((r) => r.mainFrameGap)).toFixed(0)} ms)`,
      );
    }
  }
  console.log(lines.join('\n'));
});
