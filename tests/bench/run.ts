// `npm run bench`: prints performance figures. Benchmarks, not tests: nothing here fails on time.
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { systemChromium } from '../e2e/browser';
import { benchAnalysisReport, printAnalysisReport } from './analysis';
import { benchEditor, trackAnimationFrames, type Figure } from './editor';

const PORT = Number(process.env.PARTNERMAP_BENCH_PORT ?? 4190);
const OUT_DIR = 'dist-bench';

function print(title: string, figures: readonly Figure[]): void {
  console.log(`\n${title}`);
  console.table(
    figures.map((f) => ({
      measure: f.name,
      median: `${f.median.toFixed(2)} ${f.unit}`,
      p95: `${f.p95.toFixed(2)} ${f.unit}`,
      runs: f.runs,
    })),
  );
}

/** `npm run bench` runs everything; `npm run bench -- analysis` or `-- editor` one part. */
const wanted = new Set(process.argv.slice(2));
const runs = (part: string) => wanted.size === 0 || wanted.has(part);

async function main(): Promise<void> {
  if (runs('analysis')) printAnalysisReport(await benchAnalysisReport());
  if (runs('editor')) await benchEditorInBrowser();
}

async function benchEditorInBrowser(): Promise<void> {
  await build({ mode: 'e2e', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: systemChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx (esbuild) wraps named functions in __name(); page.evaluate ships them to the page.
    await page.addInitScript('window.__name = (fn) => fn;');
    await trackAnimationFrames(page);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => window.__partnermap?.library?.getState().phase === 'ready');
    print(
      `Editor in headless Chromium ${browser.version()} (target: action → canvas ≤ 16 ms median)`,
      await benchEditor(page),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
