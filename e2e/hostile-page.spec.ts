// Consentry runs next to other people's CSS and scripts: aggressive stylesheets, libraries that
// replace built-ins, scripts that patch or freeze the same APIs, a loader placed too late, and
// frames. Whatever the neighbours do, the gate holds, the UI works, and nothing is thrown into
// the page; what cannot work is reported (docs/script-tag.md, Sharing the page).
import type { Page } from '@playwright/test';
import { effects, GATING_FIXTURE, gatedVisitor, quiet, requestedNames } from './gating-helpers';
import { expect, FIXTURE, test, type Visitor } from './helpers';

const LOADER = '<script src="/dist/consentry.js"></script>';

/** Serves `path` with markup put before and after its loader tag, as the site's neighbours would be. */
async function withNeighbours(page: Page, path: string, around: { before?: string; after?: string }): Promise<void> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!html.includes(LOADER)) throw new Error(`${path} has no ${LOADER}`);
    await route.fulfill({ response, body: html.replace(LOADER, `${around.before ?? ''}${LOADER}${around.after ?? ''}`) });
  });
}

/** Inserts an untagged script by `src` setter, as vendor snippets do. */
function insertScript(v: Visitor, host: string, name: string) {
  return v.page.evaluate(
    ({ host, name }) => {
      const script = document.createElement('script');
      script.src = `http://${host}/g/run.js?name=${name}`;
      document.head.append(script);
    },
    { host, name },
  );
}

/** The gate holds a blocklisted script a script inserts, and runs it once its category is allowed. */
async function expectGateWorks(v: Visitor, name: string): Promise<void> {
  await insertScript(v, 'adnet.tracker.test', name);
  await quiet(v.page);
  expect(requestedNames(v), 'held, never requested').not.toContain(name);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(async () => (await effects(v.page)).ran[name]).toBe(1);
}

const consentryErrors = (v: Visitor) => v.consoleOf('error').map((message) => message.text).filter((text) => text.startsWith('[consentry]'));

test('the UI keeps its own look under page CSS that sets !important on every element type and on its host', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const hostile = `<style>
    *, *::before, *::after, html, body, div, section, aside, dialog, p, h1, h2, h3, span, a, button, input, label, ul, li, img, svg {
      color: #f0f !important; background: #0f0 !important; font: italic 31px/3 "Comic Sans MS", cursive !important;
      letter-spacing: 9px !important; text-transform: uppercase !important; border: 7px dashed red !important;
      padding: 41px !important; margin: 17px !important; box-sizing: content-box !important; cursor: wait !important;
    }
    consentry-ui, consentry-placeholder { display: none !important; opacity: 0 !important; visibility: hidden !important;
      position: absolute !important; left: -9999px !important; z-index: -1 !important; pointer-events: none !important;
      filter: blur(20px) !important; transform: scale(0) !important; }
    body > :last-child { display: none !important; }
  </style>`;
  await withNeighbours(v.page, GATING_FIXTURE.blocklist, { before: hostile });
  await v.goto(GATING_FIXTURE.blocklist);
  await expect(v.banner).toBeVisible();
  const accept = v.button(v.banner, 'Accept all');
  const style = await accept.evaluate((button) => {
    const s = getComputedStyle(button);
    return { fontSize: s.fontSize, letterSpacing: s.letterSpacing, textTransform: s.textTransform, borderStyle: s.borderTopStyle, cursor: s.cursor };
  });
  expect(style).toEqual({ fontSize: expect.not.stringMatching(/^31px$/), letterSpacing: 'normal', textTransform: 'none', borderStyle: expect.not.stringMatching(/dashed/), cursor: expect.not.stringMatching(/wait/) });
  await expectGateWorks(v, 'css');
  expect(v.pageErrors).toEqual([]);
});

