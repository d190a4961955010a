// Tenants side by side on one platform domain (docs/tenants.md): separate decisions, cookies and
// themes, with a tenants map and with the tenant set on the loader alone under sharedDomains.
import { expect, test, type Visitor } from './helpers';

const on = (baseURL: string | undefined, host: string, path: string) => `http://${host}:${new URL(baseURL!).port}${path}`;
const primary = (v: Visitor) =>
  v.page.locator('consentry-ui').evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.btn')!).backgroundColor);

for (const [kind, path, names] of [
  ['a tenants map', '/demo/fixtures/platform.html', ['consentry_alpha', 'consentry_beta']],
  ['data-tenant and sharedDomains', '/demo/fixtures/platform-attribute.html', ['consentry_a', 'consentry_b']],
] as const) {
  test(`keeps two tenants' decisions and cookies apart with ${kind}`, async ({ visitor, baseURL }) => {
    const v = await visitor();
    await v.goto(on(baseURL, 'a.platform.test', path));
    await v.button(v.banner, 'Accept all').click();
    await expect.poll(async () => (await v.context.cookies()).map((c) => `${c.name}@${c.domain}`)).toEqual([`${names[0]}@a.platform.test`]);

    // Same browser, the other tenant: its banner is still due, its cookie its own.
    await v.goto(on(baseURL, 'b.platform.test', path));
    await expect(v.banner).toBeVisible();
    expect((await v.state()).decided).toBe(false);
    await v.button(v.banner, 'Reject all').click();
    await expect
      .poll(async () => (await v.context.cookies()).map((c) => `${c.name}@${c.domain}`).sort())
      .toEqual([`${names[0]}@a.platform.test`, `${names[1]}@b.platform.test`]);

    await v.goto(on(baseURL, 'a.platform.test', path));
    expect((await v.state()).categories.analytics, "b's refusal left a's acceptance alone").toBe(true);
  });
}

test('gives each tenant its own theme', async ({ visitor, baseURL }) => {
  const v = await visitor();
  await v.goto(on(baseURL, 'a.platform.test', '/demo/fixtures/platform.html'));
  await expect(v.banner).toBeVisible();
  expect(await primary(v)).toBe('rgb(176, 0, 78)');
  await v.goto(on(baseURL, 'b.platform.test', '/demo/fixtures/platform.html'));
  await expect(v.banner).toBeVisible();
  expect(await primary(v)).toBe('rgb(0, 107, 60)');
});
