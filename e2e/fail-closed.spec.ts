// Storage that cannot be trusted never grants: in opt-out mode, whose defaults grant everything,
// a tampered cookie, cookies that cannot be written, or a sandboxed frame where nothing can be
// stored leave every non-essential category denied until the person decides, show the notice,
// and say why in the console (docs/configuration.md, Cookie).
import { onHost } from './gating-helpers';
import { expect, FIXTURE, RAN, test, type Visitor } from './helpers';

const DENIED = { essential: true, functional: false, analytics: false, marketing: false };

/** A decision as the SDK stores it: `version|id|at|revision|choices gpcOptOut|method|override` (src/policy/decision-codec.ts). */
function stored(method: 'a' | 'r', at: number): string {
  return ['1', 'k3x9q0a7b2mz', at.toString(36), '1', method === 'a' ? '70' : '00', method, '0'].join('|');
}

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

for (const [name, value] of [
  ['forged', '1|forged|zz'],
  ['from a future encoding version', `9|k3x9q0a7b2mz|${Date.now().toString(36)}|1|70|a|0`],
  ['dated a year ahead', stored('a', Date.now() + 365 * 86_400_000)],
  ['oversize', `1|${'x'.repeat(3000)}`],
] as const) {
  test(`opt-out mode over a ${name} cookie grants nothing until the person decides`, async ({ visitor, baseURL }) => {
    const v = await visitor();
    await v.context.addCookies([{ name: 'consentry', value, url: baseURL! }]);
    await v.goto(FIXTURE.optOut);
    await expectFailedClosed(v, /\[consentry\] cookie consentry: malformed value ignored; every non-essential category is denied/);
    // The person's choice makes the storage trusted again.
    await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
    await v.button(v.dialog, 'Accept all').click();
    await expect.poll(() => v.ran()).toEqual({ ...RAN.nothingButFallback, ...RAN.allGranted });
  });
}

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

test('reads the newest of two same-name cookies, on the host and on the parent domain, in either order of writing', async ({ visitor, baseURL }) => {
  for (const [first, second] of [
    ['host', 'parent'],
    ['parent', 'host'],
  ] as const) {
    const v = await visitor();
    const domain = { host: 'www.acme.test', parent: '.acme.test' };
    const now = Date.now();
    // The one written second is the newer decision: a refusal after an acceptance.
    await v.context.addCookies([
      { name: 'consentry', value: stored('a', now - 3_600_000), domain: domain[first], path: '/' },
      { name: 'consentry', value: stored('r', now - 60_000), domain: domain[second], path: '/' },
    ]);
    await v.goto(onHost(baseURL, 'www.acme.test', FIXTURE.optIn));
    expect(await v.state(), `${first} then ${second}`).toMatchObject({ decided: true, method: 'reject-all', categories: DENIED });
    await expect(v.banner).toBeHidden();
  }
});
