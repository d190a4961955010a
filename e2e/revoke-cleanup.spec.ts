// Clean-up on revoke and `reloadOnRevoke` (docs/gating.md): on revoke, the cookies and
// localStorage keys listed for a category (in the config or by its catalogue services) are
// deleted on the current host and every parent domain up to the cookie domain; `reloadOnRevoke`
// reloads once when a category whose scripts ran is revoked; and each gated element activates
// at most once per page load.
// Fixtures: demo/fixtures/gating/revoke.html and reload-on-revoke.html, opened on *.acme.test
// (resolved to the local server by the --host-resolver-rules in playwright.config.ts).
import type { Cookie, Page } from '@playwright/test';
import { expect, test, type Visitor } from './helpers';
import { GATING_FIXTURE, decide, effects, expectTally, gatedVisitor, onHost, quiet, requestedNames, times } from './gating-helpers';

/**
 * Sets `name=value` on each domain from the page, as a tracker's script does (`null`: host-only),
 * and waits until the browser's cookie store holds them all: a script's cookie write reaches it a
 * moment later, so a store read at once (`storageState()`) can miss the last ones.
 */
async function setCookies(page: Page, names: string[], domains: Array<string | null>): Promise<void> {
  const host = new URL(page.url()).hostname;
  const expected = names.flatMap((name) => domains.map((domain) => `${name}@${domain ? `.${domain}` : host}`));
  await page.evaluate(
    ([names, domains]) => {
      for (const name of names) {
        for (const domain of domains) {
          document.cookie = `${name}=${domain ?? 'host'}; path=/; max-age=3600${domain ? `; domain=${domain}` : ''}`;
        }
      }
    },
    [names, domains] as const,
  );
  await expect
    .poll(async () => {
      const stored = (await page.context().cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`);
      return expected.filter((cookie) => !stored.includes(cookie));
    })
    .toEqual([]);
}

/** The page's cookies as `name@domain` ("www.acme.test" host-only, ".acme.test" a domain cookie). */
async function jar(v: Visitor): Promise<string[]> {
  const cookies: Cookie[] = await v.context.cookies();
  return cookies.map((c) => `${c.name}@${c.domain}`).sort();
}

const storageKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

const openSettings = async (v: Visitor) => {
  // The banner overlays the footer until it has gone.
  await expect(v.banner).toBeHidden();
  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.dialog).toBeVisible();
};

const ANALYTICS_COOKIES = ['_ga', '_gid_1', '_hjSessionUser_1'];
const MARKETING_COOKIES = ['ad_id', '_fbp', '_fbc'];
const KEPT_COOKIES = ['site_pref'];

test('revoking a category deletes its cookies on the host and on acme.test, and its storage keys', async ({ visitor, baseURL }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(onHost(baseURL, 'www.acme.test', GATING_FIXTURE.revoke));
  await decide(v.page, { acceptAll: true });
  const decision = await v.cookie();
  expect(decision?.domain, 'cookie domain "auto": the registrable domain').toBe('.acme.test');

  const domains = [null, 'acme.test'];
  await setCookies(v.page, [...ANALYTICS_COOKIES, ...MARKETING_COOKIES, ...KEPT_COOKIES], domains);
  await v.page.evaluate(() => {
    for (const key of ['amp_key', '_hjSession_1', 'ad_seen', 'site_pref']) localStorage.setItem(key, '1');
  });
  const cookieSet = (names: string[]) => names.flatMap((n) => [`${n}@.acme.test`, `${n}@www.acme.test`]);
  expect(await jar(v)).toEqual([...cookieSet([...ANALYTICS_COOKIES, ...MARKETING_COOKIES, ...KEPT_COOKIES]), 'consentry@.acme.test'].sort());

  // Revoke analytics only: its config cookies and hotjar's go, from both domains.
  await decide(v.page, { save: { functional: false, analytics: false, marketing: true } });
  await expect
    .poll(() => jar(v), { message: 'analytics revoked: _ga, _gid*, _hj* gone on www.acme.test and .acme.test' })
    .toEqual([...cookieSet([...MARKETING_COOKIES, ...KEPT_COOKIES]), 'consentry@.acme.test'].sort());
  expect(await storageKeys(v.page), 'amp_key and _hj* keys gone').toEqual(['ad_seen', 'site_pref']);

  // Revoke marketing through the preference center, as the person would.
  await openSettings(v);
  await v.button(v.dialog, 'Reject all').click();
  await expect
    .poll(() => jar(v), { message: 'marketing revoked: ad_id and meta-pixel’s _fbp, _fbc gone' })
    .toEqual([...cookieSet(KEPT_COOKIES), 'consentry@.acme.test'].sort());
  expect(await storageKeys(v.page)).toEqual(['site_pref']);
  expect(v.pageErrors).toEqual([]);
});

test('turning GPC on and reloading deletes the marketing cookies at load, and keeps the rest', async ({ visitor, baseURL }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(onHost(baseURL, 'www.acme.test', GATING_FIXTURE.revoke));
  await decide(v.page, { acceptAll: true });
  await setCookies(v.page, [...ANALYTICS_COOKIES, ...MARKETING_COOKIES, ...KEPT_COOKIES], [null, 'acme.test']);
  const cookieSet = (names: string[]) => names.flatMap((n) => [`${n}@.acme.test`, `${n}@www.acme.test`]);

  // The regulator's test: the same browser with GPC on loads the page again.
  const withGpc = await gatedVisitor(visitor, { gpc: true, storageState: await v.carryOver() });
  await withGpc.goto(onHost(baseURL, 'www.acme.test', GATING_FIXTURE.revoke));
  expect(await jar(withGpc), 'marketing cookies (_fbp, _fbc, ad_id) gone at load, on both domains').toEqual(
    [...cookieSet([...ANALYTICS_COOKIES, ...KEPT_COOKIES]), 'consentry@.acme.test'].sort(),
  );
  expect(withGpc.pageErrors).toEqual([]);
});

test('clean-up reaches every parent domain from a deep host up to the cookie domain', async ({ visitor, baseURL }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(onHost(baseURL, 'shop.eu.acme.test', GATING_FIXTURE.revoke));
  await decide(v.page, { acceptAll: true });
  expect((await v.cookie())?.domain).toBe('.acme.test');

  await setCookies(v.page, ['_ga', 'site_pref'], [null, 'shop.eu.acme.test', 'eu.acme.test', 'acme.test']);
  const all = (name: string) => [`${name}@.acme.test`, `${name}@.eu.acme.test`, `${name}@.shop.eu.acme.test`, `${name}@shop.eu.acme.test`];
  expect(await jar(v)).toEqual([...all('_ga'), ...all('site_pref'), 'consentry@.acme.test'].sort());

  await decide(v.page, { rejectAll: true });
  await expect
    .poll(() => jar(v), { message: '_ga gone from the host and from shop.eu., eu. and acme.test' })
    .toEqual([...all('site_pref'), 'consentry@.acme.test'].sort());
});

test('each gated element activates at most once per page load across grant, revoke and grant', async ({ visitor, baseURL }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(onHost(baseURL, 'www.acme.test', GATING_FIXTURE.revoke));
  await quiet(v.page);
  const preloaded = requestedNames(v).filter((n) => n === 'r-bl-a').length;
  expect(preloaded, 'r-bl-a: at most the preload scanner’s fetch').toBeLessThanOrEqual(1);
  expect((await effects(v.page)).ran).toEqual({});

  const once = { ...times(['r-a', 'r-i', 'r-m', 'r-frame'], 1), 'r-bl-a': { ran: 1, requested: preloaded + 1 } };
  await decide(v.page, { acceptAll: true });
  await expectTally(v, once, 'first grant');

  await decide(v.page, { rejectAll: true });
  await v.page.evaluate(() => (window as unknown as { late(): void }).late());
  await expectTally(v, { ...once, ...times(['r-late-a', 'r-late-bl'], 0) }, 'revoked; late elements held');

  await decide(v.page, { acceptAll: true });
  await expectTally(v, { ...once, ...times(['r-late-a', 'r-late-bl'], 1) }, 'granted again: only the late ones run');
  await decide(v.page, { rejectAll: true });
  await decide(v.page, { acceptAll: true });
  await expectTally(v, { ...once, ...times(['r-late-a', 'r-late-bl'], 1) }, 'a third grant: nothing runs again');

  const { loads } = await effects(v.page);
  expect(loads, 'each onload once, the pixel loaded once').toEqual({ 'r-px': 1, 'r-bl-a': 1, 'r-late-bl': 1 });
  expect(requestedNames(v).filter((n) => n === 'r-px')).toHaveLength(1);
  expect(await v.page.evaluate(() => sessionStorage.getItem('loads')), 'no reload without reloadOnRevoke').toBe('1');
});

/** Waits long enough for a reload that the SDK might still start, then reads the load count. */
async function loadsAfterQuiet(page: Page): Promise<string | null> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(700);
  await page.waitForLoadState('load');
  return page.evaluate(() => sessionStorage.getItem('loads'));
}

test('reloadOnRevoke reloads exactly once when a category whose scripts ran is revoked', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  let navigations = 0;
  v.page.on('framenavigated', (frame) => {
    if (frame === v.page.mainFrame()) navigations++;
  });
  await v.goto(GATING_FIXTURE.reload);
  await decide(v.page, { acceptAll: true });
  await expectTally(v, times(['rl-a', 'rl-m'], 1), 'accepted');
  expect(navigations).toBe(1);

  // Revoking functional (granted, but nothing of it ran) does not reload.
  await decide(v.page, { save: { functional: false, analytics: true, marketing: true } });
  expect(await loadsAfterQuiet(v.page), 'no reload for a category whose scripts never ran').toBe('1');

  // Revoking analytics and marketing at once (Reject all): one reload, not one per category.
  await Promise.all([v.page.waitForEvent('load'), decide(v.page, { rejectAll: true }).catch(() => undefined)]);
  await v.waitForReady();
  expect(await loadsAfterQuiet(v.page), 'exactly one reload').toBe('2');
  expect(navigations).toBe(2);
  expect((await effects(v.page)).ran, 'after the reload nothing gated runs').toEqual({});
  expect((await v.state()).categories).toMatchObject({ analytics: false, marketing: false });

  // A later grant and revoke on the new page load reloads once more, and only once.
  await decide(v.page, { save: { analytics: true } });
  // Requests are counted across page loads; runs per page load.
  await expect.poll(async () => (await effects(v.page)).ran, { message: 'analytics granted again' }).toEqual({ 'rl-a': 1 });
  await Promise.all([v.page.waitForEvent('load'), decide(v.page, { save: { analytics: false } }).catch(() => undefined)]);
  await v.waitForReady();
  expect(await loadsAfterQuiet(v.page)).toBe('3');
  expect(navigations).toBe(3);
});

test('reloadOnRevoke does not reload when nothing of the revoked category ran on this page load', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.reload);
  // Functional has no script on this page: granting and revoking it has nothing to unload.
  await decide(v.page, { save: { functional: true } });
  await decide(v.page, { save: { functional: false } });
  expect(await loadsAfterQuiet(v.page)).toBe('1');
  expect((await effects(v.page)).ran).toEqual({});
});
