// Untagged scripts and iframes whose URL is on the blocklist (or belongs to a catalogue service
// named in `services`) are held until their category is granted, however they reach the page,
// and released in place and in document order (docs/gating.md).
// Fixtures: demo/fixtures/gating/blocklist.html and blocklist-order.html.
import { createHash } from 'node:crypto';
import { expect, test, type Visitor } from './helpers';
import {
  GATE_HOST,
  GATING_FIXTURE,
  decide,
  effects,
  expectTally,
  gatedVisitor,
  quiet,
  requestedNames,
  runBody,
  times,
} from './gating-helpers';

const make = (v: Visitor, path: string, name: string, host: string) =>
  v.page.evaluate(([path, name, host]) => (window as unknown as { make: Record<string, (n: string, h: string) => void> }).make[path](name, host), [
    path,
    name,
    host,
  ]);

/** The element a path created (window.__refs) is still the one in the document, with its src and its onload run. */
async function expectReleasedInPlace(v: Visitor, name: string): Promise<void> {
  const info = await v.page.evaluate((name) => {
    const el = (window as unknown as { __refs: Record<string, HTMLElement> }).__refs[name];
    return { connected: el?.isConnected, src: el?.getAttribute('src'), loads: window.__loads?.[name] ?? 0 };
  }, name);
  expect(info, `${name}: released in place (same element, src back, its own onload fired once)`).toEqual({
    connected: true,
    src: expect.stringContaining(name),
    loads: 1,
  });
}

test('holds untagged blocklisted scripts written in the HTML: never run before consent, released in place', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  await quiet(v.page, 300);
  const { ran, loads } = await effects(v.page);
  expect(ran, 'nothing untagged from a listed host ran before consent').toEqual({});
  expect(loads).toEqual({});
  // The preload scanner may have fetched each once before any script ran (docs/gating.md, What is held).
  const preloaded = requestedNames(v);
  for (const name of ['bl-html-a', 'bl-html-m', 'ga-html']) {
    expect(preloaded.filter((n) => n === name).length, `${name}: at most the preload scanner's fetch`).toBeLessThanOrEqual(1);
  }

  await decide(v.page, { save: { analytics: true } });
  await expect.poll(async () => (await effects(v.page)).ran).toEqual({ 'bl-html-a': 1, 'ga-html': 1 });
  await expectReleasedInPlace(v, 'bl-html-a');
  await quiet(v.page);
  expect(requestedNames(v).filter((n) => n === 'bl-html-m'), 'marketing: no request beyond the preload').toEqual(
    preloaded.filter((n) => n === 'bl-html-m'),
  );
  expect((await effects(v.page)).ran).not.toHaveProperty('bl-html-m');

  await decide(v.page, { acceptAll: true });
  await expect.poll(async () => (await effects(v.page)).ran).toEqual({ 'bl-html-a': 1, 'bl-html-m': 1, 'ga-html': 1 });
  await expectReleasedInPlace(v, 'bl-html-m');
  expect(v.pageErrors).toEqual([]);
});

for (const path of ['setter', 'setAttribute', 'setterConnected'] as const) {
  test(`never requests an untagged blocklisted script inserted by a script (${path}) before consent`, async ({ visitor }) => {
    const v = await gatedVisitor(visitor);
    await v.goto(GATING_FIXTURE.blocklist);
    const [a, m] = [`${path}-a`, `${path}-m`];
    await make(v, path, a, GATE_HOST.stats);
    await make(v, path, m, GATE_HOST.adnet);
    await expectTally(v, times([a, m], 0), `${path} before consent`);

    await decide(v.page, { save: { analytics: true } });
    await expectTally(v, { ...times([a], 1), ...times([m], 0) }, `${path}, analytics granted`);
    await expectReleasedInPlace(v, a);

    // Inserted once analytics is granted: runs at once, untouched.
    await make(v, path, `${a}-late`, GATE_HOST.stats);
    await expectTally(v, { ...times([a, `${a}-late`], 1), ...times([m], 0) }, `${path} after analytics was granted`);

    await decide(v.page, { acceptAll: true });
    await expectTally(v, times([a, `${a}-late`, m], 1), `${path}, everything granted`);
    await expectReleasedInPlace(v, m);
  });
}

test('holds catalogue services named in `services`, by their real URLs', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  await make(v, 'setter', 'fb', 'connect.facebook.net');
  await make(v, 'setter', 'ga', 'www.google-analytics.com');
  await expectTally(v, times(['fb', 'ga'], 0), 'meta-pixel and google-analytics before consent');

  await decide(v.page, { save: { analytics: true } });
  await expectTally(v, { ...times(['ga'], 1), ...times(['fb'], 0) }, 'google-analytics is analytics; meta-pixel is marketing');
  await decide(v.page, { acceptAll: true });
  await expectTally(v, times(['fb', 'ga'], 1), 'everything granted');
  await expectReleasedInPlace(v, 'fb');
});

