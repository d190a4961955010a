// The script-tag entry (docs/script-tag.md): config sources, loader attributes,
// denial before any later script, double inclusion.
import { FIXTURE, RAN, TRACKER_HOST, expect, expectDecisionCookie, granted, test } from './helpers';

test('denies every non-essential category before the next script on the page runs', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  // demo/fixtures/opt-in.html records window.Consentry right after the loader tag.
  const seen = await v.page.evaluate(() => (window as Window & { __afterLoader?: unknown }).__afterLoader);
  expect(seen).toEqual({
    hasInstance: true,
    categories: { essential: true, functional: false, analytics: false, marketing: false },
  });
  expect(await v.page.locator('consentry-ui').evaluate((host) => host.shadowRoot?.mode)).toBe('open');
});

test('keeps one instance and warns once when the loader is included twice', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.double);
  await v.settle();

  const same = await v.page.evaluate(() => {
    const win = window as Window & { __firstInstance?: unknown; Consentry?: unknown };
    return win.Consentry !== undefined && win.Consentry === win.__firstInstance;
  });
  expect(same, 'window.Consentry is still the first instance').toBe(true);
  await expect(v.page.locator('consentry-ui')).toHaveCount(1);
  await expect(v.banner).toHaveCount(1);
  expect(v.consoleOf('warning').map((message) => message.text), 'console warnings').toHaveLength(1);
  expect(await v.events('ready')).toHaveLength(1);
  expect(v.pageErrors).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toMatchObject({ analytics: 1 });
  await v.settle();
  expect(await v.ran(), 'each tagged script ran once').toEqual({ ...RAN.allGranted, notMarketing: 1 });
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
});

test('applies a config fetched from data-config and runs nothing tagged before it arrives', async ({ visitor }) => {
  const v = await visitor();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let configRequested = false;
  await v.page.route('**/demo/fixtures/remote-config.json', async (route) => {
    configRequested = true;
    await held;
    await route.continue();
  });

  await v.page.goto(FIXTURE.remoteConfig);
  await expect.poll(() => configRequested, { message: 'the loader fetches data-config' }).toBe(true);
  await v.page.waitForTimeout(1_000);
  expect(v.trackerRequests(), 'tracker requests while the config is in flight').toEqual([]);
  expect(await v.ran(), 'tagged scripts run while the config is in flight').toEqual({});

  release();
  await v.waitForReady();
  // remote-config.json: mode "opt-out", tenant "remote".
  await expect(v.notice).toBeVisible();
  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual(RAN.allGranted);
  const state = await v.state();
  expect(state.decided).toBe(false);
  expect(granted(state)).toEqual(['functional', 'analytics', 'marketing']);

  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await v.button(v.dialog, 'Reject all').click();
  await expectDecisionCookie(v, 'consentry_remote');
});

test('lets data-mode and data-tenant on the loader override the inline config', async ({ visitor }) => {
  const v = await visitor();
  // Inline config: mode "opt-in", tenant "inline"; loader: data-mode="opt-out" data-tenant="acme".
  await v.goto(FIXTURE.loaderAttrs);

  await expect(v.notice).toBeVisible();
  await expect(v.banner).toBeHidden();
  await expect.poll(() => v.ran()).toEqual(RAN.allGranted);

  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await v.button(v.dialog, 'Reject all').click();
  await expect(v.dialog).toBeHidden();
  await expectDecisionCookie(v, 'consentry_acme');
  const names = (await v.context.cookies()).map((cookie) => cookie.name);
  expect(names).toEqual(['consentry_acme']);
});
