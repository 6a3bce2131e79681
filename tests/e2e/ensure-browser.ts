// Makes sure the browser tests have a Chromium: a system one if present, else Playwright's own
// (downloaded once on an ordinary developer machine). Fails with a clear message otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './browser';

const system = systemChromium();
if (system) {
  console.log(`browser tests: using ${system}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`browser tests: using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log('browser tests: no Chromium found; installing Playwright’s Chromium…');
  try {
    execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  } catch {
    console.error(
      'Could not install a browser. Install Chromium (Debian/Ubuntu: sudo apt-get install chromium)\n' +
        'or point PARTNERMAP_CHROMIUM at a Chromium or Chrome executable, then run the tests again.',
    );
    process.exit(1);
  }
}
