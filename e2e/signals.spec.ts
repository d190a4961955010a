// Tag signals (docs/signals.md): Google Consent Mode v2 in dataLayer, Microsoft
// UET in uetq and the Meta Pixel's queue, with the site's snippets above or below the loader.
import type { Page } from '@playwright/test';
import { TRACKER_HOST, expect, test, type OpenVisitor, type Visitor } from './helpers';

const BEFORE = '/demo/fixtures/signals/tags-before.html';
const AFTER = '/demo/fixtures/signals/tags-after.html';
const OPT_OUT = '/demo/fixtures/signals/tags-opt-out.html';

type Consent = Record<string, string | number | string[]>;

const DENIED: Consent = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const GRANTED: Consent = Object.fromEntries(Object.keys(DENIED).map((type) => [type, 'granted']));

/** A page queue as plain data: Arguments objects (what gtag() and fbq() push) become arrays. */
async function queue(page: Page, name: 'dataLayer' | 'uetq' | 'fbq.queue'): Promise<unknown[]> {
  return page.evaluate((path) => {
    const value = path.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown> | undefined)?.[key], window);
    const isArgs = (entry: unknown) => Object.prototype.toString.call(entry) === '[object Arguments]';
    return JSON.parse(JSON.stringify(((value as unknown[]) ?? []).map((entry) => (isArgs(entry) ? Array.from(entry as IArguments) : entry))));
  }, name);
}

/** Consent commands in dataLayer, in order: `['default' | 'update', types]`. */
async function consentCommands(page: Page): Promise<Array<[string, Consent]>> {
  return (await queue(page, 'dataLayer'))
    .filter((entry): entry is [string, string, Consent] => Array.isArray(entry) && entry[0] === 'consent')
    .map(([, kind, types]) => [kind, types]);
}

const lastUpdate = async (page: Page) => (await consentCommands(page)).filter(([kind]) => kind === 'update').at(-1)?.[1];

const indexOf = (entries: unknown[], match: (entry: unknown[]) => boolean) =>
  entries.findIndex((entry) => Array.isArray(entry) && match(entry));

/** Accepts everything on a first visit, and gives the cookies to a new visit of the same person. */
async function returning(visitor: OpenVisitor, path: string, options: Parameters<OpenVisitor>[0] = {}): Promise<Visitor> {
  const first = await visitor();
  await first.goto(path);
  await first.button(first.banner, 'Accept all').click();
  await expect.poll(async () => (await first.state()).decided).toBe(true);
  return visitor({ ...options, storageState: await first.carryOver() });
}

for (const [where, path] of [
  ['above', BEFORE],
  ['below', AFTER],
] as const) {
  test(`puts the Consent Mode default first in dataLayer, before gtag's js and config, with the snippet ${where} the loader`, async ({ visitor }) => {
    const v = await visitor();
    await v.goto(path);
    const layer = await queue(v.page, 'dataLayer');
    const defaults = indexOf(layer, (e) => e[0] === 'consent' && e[1] === 'default');
    expect(defaults, 'the first entry is the consent default').toBe(0);
    expect(defaults).toBeLessThan(indexOf(layer, (e) => e[0] === 'js'));
    expect(defaults).toBeLessThan(indexOf(layer, (e) => e[0] === 'config'));
    const [, , types] = layer[0] as [string, string, Consent];
    expect(types).toMatchObject({ ...DENIED, wait_for_update: 500 });
    if (path === BEFORE) expect(types.region).toEqual(['DE', 'FR']);
    expect(layer[1]).toEqual(['set', 'ads_data_redaction', true]);
    // With a regional default, an update that applies everywhere follows at once; without, none before a decision.
    expect((await consentCommands(v.page)).map(([kind]) => kind)).toEqual(path === BEFORE ? ['default', 'update'] : ['default']);
    await v.settle();
    // Written in the HTML, it may have been preloaded (docs/gating.md, What is held), but it has not run.
    expect(await v.ran(), 'the blocklisted analytics library is held').toEqual({});
  });

  test(`queues UET's default and Meta's revoke before what the snippets queued ${where} the loader`, async ({ visitor }) => {
    const v = await visitor();
    await v.goto(path);
    expect((await queue(v.page, 'uetq')).slice(0, 6)).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'event', 'page_view', { page_path: '/' }]);
    expect(await queue(v.page, 'fbq.queue')).toEqual([['consent', 'revoke'], ['init', 'PIXEL'], ['track', 'PageView']]);
  });
}

test('updates every signal on Accept all, with the consentry_update event after the update', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(AFTER);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => lastUpdate(v.page)).toEqual(GRANTED);
  const layer = await queue(v.page, 'dataLayer');
  const update = indexOf(layer, (e) => e[0] === 'consent' && e[1] === 'update');
  expect(layer[update + 1]).toEqual(['set', 'ads_data_redaction', false]);
  expect(layer[update + 2]).toMatchObject({ event: 'consentry_update', consentry: { categories: { analytics: true, marketing: true }, gpc: false, decided: true } });
  expect((await queue(v.page, 'uetq')).slice(-3)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
  expect((await queue(v.page, 'fbq.queue')).at(-1)).toEqual(['consent', 'grant']);
  // The held library runs now.
  await expect.poll(() => v.ran()).toEqual({ analytics: 1 });
});

