// Playwright's own Chromium when it is installed, else the system's (Debian's package), so the
// suite runs both on a developer laptop and on a machine that cannot download browsers.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to use, or `undefined` when none is installed. */
export function findChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  return [bundled, ...SYSTEM].find((path) => path && existsSync(path));
}
