// Playwright's own Chromium when it is installed, else the system's (Debian's package), so the
// suite runs both on a developer laptop and on a machine that cannot download browsers.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Launch flags for a closed network and a root user: no sandbox, no GPU, and none of the
 * background connections (updates, sync) that a machine without internet refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

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
