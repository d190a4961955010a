// Storage that cannot be trusted never grants: in opt-out mode, whose defaults grant everything,
// a tampered cookie (a sample of corpora/cookies.json), cookies that cannot be written, or a
// sandboxed frame where nothing can be stored leave every non-essential category denied until the
// person decides, show the notice, and say why in the console (docs/configuration.md, Cookie). Of
// two same-name cookies on the host and its parent domain, the newest valid one is read.
import { COOKIE_CASES, cookieValue, isDuplicate, type CookieValueCase, type DuplicateCookieCase } from '../corpora/corpus';
import { onHost } from './gating-helpers';
import { expect, FIXTURE, RAN, test, type Visitor } from './helpers';

const DENIED = { essential: true, functional: false, analytics: false, marketing: false };
/** The part of corpora/cookies.json set in Chromium (`e2e: true`); the unit tests run all of it. */
const VALUES = COOKIE_CASES.filter((c): c is CookieValueCase => !isDuplicate(c) && !!c.e2e);
const DUPLICATES = COOKIE_CASES.filter((c): c is DuplicateCookieCase => isDuplicate(c) && !!c.e2e);
const HOST = 'www.acme.test';

async function expectFailedClosed(v: Visitor, cause: RegExp): Promise<void> {
  expect(await v.state()).toMatchObject({ decided: false, categories: DENIED });
  await expect(v.notice).toBeVisible();
  await v.settle();
  expect(await v.ran(), 'only the !marketing fallback runs').toEqual(RAN.nothingButFallback);
  expect(v.trackerRequests()).toEqual([]);
  const errors = v.consoleOf('error').map((message) => message.text);
  expect(errors.some((text) => cause.test(text)), errors.join('\n')).toBe(true);
  expect(v.pageErrors).toEqual([]);
}

test.describe(`${VALUES.length} tampered cookie values of corpora/cookies.json`, () => {
  for (const { name, value } of VALUES) {
    test(`opt-out mode over a cookie of the corpus (${name}) grants nothing until the person decides`, async ({ visitor, baseURL }) => {
      const v = await visitor();
      await v.context.addCookies([{ name: 'consentry', value: cookieValue(value, Date.now()), url: onHost(baseURL, HOST, '/') }]);
      await v.goto(onHost(baseURL, HOST, FIXTURE.optOut));
      await expectFailedClosed(v, /\[consentry\] cookie consentry: malformed value ignored; every non-essential category is denied/);
      // The person's choice makes the storage trusted again.
      await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
      await v.button(v.dialog, 'Accept all').click();
      await expect.poll(() => v.ran()).toEqual({ ...RAN.nothingButFallback, ...RAN.allGranted });
    });
  }
});

test('opt-out mode where cookies cannot be written keeps the decision in localStorage and grants nothing until the person decides', async ({ visitor }) => {
  const v = await visitor();
  // A browser setting or an extension that drops every cookie the page writes.
  await v.context.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'cookie', { get: () => '', set: () => {}, configurable: true });
  });
  await v.goto(FIXTURE.optOut);
  await expectFailedClosed(v, /\[consentry\] cookie consentry: cannot be written here; the decision is kept in localStorage/);
  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await v.button(v.dialog, 'Reject all').click();
  await v.reload();
  expect(await v.state(), 'the refusal is read back from localStorage').toMatchObject({ decided: true, method: 'reject-all' });
  await expect(v.notice).toBeHidden();
});

test('in a sandboxed frame without allow-same-origin, where cookies and localStorage throw, it keeps the decision in memory, grants nothing and throws nothing', async ({
  visitor,
  baseURL,
}) => {
  const v = await visitor();
  await v.page.setContent(`<iframe sandbox="allow-scripts" src="${new URL(FIXTURE.optOut, baseURL)}"></iframe>`);
  const frame = v.page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Your privacy choices' })).toBeVisible();
  const inFrame = v.page.frames()[1];
  const state = await inFrame.evaluate(() => (window as unknown as { Consentry: { getState(): { categories: object; decided: boolean } } }).Consentry.getState());
  expect(state).toMatchObject({ decided: false, categories: DENIED });
  expect(await inFrame.evaluate(() => ({ ...((window as unknown as { __ran?: object }).__ran ?? {}) }))).toEqual(RAN.nothingButFallback);
  await frame.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await frame.getByRole('dialog', { name: 'Privacy preferences' }).getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect.poll(() => inFrame.evaluate(() => ({ ...((window as unknown as { __ran?: object }).__ran ?? {}) }))).toEqual({ ...RAN.nothingButFallback, ...RAN.allGranted });
  const errors = v.consoleOf('error').map((message) => message.text);
  expect(errors.some((text) => /cookie consentry: cannot be written here; the decision is kept in memory/.test(text)), errors.join('\n')).toBe(true);
  expect(v.pageErrors).toEqual([]);
});

test.describe(`${DUPLICATES.length} duplicate cookies of corpora/cookies.json`, () => {
  for (const c of DUPLICATES) {
    test(`reads ${c.newest ? 'the newest valid' : 'no decision'} of two same-name cookies of the corpus on the host and the parent domain (${c.name}), in either order of writing`, async ({
      visitor,
      baseURL,
    }) => {
      for (const [first, second] of [
        ['host', 'parent'],
        ['parent', 'host'],
      ] as const) {
        const v = await visitor();
        const domain = { host: HOST, parent: '.acme.test' };
        const now = Date.now();
        await v.context.addCookies([first, second].map((where) => ({ name: 'consentry', value: cookieValue(c[where], now), domain: domain[where], path: '/' })));
        await v.goto(onHost(baseURL, HOST, FIXTURE.optOut));
        if (c.newest === null) {
          await expectFailedClosed(v, /\[consentry\] cookie consentry: malformed value ignored; every non-essential category is denied/);
          continue;
        }
        const method = cookieValue(c[c.newest], now).split('|')[5] === 'r' ? 'reject-all' : 'accept-all';
        expect(await v.state(), `${first} then ${second}`).toMatchObject({ decided: true, method, categories: method === 'reject-all' ? DENIED : { marketing: true } });
        await expect(v.notice).toBeHidden();
        expect(v.pageErrors).toEqual([]);
      }
    });
  }
});