const REPLACED_BUILT_INS = `<script>
  // Libraries of another age: enumerable additions to Array.prototype, a toJSON that changes what
  // JSON.stringify makes of arrays (Prototype.js 1.6), polyfills over native methods, and an
  // Object.prototype property.
  Array.prototype.each = function (fn) { for (var i = 0; i < this.length; i++) fn(this[i], i); };
  Array.prototype.toJSON = function () { return 'array:' + this.length; };
  ['map', 'filter', 'forEach', 'some', 'every', 'find', 'includes', 'indexOf'].forEach(function (name) {
    var native = Array.prototype[name];
    Array.prototype[name] = function () { return native.apply(this, arguments); };
  });
  Object.prototype.polluted = 'yes';
  var nativeAppend = Element.prototype.append;
  Element.prototype.append = function () { window.__appends = (window.__appends || 0) + 1; return nativeAppend.apply(this, arguments); };
</script>`;

test('keeps gating and storing with libraries that replace Array, Object and Element built-ins', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await withNeighbours(v.page, GATING_FIXTURE.blocklist, { before: REPLACED_BUILT_INS });
  await v.goto(GATING_FIXTURE.blocklist);
  await expectGateWorks(v, 'built-ins');
  expect(await v.state()).toMatchObject({ decided: true, method: 'accept-all' });
  await v.reload();
  expect(await v.state(), 'the stored decision reads back').toMatchObject({ decided: true, method: 'accept-all' });
  expect(consentryErrors(v)).toEqual([]);
  expect(v.pageErrors).toEqual([]);
});

test('a page whose JSON and Element.prototype.append throw gets reported errors, a gate that holds, and no exception', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const breaking = `<script>
    JSON.parse = function () { throw new Error('JSON.parse is disabled here'); };
    Element.prototype.append = function () { throw new Error('append is disabled here'); };
  </script>`;
  await withNeighbours(v.page, GATING_FIXTURE.blocklist, { before: breaking });
  await v.goto(GATING_FIXTURE.blocklist);
  const errors = consentryErrors(v);
  expect(errors.some((text) => text.startsWith('[consentry] #consentry-config: is not valid JSON')), errors.join('\n')).toBe(true);
  // The config could not be read: it fails closed, holding the trackers it knows by name.
  expect(await v.state()).toMatchObject({ decided: false, categories: { analytics: false, marketing: false } });
  await quiet(v.page);
  expect((await effects(v.page)).ran['ga-html'], 'the Google Analytics tag stays held').toBeUndefined();
  expect(v.pageErrors).toEqual([]);
});

test('reports properties frozen by another script, and still holds tagged elements and blocklisted ones in the HTML', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const freezing = `<script>
    Object.defineProperty(HTMLScriptElement.prototype, 'src', { configurable: false });
    Object.freeze(Element.prototype);
  </script>`;
  await withNeighbours(v.page, GATING_FIXTURE.blocklist, { before: freezing });
  await v.goto(GATING_FIXTURE.blocklist);
  const errors = consentryErrors(v);
  expect(
    errors.some((text) => text.startsWith('[consentry] blocklist: another script froze HTMLScriptElement.prototype.src') && text.includes('Element.prototype.setAttribute')),
    errors.join('\n'),
  ).toBe(true);
  await quiet(v.page);
  const held = await effects(v.page);
  expect([held.ran['bl-html-a'], held.ran['bl-html-m'], held.ran['ga-html']], 'blocklisted scripts in the HTML stay held').toEqual([undefined, undefined, undefined]);
  await v.button(v.banner, 'Accept all').click();
  await expect.poll(async () => (await effects(v.page)).ran).toMatchObject({ 'bl-html-a': 1, 'bl-html-m': 1, 'ga-html': 1 });
  expect(v.pageErrors).toEqual([]);
});

