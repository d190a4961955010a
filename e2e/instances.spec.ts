// Several instances on one page (micro-frontends, hot reloads, tests): one interception of the
// page, installed once and removed with the last instance in any order, and each element held
// and run by one gate only (docs/gating.md, Several instances). Runs the npm build.
import { effects, gatedVisitor, quiet, requestedNames } from './gating-helpers';
import { expect, test, type Visitor } from './helpers';
import { NPM_PAGE, serveBundle } from './npm-bundle';

interface Instance {
  acceptAll(): void;
  destroy(): void;
  allowed(category: string): boolean;
}
type Page = Window & { createConsent(config: object): Instance; instances: Record<string, Instance> };

const APP = `import { createConsent } from 'consentry/core';
window.createConsent = createConsent;
window.instances = {};`;
const CONFIG = { blocklist: { marketing: ['adnet.tracker.test'] } };

async function npmPage(visitor: Parameters<typeof gatedVisitor>[0]): Promise<Visitor> {
  const v = await gatedVisitor(visitor);
  await serveBundle(v.context, APP);
  await v.page.goto(NPM_PAGE);
  return v;
}

/** Creates instances by name in the page, in the order given. */
function create(v: Visitor, ...names: string[]) {
  return v.page.evaluate(
    ({ names, config }) => names.forEach((name) => ((window as unknown as Page).instances[name] = (window as unknown as Page).createConsent(config))),
    { names, config: CONFIG },
  );
}

/** Inserts an untagged blocklisted script (named `name`) the way tag managers do: `src`, then append. */
function insertListed(v: Visitor, name: string) {
  return v.page.evaluate((name) => {
    const script = document.createElement('script');
    script.src = `http://adnet.tracker.test/g/run.js?name=${name}`;
    document.head.append(script);
  }, name);
}

/** Inserts a script or iframe tagged `data-consent="marketing"`, named `name`. */
function insertTagged(v: Visitor, kind: 'script' | 'iframe', name: string) {
  return v.page.evaluate(
    ({ kind, name }) => {
      const el = document.createElement(kind);
      if (el instanceof HTMLScriptElement) el.type = 'text/plain';
      el.setAttribute('data-consent', 'marketing');
      el.setAttribute('data-src', `http://ads.tracker.test/g/${kind === 'script' ? 'run.js' : 'frame.html'}?name=${name}`);
      (kind === 'script' ? document.head : document.body).append(el);
    },
    { kind, name },
  );
}

for (const order of [
  ['a', 'b'],
  ['b', 'a'],
]) {
  test(`two instances share one interception, kept while one lives even if the other is destroyed twice, and the page's own APIs come back when the last is destroyed (${order.join(' then ')})`, async ({
    visitor,
  }) => {
    const v = await npmPage(visitor);
    const result = await v.page.evaluate(
      ({ order, config }) => {
        const page = window as unknown as Page;
        const apis = () => [
          Object.getOwnPropertyDescriptor(HTMLScriptElement.prototype, 'src')!.set,
          Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src')!.set,
          Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src')!.set,
          Element.prototype.setAttribute,
          Element.prototype.setAttributeNS,
          Element.prototype.setAttributeNode,
          Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.set,
          Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'innerHTML')!.set,
          Object.getOwnPropertyDescriptor(Element.prototype, 'outerHTML')!.set,
          Element.prototype.insertAdjacentHTML,
          Range.prototype.createContextualFragment,
          Document.prototype.write,
          Document.prototype.writeln,
        ];
        const same = (x: unknown[], y: unknown[]) => x.every((api, i) => api === y[i]);
        const native = apis();
        page.instances.a = page.createConsent(config);
        const withA = apis();
        page.instances.b = page.createConsent(config);
        const withBoth = apis();
        page.instances[order[0]].destroy();
        // Destroyed twice, as hot-reload code can: the second call changes nothing.
        page.instances[order[0]].destroy();
        const withOne = apis();
        page.instances[order[1]].destroy();
        return {
          installed: withA.every((api, i) => api !== native[i]),
          installedOnce: same(withBoth, withA),
          keptForTheOther: same(withOne, withA),
          restored: same(apis(), native),
        };
      },
      { order, config: CONFIG },
    );
    expect(result).toEqual({ installed: true, installedOnce: true, keptForTheOther: true, restored: true });
    // No gate is left to hold it: the script runs, as it would on a page without Consentry.
    await insertListed(v, 'after');
    await expect.poll(async () => (await effects(v.page)).ran.after).toBe(1);
  });
}

test('a script held by an instance that is destroyed is held on by the other, which runs it once allowed', async ({ visitor }) => {
  const v = await npmPage(visitor);
  await create(v, 'a', 'b');
  await insertListed(v, 'handed');
  await v.page.evaluate(() => (window as unknown as Page).instances.a.destroy());
  await quiet(v.page);
  expect(requestedNames(v)).not.toContain('handed');
  await v.page.evaluate(() => (window as unknown as Page).instances.b.acceptAll());
  await expect.poll(async () => (await effects(v.page)).ran.handed).toBe(1);
});

test('an instance created after the last one was destroyed (a hot reload) takes over what it held', async ({ visitor }) => {
  const v = await npmPage(visitor);
  await create(v, 'old');
  await insertListed(v, 'reloaded');
  await insertTagged(v, 'iframe', 'tagged-frame');
  await quiet(v.page);
  await v.page.evaluate(() => (window as unknown as Page).instances.old.destroy());
  await create(v, 'new');
  await quiet(v.page);
  expect(requestedNames(v).filter((name) => ['reloaded', 'tagged-frame'].includes(name))).toEqual([]);
  await v.page.evaluate(() => (window as unknown as Page).instances.new.acceptAll());
  await expect.poll(async () => (await effects(v.page)).ran.reloaded).toBe(1);
  await expect.poll(async () => (await effects(v.page)).frames['tagged-frame']).toBe(1);
});

test('with two live instances, a tagged script and a tagged frame run once, whichever instance allows them first', async ({ visitor }) => {
  const v = await npmPage(visitor);
  await create(v, 'a', 'b');
  await insertTagged(v, 'script', 'tagged');
  await insertTagged(v, 'iframe', 'tagged-frame');
  await quiet(v.page);
  await v.page.evaluate(() => (window as unknown as Page).instances.b.acceptAll());
  // The other instance reads the same decision from the cookie within a second.
  await expect.poll(() => v.page.evaluate(() => (window as unknown as Page).instances.a.allowed('marketing')), { timeout: 3_000 }).toBe(true);
  await expect.poll(async () => (await effects(v.page)).frames['tagged-frame']).toBe(1);
  await quiet(v.page, 300);
  const { ran, frames } = await effects(v.page);
  expect([ran.tagged, frames['tagged-frame']]).toEqual([1, 1]);
  expect(requestedNames(v).filter((name) => name === 'tagged-frame')).toEqual(['tagged-frame']);
});

test('a script one instance releases is not held again by another instance whose blocklist names it', async ({ visitor }) => {
  const v = await npmPage(visitor);
  // The second instance blocks the host for Analytics, which it never grants (it has no such category).
  await v.page.evaluate(() => {
    const page = window as unknown as Page;
    page.instances.a = page.createConsent({});
    page.instances.b = page.createConsent({ categories: { analytics: false }, blocklist: { analytics: ['ads.tracker.test'] } });
  });
  await insertTagged(v, 'script', 'released-once');
  await v.page.evaluate(() => (window as unknown as Page).instances.a.acceptAll());
  await expect.poll(async () => (await effects(v.page)).ran['released-once']).toBe(1);
});
