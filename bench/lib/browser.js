// One way to start Chromium for every benchmark: the same executable and flags as the e2e tests.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/find-chromium.js';

/** Launches headless Chromium; returns the browser and the executable used (undefined: Playwright's). */
export async function launchChromium() {
  const executablePath = findChromium();
  const browser = await chromium.launch({ headless: true, executablePath, args: CHROMIUM_ARGS });
  return { browser, executablePath };
}