test('releases blocklisted HTML scripts in document order among tagged ones when analytics is granted', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklistOrder);
  await quiet(v.page, 300);
  expect((await effects(v.page)).order, 'nothing ran before consent').toEqual([]);

  await decide(v.page, { save: { analytics: true } });
  await expect.poll(async () => (await effects(v.page)).order.length, { timeout: 10_000 }).toBe(7);
  const { order, ran } = await effects(v.page);
  expect(order.filter((n) => n !== 'o-async'), `document order; run order ${JSON.stringify(order)}`).toEqual(['o1', 'o2', 'o3', 'o4', 'o5', 'o6']);
  expect(ran, 'each once; the marketing one held').toEqual({ o1: 1, o2: 1, o3: 1, o4: 1, o5: 1, o6: 1, 'o-async': 1 });
});

// With a stored grant nothing on the blocklist is held: those scripts run as the parser runs
// them, while tagged ones are activated by Consentry. Order is kept among what it holds.
test('keeps document order among tagged scripts and runs allowed blocklisted ones once on a page load with a stored grant', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklistOrder);
  await decide(v.page, { save: { analytics: true } });
  await expect.poll(async () => (await effects(v.page)).order.length, { timeout: 10_000 }).toBe(7);

  await v.reload();
  await expect.poll(async () => (await effects(v.page)).order.length, { timeout: 10_000 }).toBe(7);
  const { order, ran } = await effects(v.page);
  const tagged = ['o1', 'o3', 'o5'];
  expect(order.filter((n) => tagged.includes(n)), `tagged in document order; run order ${JSON.stringify(order)}`).toEqual(tagged);
  expect(ran, 'each once; the marketing one held').toEqual({ o1: 1, o2: 1, o3: 1, o4: 1, o5: 1, o6: 1, 'o-async': 1 });
});

// Further ways a script puts an untagged tracker on a page. Each is "inserted by another script",
// so none may be requested before consent (docs/gating.md, What is held), and each must work after it.
for (const [path, what] of [
  ['iframeSetter', 'an iframe created with the src setter'],
  ['iframeInnerHTML', 'an iframe written with innerHTML'],
  ['contextualFragment', 'a script from Range.createContextualFragment'],
  ['setAttributeNS', 'a script given src with setAttributeNS'],
  ['setAttributeNode', 'a script given src with setAttributeNode'],
] as const) {
  test(`never requests ${what} from a blocklisted host before consent`, async ({ visitor }) => {
    const v = await gatedVisitor(visitor);
    await v.goto(GATING_FIXTURE.blocklist);
    const name = `${path}-m`;
    await make(v, path, name, GATE_HOST.adnet);
    await expectTally(v, times([name], 0), `${what} (adnet.tracker.test: marketing) before consent`);

    await decide(v.page, { acceptAll: true });
    await expectTally(v, times([name], 1), `${what} after Accept all`);
  });
}

test('never requests a blocklisted script written with document.write before consent', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.page.route('**/demo/fixtures/gating/blocklist.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<div id="slot"></div>',
      `<div id="slot"></div><script>document.write('<script src="http://adnet.tracker.test/g/run.js?name=written-m"><\\/script>');</script>`,
    );
    await route.fulfill({ response, body });
  });
  await v.goto(GATING_FIXTURE.blocklist);
  await expectTally(v, times(['written-m'], 0), 'document.write of a marketing script before consent');
  await decide(v.page, { acceptAll: true });
  await expectTally(v, times(['written-m'], 1), 'after Accept all');
});

// One written in the HTML may already be requested before any script can see it (the parser
// starts the frame's navigation on insertion; docs/gating.md); its document must not load.
test('holds an untagged blocklisted iframe written in the HTML: its document never loads before consent', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.page.route('**/demo/fixtures/gating/blocklist.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(
      '<div id="slot"></div>',
      '<div id="slot"><iframe id="html-frame" src="http://adnet.tracker.test/g/frame.html?name=html-frame-m" title="Ad"></iframe></div>',
    );
    await route.fulfill({ response, body });
  });
  await v.goto(GATING_FIXTURE.blocklist);
  await quiet(v.page, 300);
  const before = await effects(v.page);
  expect(before.frames, 'the frame document never ran before consent').toEqual({});
  await expect(v.page.locator('#html-frame')).not.toHaveAttribute('src', /.+/);

  await decide(v.page, { acceptAll: true });
  await expect.poll(async () => (await effects(v.page)).frames).toEqual({ 'html-frame-m': 1 });
});

test('a blocklisted script the browser never runs (innerHTML) does not hold back the scripts after it', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  // Scripts written with innerHTML never run, with or without a consent tool; the tagged script
  // added after it must still run once analytics is granted.
  await make(v, 'inertThenTagged', 'after-inert', GATE_HOST.stats);
  await expectTally(v, times(['after-inert'], 0), 'before consent');
  await decide(v.page, { save: { analytics: true } });
  await expectTally(v, times(['after-inert'], 1), 'the tagged script after an inert blocklisted one, analytics granted');
  expect((await effects(v.page)).ran, 'the inert one stays inert').not.toHaveProperty('after-inert-inert');
});