for (const when of ['before', 'after'] as const) {
  test(`works with another script that patches createElement and the src setter ${when} it, and leaves that patch in place when destroyed`, async ({ visitor }) => {
    const v = await gatedVisitor(visitor);
    const patcher = `<script>
      (function () {
        window.__patched = { created: 0, srcs: [] };
        var create = Document.prototype.createElement;
        Document.prototype.createElement = function () { window.__patched.created++; return create.apply(this, arguments); };
        var d = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src');
        Object.defineProperty(HTMLScriptElement.prototype, 'src', Object.assign({}, d, {
          set: function (value) { window.__patched.srcs.push(String(value).split('?name=')[1]); d.set.call(this, value); }
        }));
        window.__patchedSetter = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src').set;
      })();
    </script>`;
    await withNeighbours(v.page, GATING_FIXTURE.blocklist, when === 'before' ? { before: patcher } : { after: patcher });
    await v.goto(GATING_FIXTURE.blocklist);
    await insertScript(v, 'free.tracker.test', 'free');
    await expect.poll(async () => (await effects(v.page)).ran.free).toBe(1);
    expect(await v.page.evaluate(() => (window as unknown as { __patched: { srcs: string[] } }).__patched.srcs)).toContain('free');
    await expectGateWorks(v, `patched-${when}`);
    expect(await v.page.evaluate(() => (window as unknown as { __patched: { created: number } }).__patched.created)).toBeGreaterThan(0);

    await v.page.evaluate(() => window.Consentry!.destroy());
    const after = await v.page.evaluate(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set;
      return { theirs: setter === (window as unknown as { __patchedSetter: unknown }).__patchedSetter };
    });
    // Patched after Consentry, their setter stays the page's; patched before, theirs comes back.
    expect(after.theirs).toBe(true);
    await insertScript(v, 'free.tracker.test', 'after-destroy');
    await expect.poll(async () => (await effects(v.page)).ran['after-destroy']).toBe(1);
    expect(v.pageErrors).toEqual([]);
  });
}

test('warns when the loader comes after blocklisted scripts it could not hold', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  const early = '<script src="http://adnet.tracker.test/g/run.js?name=too-early"></script>';
  await withNeighbours(v.page, GATING_FIXTURE.blocklist, { before: early });
  await v.goto(GATING_FIXTURE.blocklist);
  const warnings = v.consoleOf('warning').map((message) => message.text);
  expect(
    warnings.some((text) => text.startsWith('[consentry] loader:') && text.includes('http://adnet.tracker.test/g/run.js?name=too-early')),
    warnings.join('\n'),
  ).toBe(true);
});

test('works in a same-origin iframe, the decision shared with the page that holds it', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.page.goto(FIXTURE.optIn);
  await v.waitForReady();
  await v.page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, new URL(FIXTURE.optIn, baseURL).href);
  const frame = v.page.frameLocator('iframe');
  await frame.getByRole('region', { name: 'Cookie consent' }).getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect.poll(() => v.page.evaluate(() => window.Consentry!.getState().decided), { message: 'the top page reads the decision within a second' }).toBe(true);
  await expect(v.banner).toBeHidden();
  expect(v.pageErrors).toEqual([]);
});

test('a throwing page listener or onAllowed callback neither stops the gate nor the record of the choice', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  await v.page.evaluate(() => {
    window.Consentry!.$state.listen(() => {
      throw new Error('a page listener bug');
    });
    window.Consentry!.onAllowed('marketing', () => {
      throw new Error('a page callback bug');
    });
  });
  await expectGateWorks(v, 'listeners');
  expect(await v.cookie()).toBeDefined();
  await expect.poll(() => v.pageErrors.map((error) => error.message).sort()).toEqual(['a page callback bug', 'a page listener bug']);
});

test('bad arguments to the API are reported, never thrown into the page', async ({ visitor }) => {
  const v = await gatedVisitor(visitor);
  await v.goto(GATING_FIXTURE.blocklist);
  const thrown = await v.page.evaluate(() => {
    const consent = window.Consentry as unknown as Record<string, (...args: unknown[]) => unknown>;
    const calls: Array<[string, unknown[]]> = [
      ['save', [null]],
      ['save', ['analytics']],
      ['on', ['change', 'not a function']],
      ['onAllowed', ['everything', () => {}]],
      ['mount', [42]],
      ['allowed', [{ toString: null }]],
    ];
    const errors: string[] = [];
    for (const [name, args] of calls) {
      try {
        consent[name](...args);
      } catch (error) {
        errors.push(`${name}: ${error}`);
      }
    }
    return errors;
  });
  expect(thrown).toEqual([]);
  const errors = consentryErrors(v);
  expect(errors.filter((text) => /^\[consentry\] (save|on|onAllowed|mount):/.test(text)).length, errors.join('\n')).toBeGreaterThanOrEqual(4);
  expect(await v.state()).toMatchObject({ decided: false });
  await expectGateWorks(v, 'after-bad-calls');
});
