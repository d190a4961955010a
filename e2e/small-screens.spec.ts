// Small screens and long words (docs/accessibility.md, Small screens): on a 375 × 667 phone the
// banner takes at most a third of the screen and the preference center keeps its action buttons
// in view and of one size, in every language; at 320 px wide and at 400 % zoom nothing scrolls
// sideways and every control can be reached; every target is at least 24 × 24 px.
import type { Locator, Page } from '@playwright/test';
import { SHIPPED_LANGUAGES } from '../src/policy/pick-language';
import { expect, FIXTURE, test, type Visitor } from './helpers';

const PAGE = '/demo/fixtures/a11y.html';
const PHONE = { width: 375, height: 667 };

const ui = (page: Page) => page.locator('consentry-ui');
const banner = (page: Page) => ui(page).locator('section');
const dialog = (page: Page) => page.getByRole('dialog');

async function open(v: Visitor, viewport: { width: number; height: number }, query: string): Promise<void> {
  await v.page.setViewportSize(viewport);
  await v.goto(`${PAGE}?${query}`);
  await expect(banner(v.page)).toBeVisible();
}

/** Opens the preference center from the banner's third button (Customize, in any language). */
async function openDialog(v: Visitor): Promise<void> {
  await banner(v.page).getByRole('button').nth(2).click();
  await expect(dialog(v.page)).toBeVisible();
}

const rect = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);

for (const lang of ['en', ...SHIPPED_LANGUAGES]) {
  test(`fits a phone in ${lang}: the banner in a third of the screen, the dialog's buttons in view and of one size`, async ({ visitor }) => {
    const v = await visitor();
    await open(v, PHONE, `lang=${lang}`);
    await expect(ui(v.page)).toHaveAttribute('lang', lang);
    expect((await rect(banner(v.page))).height).toBeLessThanOrEqual(PHONE.height / 3);
    for (const button of await banner(v.page).getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });

    await openDialog(v);
    const actions = dialog(v.page).locator('form > :last-child').getByRole('button');
    await expect(actions).toHaveCount(3);
    const sizes = [];
    for (const button of await actions.all()) {
      await expect(button).toBeInViewport({ ratio: 1 });
      const r = await rect(button);
      sizes.push([Math.round(r.width), Math.round(r.height)]);
    }
    expect(new Set(sizes.map(String)).size, `sizes ${JSON.stringify(sizes)}`).toBe(1);
  });
}

/** Every control of a layer: its buttons, switches and links. */
const controls = (layer: Locator) => layer.locator('button, input, a[href]');

/** Fails if the page or any box of the UI scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const overflowing = await ui(page).evaluate((host) =>
    [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible').map((el) => el.className),
  );
  expect(overflowing).toEqual([]);
}

/** Scrolls each control into view as a user would and checks that it can be clicked there. */
async function expectReachable(layer: Locator, width: number): Promise<void> {
  for (const control of await controls(layer).all()) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport();
    const r = await rect(control);
    expect(r.left, await control.evaluate((el) => el.outerHTML)).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(width);
    if (!(await control.isDisabled())) await control.click({ trial: true });
  }
}

// 400 % zoom of a 1280 × 1024 window leaves a 320 × 256 CSS-pixel viewport (WCAG 2.2 1.4.10).
for (const [name, viewport] of [
  ['a 320 px wide phone', { width: 320, height: 568 }],
  ['400 % zoom', { width: 320, height: 256 }],
] as const) {
  for (const lang of ['de', 'fi', 'ar']) {
    test(`keeps every control reachable without sideways scrolling at ${name} (${lang})`, async ({ visitor }) => {
      const v = await visitor({ gpc: true });
      await open(v, viewport, `lang=${lang}&override=1`);
      await expectNoSidewaysScroll(v.page, viewport.width);
      await expectReachable(banner(v.page), viewport.width);
      await openDialog(v);
      // The GPC conflict explanation adds its own two buttons.
      await dialog(v.page).getByRole('switch').last().click();
      await expect(v.page.getByRole('alert')).toBeVisible();
      await expectNoSidewaysScroll(v.page, viewport.width);
      await expectReachable(dialog(v.page), viewport.width);
    });
  }
}

test('keeps every target at least 24 × 24 px: banner, dialog, notice, re-open control and placeholder', async ({ visitor }) => {
  const v = await visitor();
  const sizes: string[] = [];
  const measure = async (layer: Locator) => {
    for (const control of await controls(layer).all()) {
      const r = await rect(control);
      if (r.width < 24 || r.height < 24) sizes.push(`${await control.evaluate((el) => el.outerHTML.slice(0, 80))}: ${r.width} × ${r.height}`);
    }
  };
  await open(v, PHONE, 'lang=en');
  await measure(banner(v.page));
  await measure(v.page.locator('consentry-placeholder'));
  await openDialog(v);
  await measure(dialog(v.page));
  await open(v, PHONE, 'mode=opt-out');
  await measure(banner(v.page));
  // The floating re-open control, on a page without a link of its own to reopen the choices.
  await v.goto(FIXTURE.noOpenControl);
  await v.button(v.banner, 'Reject all').click();
  const reopen = ui(v.page).locator('.reopen');
  await expect(reopen).toBeVisible();
  await measure(reopen);
  expect(sizes).toEqual([]);
});
