// Which Chromium the browser tests drive. Debian's /usr/bin/chromium on these machines
// (Playwright cannot download its own browser here); Playwright's own build elsewhere.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** An executable path, or undefined to use Playwright's own Chromium. */
export function systemChromium(): string | undefined {
  const fromEnv = process.env.PARTNERMAP_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PARTNERMAP_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((path) => existsSync(path));
}
