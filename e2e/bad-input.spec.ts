// Bad input never breaks the host page (docs/configuration.md, Validation): a malformed or
// tampered decision cookie reads as "no decision" with a console.error naming the cookie,
// a bad config value is reported by path and replaced by its default, and an unknown
// category is never granted.
import { FIXTURE, RAN, expect, expectDecisionCookie, granted, test, type Visitor } from './helpers';

/** The undecided opt-in page, exactly as on a first visit, and nothing thrown into the page. */
async function expectSafeFirstVisit(v: Visitor): Promise<void> {
  await expect(v.banner).toBeVisible();
  await v.settle();
  expect(v.pageErrors.map(String), 'uncaught errors in the page').toEqual([]);
  const state = await v.state();
  expect(state.decided).toBe(false);
  expect(granted(state)).toEqual([]);
  expect(v.trackerRequests()).toEqual([]);
  expect(await v.ran()).toEqual(RAN.nothingButFallback);
}

function errorsNaming(v: Visitor, text: string): string[] {
  return v.consoleOf('error').map((message) => message.text).filter((message) => message.includes(text));
}

const GARBAGE: [label: string, value: string][] = [
  ['plain text', 'garbage'],
  ['JSON that claims every category', encodeURIComponent('{"v":1,"analytics":true,"marketing":true,"functional":true}')],
  ['a made-up version with grants', '9.zzzz.1111.marketing'],
  ['base64-looking noise', 'eyJhbGciOiJub25lIn0.eyJtYXJrZXRpbmciOnRydWV9.'],
];

for (const [label, value] of GARBAGE) {
  test(`treats a garbage consent cookie (${label}) as no decision`, async ({ visitor, baseURL }) => {
    const v = await visitor();
    await v.context.addCookies([{ name: 'consentry_acme', value, url: baseURL ?? '' }]);
    await v.goto(FIXTURE.tenant);

    await expectSafeFirstVisit(v);
    expect(errorsNaming(v, 'consentry_acme'), 'a console.error naming the cookie').not.toEqual([]);
  });
}

test('treats a truncated consent cookie as no decision', async ({ visitor, baseURL }) => {
  const before = await visitor();
  await before.goto(FIXTURE.tenant);
  await before.button(before.banner, 'Accept all').click();
  const real = await expectDecisionCookie(before, 'consentry_acme');

  const v = await visitor();
  const truncated = real.value.slice(0, Math.ceil(real.value.length / 2));
  await v.context.addCookies([{ name: 'consentry_acme', value: truncated, url: baseURL ?? '' }]);
  await v.goto(FIXTURE.tenant);

  await expectSafeFirstVisit(v);
  expect(errorsNaming(v, 'consentry_acme'), 'a console.error naming the cookie').not.toEqual([]);
});

test('treats a garbage cookie without a tenant as no decision and names it', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.context.addCookies([{ name: 'consentry', value: 'not-a-decision', url: baseURL ?? '' }]);
  await v.goto(FIXTURE.optIn);

  await expectSafeFirstVisit(v);
  const named = v
    .consoleOf('error')
    .map((message) => message.text)
    .filter((text) => /\bconsentry\b/.test(text) && /cookie/i.test(text));
  expect(named, 'a console.error naming the "consentry" cookie').not.toEqual([]);
});

test('recovers from a garbage cookie with a working banner', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.context.addCookies([{ name: 'consentry_acme', value: 'garbage', url: baseURL ?? '' }]);
  await v.goto(FIXTURE.tenant);
  await v.button(v.banner, 'Reject all').click();

  await expect(v.banner).toBeHidden();
  await v.reload();
  await v.settle();
  await expect(v.banner).toBeHidden();
  expect(await v.state()).toMatchObject({ decided: true, method: 'reject-all' });
  expect(v.pageErrors).toEqual([]);
});

test('reports bad config values by path and falls back to their defaults', async ({ visitor }) => {
  const v = await visitor();
  // demo/fixtures/bad-config.html: mode "sideways", cookie.expiresDays "forever".
  await v.goto(FIXTURE.badConfig);

  await expect(v.banner, 'the opt-in default replaces the bad mode').toBeVisible();
  expect(v.pageErrors).toEqual([]);
  const errors = v.consoleOf('error').map((message) => message.text);
  expect(errors.filter((text) => /\bmode\b/.test(text)), 'a console.error naming "mode"').not.toEqual([]);
  expect(errors.filter((text) => text.includes('cookie.expiresDays')), 'a console.error naming "cookie.expiresDays"').not.toEqual([]);

  await v.button(v.banner, 'Reject all').click();
  await expectDecisionCookie(v, 'consentry', 180);
});

test('never runs a script tagged with an unknown category, not even after Accept all', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(FIXTURE.badConfig);
  await v.button(v.banner, 'Accept all').click();

  await expect.poll(() => v.ran()).toMatchObject({ analytics: 1 });
  await v.settle();
  const ran = await v.ran();
  expect(ran).not.toHaveProperty('unknownCategory');
  expect(ran).not.toHaveProperty('knownAndUnknown');
  expect(
    v.consoleOf('error').filter((message) => message.text.includes('tracking')),
    'a console.error naming the unknown category',
  ).not.toEqual([]);
  expect(v.pageErrors).toEqual([]);
});
