import { defineConfig } from '@playwright/test';
import { systemChromium } from './tests/e2e/browser';

const executablePath = systemChromium();
// Several people (or helpers) may run the browser tests at once: each picks a port and gets
// its own build folder.
const PORT = Number(process.env.PARTNERMAP_E2E_PORT ?? 4173);
const OUT_DIR = PORT === 4173 ? 'dist-e2e' : `dist-e2e-${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  outputDir: PORT === 4173 ? 'test-results' : `test-results-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    // A real production build (test hooks on via --mode e2e), served as users get it.
    command: `npx vite build --mode e2e --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --host 127.0.0.1 --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
