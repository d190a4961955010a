// The UI file (docs/script-tag.md, What is fetched, and when): consentry.js fetches consentry-ui.js
// from its own folder only when something is to be shown, pinned by an integrity hash; a file that
// is slow, missing or tampered with shows later or not at all, and never grants anything.
import type { Page, Route } from '@playwright/test';
import { FIXTURE, RAN, TRACKER_HOST, expect, granted, test, type Visitor } from './helpers';

const UI_FILE = '**/dist/consentry-ui.js';
const uiRequests = (v: Visitor) => v.requests.filter((request) => request.url.includes('/dist/consentry-ui.js'));
const footerSettings = (page: Page) => page.getByRole('button', { name: 'Cookie settings', exact: true });

/** A first visit whose decision the returning visit carries over. */
async function decidedVisitor(visitor: (options?: object) => Promise<Visitor>, path: string): Promise<Visitor> {
  const first = await visitor();
  await first.goto(path);
  await first.button(first.banner, 'Accept all').click();
  await expect.poll(async () => (await first.state()).decided).toBe(true);
  return visitor({ storageState: await first.carryOver() });
}

/** Answers the UI file with what `body` makes of the real one. */
async function serveUiFile(page: Page, body: (real: Buffer) => Buffer | null) {
  await page.route(UI_FILE, async (route: Route) => {
    const real = await (await route.fetch()).body();
    const served = body(real);
    if (!served) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: served });
  });
}

test('a first visit fetches the UI file once, pinned by its integrity hash, and shows the banner', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await expect(v.banner).toBeVisible();
  expect(uiRequests(v)).toHaveLength(1);
  const pinned = await v.page.evaluate(() => {
    const script = document.querySelector<HTMLScriptElement>('script[src$="/dist/consentry-ui.js"]');
    return script && { integrity: script.integrity, crossOrigin: script.crossOrigin };
  });
  expect(pinned?.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  // With CORS even from its own origin, which needs no CORS headers there, so a sandboxed frame (an opaque origin) can check it too.
  expect(pinned?.crossOrigin).toBe('anonymous');
});

test('a returning visitor on a page with its own settings control fetches no UI code until asked', async ({ visitor }) => {
  const v = await decidedVisitor(visitor, FIXTURE.optIn);
  await v.goto(FIXTURE.optIn);
  await expect.poll(() => v.ran()).toEqual(RAN.allGranted);
  await v.settle();
  expect(uiRequests(v), 'requests for consentry-ui.js').toEqual([]);
  await expect(v.page.locator('consentry-ui')).toHaveCount(0);

  await footerSettings(v.page).click();
  await expect(v.dialog).toBeVisible();
  await expect(v.switch('Analytics')).toBeChecked();
  expect(uiRequests(v)).toHaveLength(1);
});

test('a returning visitor on a page without its own control gets the re-open control after the page has loaded', async ({ visitor }) => {
  const v = await decidedVisitor(visitor, FIXTURE.noOpenControl);
  await v.goto(FIXTURE.noOpenControl);
  const reopen = v.page.getByRole('button', { name: 'Privacy choices', exact: true });
  await expect(reopen).toBeVisible();
  const timing = await v.page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const ui = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/dist/consentry-ui.js'));
    return { loadEventStart: navigation.loadEventStart, uiStart: ui?.startTime ?? -1 };
  });
  expect(timing.uiStart, 'the UI file is fetched after the load event').toBeGreaterThanOrEqual(timing.loadEventStart);
  await reopen.click();
  await expect(v.dialog).toBeVisible();
});

test('shows the banner, and a preference center asked for early, when the UI file is slow', async ({ visitor }) => {
  const v = await visitor();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await v.page.route(UI_FILE, async (route) => {
    // Answered no sooner than a second after the request, and only once the checks below ran.
    await Promise.all([held, new Promise((resolve) => setTimeout(resolve, 1_000))]);
    await route.continue();
  });
  // Not waiting for `load`: a script the loader inserted holds the load event back.
  await v.page.goto(FIXTURE.optIn, { waitUntil: 'domcontentloaded' });
  await v.waitForReady();
  await expect.poll(() => uiRequests(v).length, { message: 'the UI file is requested' }).toBe(1);
  await expect(v.page.locator('consentry-ui'), 'nothing drawn before the file arrives').toHaveCount(0);
  // Called before the UI file arrived: it takes effect when it does.
  await v.page.evaluate(() => (window as Window & { Consentry?: { showPreferences(): void } }).Consentry?.showPreferences());
  release();
  await expect(v.dialog).toBeVisible();
  await v.page.keyboard.press('Escape');
  await expect(v.banner).toBeVisible();
  expect(granted(await v.state())).toEqual([]);
  expect(v.pageErrors).toEqual([]);
});

for (const [name, body] of [
  ['missing (404)', () => null],
  ['tampered with (integrity)', (real: Buffer) => Buffer.concat([real, Buffer.from('\nwindow.__tampered = true;\n')])],
] as const) {
  test(`grants nothing and keeps the gate and API working when the UI file is ${name}`, async ({ visitor }) => {
    const v = await visitor();
    await serveUiFile(v.page, body);
    await v.goto(FIXTURE.optIn);
    await expect
      .poll(() => v.consoleOf('error').map((message) => message.text).join('\n'))
      .toMatch(/\[consentry\] ui: could not load http:\/\/127\.0\.0\.1:\d+\/dist\/consentry-ui\.js/);
    await v.settle();
    await expect(v.page.locator('consentry-ui')).toHaveCount(0);
    expect(await v.page.evaluate(() => (window as Window & { __tampered?: boolean }).__tampered), 'the tampered file never ran').toBeUndefined();
    expect(granted(await v.state())).toEqual([]);
    expect(await v.ran()).toEqual(RAN.nothingButFallback);
    expect(v.trackerRequests()).toEqual([]);
    expect(v.pageErrors).toEqual([]);

    await v.page.evaluate(() => (window as Window & { Consentry?: { acceptAll(): void } }).Consentry?.acceptAll());
    await expect.poll(() => v.ran()).toMatchObject({ analytics: 1, marketing: 1 });
    expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
  });
}

test('fetches the UI file from the loader origin, with CORS, when the loader comes from a CDN', async ({ visitor, baseURL }) => {
  const v = await visitor();
  const port = new URL(baseURL!).port;
  // A host name, not 127.0.0.1, so that both origins are loopback names the browser may join.
  await v.goto(`http://www.acme.test:${port}${FIXTURE.crossOriginLoader}`);
  await expect(v.banner).toBeVisible();
  expect(uiRequests(v).map((request) => request.url)).toEqual([`http://cdn.consentry.test:${port}/dist/consentry-ui.js`]);
  expect(
    await v.page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src$="/dist/consentry-ui.js"]')?.crossOrigin),
  ).toBe('anonymous');
});