test('a tagged script whose URL waits for another category does not hold back the scripts after it', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  // A tag manager tagged functional whose URL is on the analytics blocklist (docs/gating.md,
  // What is held), then another functional script.
  await v.page.evaluate((hosts) => {
    for (const [name, host] of [['tagged-listed', hosts.stats], ['tagged-after', hosts.free]]) {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-consent', 'functional');
      script.setAttribute('data-src', `http://${host}/g/run.js?name=${name}`);
      document.body.append(script);
    }
  }, GATE_HOST);
  await decide(v.page, { save: { functional: true } });
  await expectTally(v, { ...times(['tagged-after'], 1), ...times(['tagged-listed'], 0) }, 'functional granted, analytics not');
  await decide(v.page, { save: { functional: true, analytics: true } });
  await expectTally(v, times(['tagged-after', 'tagged-listed'], 1), 'analytics granted too');
});

test('carries nonce, integrity, crossorigin, referrerpolicy, async, defer, id, data-* and type="module" over under a nonce CSP', async ({
  visitor,
}) => {
  const nonce = 'gat3';
  const csp = `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; frame-src http://*.tracker.test`;
  const sri = (name: string) => `sha384-${createHash('sha384').update(runBody(name)).digest('base64')}`;
  const v = await gatedVisitor(visitor);
  await v.page.route('**/demo/fixtures/gating/attributes.html', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/__SRI_([a-z-]+)__/g, (_, name: string) => sri(name));
    const headers: Record<string, string> = { ...response.headers(), 'content-security-policy': csp };
    delete headers['content-length'];
    await route.fulfill({ response, body, headers });
  });
  const fetchModes = new Map<string, { cors: boolean; referer?: string }>();
  v.page.on('request', async (request) => {
    const name = new URL(request.url()).searchParams.get('name');
    if (!name) return;
    const headers = await request.allHeaders();
    // A CORS request carries Origin (intercepted requests show no Sec-Fetch-* headers).
    fetchModes.set(name, { cors: 'origin' in headers, referer: headers['referer'] });
  });

  await v.goto(GATING_FIXTURE.attrs);
  await quiet(v.page);
  expect((await effects(v.page)).ran, 'nothing ran before consent').toEqual({});
  await decide(v.page, { acceptAll: true });

  const names = ['t-attrs', 't-defer', 't-module', 'bl-attrs', 'bl-dyn-attrs', 'bl-dyn-module'];
  await expect
    .poll(() => v.page.evaluate(() => Object.keys(window.__seen ?? {}).sort()), { message: 'every script with a valid hash ran' })
    .toEqual([...names].sort());
  const seen = await v.page.evaluate(() => window.__seen ?? {});
  const attrs = { nonce, crossOrigin: 'anonymous', referrerPolicy: 'no-referrer', module: false };
  expect(seen['t-attrs'], 'tagged, async').toMatchObject({ ...attrs, id: 't-attrs', foo: 'bar', async: true, defer: false, integrity: sri('t-attrs') });
  expect(seen['t-defer'], 'tagged, defer').toMatchObject({ nonce, id: 't-defer', defer: true, async: false, module: false });
  expect(seen['t-module'], 'tagged, data-type="module" runs as a module').toEqual({ module: true });
  expect(seen['bl-attrs'], 'blocklisted in the HTML, released in place').toMatchObject({ ...attrs, id: 'bl-attrs', foo: 'baz', defer: true, integrity: sri('bl-attrs') });
  expect(seen['bl-dyn-attrs'], 'blocklisted, created by a script').toMatchObject({ ...attrs, id: 'bl-dyn-attrs', integrity: sri('bl-dyn-attrs') });
  expect(seen['bl-dyn-module'], 'blocklisted module created by a script').toEqual({ module: true });
  await expect.poll(async () => (await effects(v.page)).ran['t-inline-module'], { message: 'inline data-type="module"' }).toBe(1);

  // On the wire: crossorigin makes a CORS request, referrerpolicy drops the Referer.
  for (const name of ['t-attrs', 'bl-attrs', 'bl-dyn-attrs']) {
    expect(fetchModes.get(name), `${name} request`).toEqual({ cors: true, referer: undefined });
  }
  expect(fetchModes.get('t-defer')?.cors, 't-defer: no crossorigin, a no-cors request').toBe(false);
  expect(fetchModes.get('t-defer')?.referer, 't-defer: default referrer policy').toBeDefined();

  await quiet(v.page, 300);
  const ran = (await effects(v.page)).ran;
  expect(ran, 'a wrong integrity hash still blocks the script: integrity carried over').not.toHaveProperty('t-badsri');
  expect(ran).not.toHaveProperty('bl-badsri');
  expect(await v.page.evaluate(() => window.__cspViolations), 'every activated script carried its nonce').toEqual([]);
});