test('sends the types of a custom choice only, and all denied after Reject all', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(AFTER);
  await v.button(v.banner, 'Customize').click();
  await v.switch('Analytics').click();
  await v.button(v.dialog, 'Save choices').click();
  await expect.poll(() => lastUpdate(v.page)).toEqual({ ...DENIED, analytics_storage: 'granted' });
  expect((await queue(v.page, 'uetq')).filter((item) => item === 'update')).toEqual([]);

  await v.page.getByRole('button', { name: 'Cookie settings', exact: true }).click();
  await v.button(v.dialog, 'Reject all').click();
  await expect.poll(() => lastUpdate(v.page)).toEqual(DENIED);
});

test('sends the stored decision as an update right after the default on a returning visit', async ({ visitor }) => {
  const v = await returning(visitor, BEFORE);
  await v.goto(BEFORE);
  const layer = await queue(v.page, 'dataLayer');
  expect(layer[0]).toMatchObject(['consent', 'default', DENIED]);
  expect((layer[0] as [string, string, Consent])[2].wait_for_update, 'no wait: the decision is known').toBeUndefined();
  expect(layer[2]).toEqual(['consent', 'update', { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', analytics_storage: 'granted', functionality_storage: 'granted', personalization_storage: 'granted' }]);
  expect(layer[0]).toMatchObject(['consent', 'default', { region: ['DE', 'FR'] }]);
  expect(indexOf(layer, (e) => e[0] === 'consent' && e[1] === 'update')).toBeLessThan(indexOf(layer, (e) => e[0] === 'config'));
  expect((await queue(v.page, 'uetq')).slice(0, 6)).toEqual(['consent', 'default', { ad_storage: 'denied' }, 'consent', 'update', { ad_storage: 'granted' }]);
  expect((await queue(v.page, 'fbq.queue'))[0]).toEqual(['consent', 'grant']);
});

test('keeps the ad types denied under GPC, even after Accept all, and requests no ad host', async ({ visitor }) => {
  const v = await visitor({ gpc: true });
  await v.goto(AFTER);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => lastUpdate(v.page)).toEqual({
    ...GRANTED,
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
  });
  await v.settle();
  expect(v.trackerRequests(TRACKER_HOST.ads), 'requests to the ads host').toEqual([]);
  expect((await queue(v.page, 'uetq')).filter((item) => item === 'update')).toEqual([]);
  expect(await queue(v.page, 'fbq.queue')).toEqual([['consent', 'revoke'], ['dataProcessingOptions', ['LDU'], 0, 0], ['init', 'PIXEL'], ['track', 'PageView']]);
});

test('denies the ad types as soon as a GPC signal injected late is applied', async ({ visitor }) => {
  const v = await returning(visitor, AFTER, { lateGpc: true });
  await v.goto(AFTER);
  await expect.poll(() => lastUpdate(v.page)).toMatchObject({ ad_storage: 'denied', analytics_storage: 'granted' });
  const updates = (await consentCommands(v.page)).filter(([kind]) => kind === 'update');
  expect(updates[0][1], 'the stored grant came first').toMatchObject({ ad_storage: 'granted' });
  expect((await queue(v.page, 'uetq')).slice(-3)).toEqual(['consent', 'update', { ad_storage: 'denied' }]);
});

test('queues Limited Data Use before init on a US opt-out site only while GPC or an opt-out applies', async ({ visitor }) => {
  const plain = await visitor();
  await plain.goto(OPT_OUT);
  expect(await queue(plain.page, 'fbq.queue')).toEqual([['consent', 'grant'], ['init', 'PIXEL'], ['track', 'PageView']]);

  const gpc = await visitor({ gpc: true });
  await gpc.goto(OPT_OUT);
  expect(await queue(gpc.page, 'fbq.queue')).toEqual([['consent', 'revoke'], ['dataProcessingOptions', ['LDU'], 0, 0], ['init', 'PIXEL'], ['track', 'PageView']]);
  await gpc.settle();
  expect(gpc.trackerRequests(TRACKER_HOST.ads)).toEqual([]);

  await plain.notice.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }).click();
  await plain.button(plain.dialog, 'Reject all').click();
  const optedOut = await visitor({ storageState: await plain.carryOver() });
  await optedOut.goto(OPT_OUT);
  expect(await queue(optedOut.page, 'fbq.queue')).toEqual([['consent', 'revoke'], ['dataProcessingOptions', ['LDU'], 0, 0], ['init', 'PIXEL'], ['track', 'PageView']]);
});

test('brings another open tab in step with a decision made in this one: state, gate and signals', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(AFTER);
  const other = await v.context.newPage();
  await other.goto(AFTER);
  await other.waitForFunction(() => window.__consentryEvents?.some((event) => event.type === 'ready'));
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(() => lastUpdate(other)).toEqual(GRANTED);
  expect((await queue(other, 'uetq')).slice(-3)).toEqual(['consent', 'update', { ad_storage: 'granted' }]);
  await expect(other.getByRole('region', { name: 'Cookie consent' })).toBeHidden();
  // Its gate follows too: the analytics library it held runs there.
  await expect.poll(() => other.evaluate(() => window.__ran?.analytics)).toBe(1);
  expect(await other.evaluate(() => window.Consentry?.getState().categories)).toMatchObject({ analytics: true, marketing: true });
});
