// Gated markup (docs/gating.md): <script type="text/plain" data-consent="…"> runs only
// while its categories allow it, in document order, with its attributes, at most once.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { FIXTURE, RAN, TRACKER_HOST, expect, test, type Visitor } from './helpers';

const openSettings = async (v: Visitor) => {
  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await expect(v.dialog).toBeVisible();
};

test('activates non-async tagged scripts in document order whatever their load times', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.order);
  await v.settle();
  expect(await v.order(), 'nothing runs before a decision').toEqual([]);
  expect(v.trackerRequests()).toEqual([]);

  await v.button(v.banner, 'Accept all').click();
  // External delays (demo/fixtures/order.html): a 900 ms, c 0 ms, e 400 ms, async 2000 ms.
  await expect.poll(() => v.order(), { timeout: 10_000 }).toHaveLength(7);
  let order = await v.order();
  expect(order.filter((name) => name !== 'async')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  expect(order.at(-1), 'an async script does not hold the ordered ones back').toBe('async');

  // The same order when a stored decision activates them during page load.
  await v.reload();
  await expect.poll(() => v.order(), { timeout: 10_000 }).toHaveLength(7);
  order = await v.order();
  expect(order.filter((name) => name !== 'async')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  expect(order.at(-1)).toBe('async');
});

test('carries nonce, id, data-*, async, defer, crossorigin, referrerpolicy and integrity over under a nonce CSP', async ({
  visitor,
}) => {
  const nonce = 'n0nc3e2e';
  const csp = `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:`;
  const source = await readFile(new URL('../demo/trackers/attrs.js', import.meta.url));
  const sri = `sha384-${createHash('sha384').update(source).digest('base64')}`;
  const v = await visitor();
  await serveWithCsp(v.page, csp, sri);

  await v.goto(FIXTURE.cspNonce);
  expect(
    await v.page.evaluate(() => (window as Window & { __withoutNonce?: boolean }).__withoutNonce),
    'the CSP is enforced: an inline script without the nonce is blocked',
  ).toBeUndefined();
  await expect(v.banner, 'the banner works under a strict CSP').toBeVisible();
  await v.button(v.banner, 'Accept all').click();

  await expect
    .poll(() => v.page.evaluate(() => Object.keys(window.__attrs ?? {}).sort()))
    .toEqual(['deferred', 'external', 'inline']);
  const attrs = await v.page.evaluate(() => window.__attrs ?? {});
  expect(attrs.external).toEqual({
    id: 'tag-external',
    nonce,
    foo: 'bar',
    async: true,
    defer: false,
    crossOrigin: 'anonymous',
    referrerPolicy: 'no-referrer',
    integrity: sri,
  });
  expect(attrs.deferred).toMatchObject({ id: 'tag-deferred', nonce, foo: 'qux', defer: true });
  expect(attrs.inline).toEqual({ id: 'tag-inline', nonce, foo: 'baz' });

  // The copy with a wrong hash is fetched but never runs: integrity really carried over.
  await v.settle();
  expect(await v.ran()).not.toHaveProperty('badsri');
  expect(v.pageErrors).toEqual([]);
});

/** Serves the CSP fixture with a CSP header and the real SRI hash of attrs.js filled in. */
async function serveWithCsp(page: Page, csp: string, sri: string): Promise<void> {
  await page.route('**/demo/fixtures/csp-nonce.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('integrity="__SRI__"', `integrity="${sri}"`);
    const headers: Record<string, string> = { ...response.headers(), 'content-security-policy': csp };
    delete headers['content-length'];
    await route.fulfill({ response, body, headers });
  });
}

test('runs a !marketing script only while marketing is denied', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await expect.poll(() => v.ran()).toEqual({ notMarketing: 1 });

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toMatchObject({ marketing: 1 });
  await v.reload();
  await v.settle();
  expect(await v.ran(), 'marketing granted: the fallback stays inert').not.toHaveProperty('notMarketing');

  // Revoking marketing on this page load makes the fallback eligible.
  await openSettings(v);
  await v.switch('Limited marketing').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect.poll(() => v.ran()).toMatchObject({ notMarketing: 1 });
});

test('runs a multi-category script only when every category it names is granted', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Customize').click();
  await v.switch('Limited marketing').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect.poll(() => v.ran()).toMatchObject({ marketing: 1, marketingInline: 1 });
  await v.settle();
  expect(await v.ran(), 'marketing alone').not.toHaveProperty('analyticsAndMarketing');

  await openSettings(v);
  await v.switch('Analytics').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect.poll(() => v.ran()).toMatchObject({ analytics: 1, analyticsAndMarketing: 1 });
});

test('runs each tagged script at most once across revoke and re-grant', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.optIn);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toEqual({ ...RAN.allGranted, notMarketing: 1 });
  await v.settle();

  await openSettings(v);
  await v.button(v.dialog, 'Reject all').click();
  await expect(v.dialog).toBeHidden();
  await v.settle();
  await openSettings(v);
  await v.button(v.dialog, 'Accept all').click();
  await expect(v.dialog).toBeHidden();
  expect((await v.state()).categories.marketing).toBe(true);
  await v.settle();

  expect(await v.ran()).toEqual({ ...RAN.allGranted, notMarketing: 1 });
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
  expect(v.trackerRequests(TRACKER_HOST.ads)).toHaveLength(1);
  await expect(v.page.locator('[data-effect]')).toHaveCount(5);
});

test('accepts src as well as data-src on a text/plain script', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.srcAttr);
  await v.settle();
  expect(await v.ran()).toEqual({});

  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => v.ran()).toEqual({ analytics: 1 });
  expect(v.trackerRequests(TRACKER_HOST.analytics)).toHaveLength(1);
});
