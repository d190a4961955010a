import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.js';

/** Port of demo/serve.js (`PORT=4174 npx playwright test` moves both). */
const PORT = Number(process.env.PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // Flaky consent tests hide real leaks; a failure must be looked at, not retried away.
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        ...CHROMIUM_ARGS,
        // Fake tracker hosts (*.tracker.test) are answered by Playwright routes in
        // e2e/helpers.ts; this rule keeps any request that slips past them on this machine
        // instead of a DNS lookup, and lets the subdomain test reach demo/serve.js as
        // www.acme.test and app.acme.test.
        '--host-resolver-rules=MAP *.test 127.0.0.1',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: 'node demo/serve.js',
    url: `http://127.0.0.1:${PORT}/demo/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
