// Theme (docs/configuration.md, Theme): every key takes effect in every position and color
// scheme, `colorScheme: 'auto'` follows the system setting live, and the logo carries its alt text.
import { expect, test, type Visitor } from './helpers';

const PAGE = '/demo/fixtures/a11y.html';
const VIEWPORT = { width: 1024, height: 768 };
const MARGIN = 16;

const box = (v: Visitor) => v.page.locator('consentry-ui').locator('section');

/** Computed styles of the banner, its first button and its title. */
const looks = (v: Visitor) =>
  box(v).evaluate((section) => {
    const style = getComputedStyle(section);
    const button = getComputedStyle(section.querySelector('button')!);
    return {
      background: style.backgroundColor,
      color: style.color,
      radius: style.borderTopLeftRadius,
      font: style.fontFamily,
      buttonBackground: button.backgroundColor,
      buttonColor: button.color,
    };
  });

const LIGHT = { background: 'rgb(255, 255, 255)', color: 'rgb(28, 30, 36)', buttonBackground: 'rgb(31, 79, 209)' };
const DARK = { background: 'rgb(28, 30, 36)', color: 'rgb(236, 238, 243)', buttonBackground: 'rgb(156, 184, 255)' };

for (const position of ['bottom', 'bottom-left', 'bottom-right', 'center'] as const) {
  for (const colorScheme of ['light', 'dark', 'auto'] as const) {
    test(`places the banner at ${position} in the ${colorScheme} scheme, with its colors`, async ({ visitor }) => {
      const v = await visitor();
      await v.page.setViewportSize(VIEWPORT);
      // `auto` follows the system: dark here, so it must differ from the light default.
      await v.page.emulateMedia({ colorScheme: 'dark' });
      await v.goto(`${PAGE}?scheme=${colorScheme}&theme=${encodeURIComponent(JSON.stringify({ position }))}`);
      await expect(box(v)).toBeVisible();
      const r = (await box(v).boundingBox())!;
      const right = VIEWPORT.width - (r.x + r.width);
      const bottom = VIEWPORT.height - (r.y + r.height);
      if (position === 'bottom-left') expect(r.x).toBeCloseTo(MARGIN, 0);
      if (position === 'bottom-right') expect(right).toBeCloseTo(MARGIN, 0);
      if (position === 'bottom' || position === 'center') expect(Math.abs(r.x - right)).toBeLessThanOrEqual(1);
      if (position === 'center') expect(Math.abs(r.y - bottom)).toBeLessThanOrEqual(1);
      else expect(bottom).toBeCloseTo(MARGIN, 0);
      expect(await looks(v)).toMatchObject(colorScheme === 'light' ? LIGHT : DARK);
    });
  }
}

test('keeps the corners physical in a right-to-left language', async ({ visitor }) => {
  const v = await visitor();
  await v.page.setViewportSize(VIEWPORT);
  for (const position of ['bottom-left', 'bottom-right'] as const) {
    await v.goto(`${PAGE}?lang=ar&theme=${encodeURIComponent(JSON.stringify({ position }))}`);
    await expect(v.page.locator('consentry-ui')).toHaveAttribute('dir', 'rtl');
    const r = (await box(v).boundingBox())!;
    expect(position === 'bottom-left' ? r.x : VIEWPORT.width - (r.x + r.width)).toBeCloseTo(MARGIN, 0);
  }
});

test('follows the system color scheme live with colorScheme auto', async ({ visitor }) => {
  const v = await visitor();
  await v.page.emulateMedia({ colorScheme: 'light' });
  await v.goto(`${PAGE}?scheme=auto`);
  await expect(box(v)).toBeVisible();
  expect(await looks(v)).toMatchObject(LIGHT);
  await v.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => looks(v)).toMatchObject(DARK);
  await v.page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => looks(v)).toMatchObject(LIGHT);
});

test('applies every theme key of a tenant, in the banner, the dialog and the placeholder', async ({ visitor }) => {
  const v = await visitor();
  const theme = { primary: '#0b7a5c', background: '#fdf6e3', text: '#202020', radius: '2px', font: 'Georgia, serif', logoUrl: '/demo/logo.svg', logoAlt: 'Acme' };
  await v.goto(`${PAGE}?theme=${encodeURIComponent(JSON.stringify(theme))}`);
  await expect(box(v)).toBeVisible();
  const expected = { background: 'rgb(253, 246, 227)', color: 'rgb(32, 32, 32)', radius: '2px', font: 'Georgia, serif', buttonBackground: 'rgb(11, 122, 92)', buttonColor: 'rgb(255, 255, 255)' };
  expect(await looks(v)).toEqual(expected);
  const logo = box(v).getByRole('img', { name: 'Acme', exact: true });
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const placeholder = v.page.locator('consentry-placeholder').locator('.ph');
  expect(await placeholder.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).fontFamily])).toEqual([expected.background, expected.font]);
  await box(v).getByRole('button').nth(2).click();
  const dialog = v.page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).borderTopLeftRadius])).toEqual([expected.background, '2px']);
});

test('shows a logo without alt text as decorative', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(`${PAGE}?theme=${encodeURIComponent(JSON.stringify({ logoUrl: '/demo/logo.svg' }))}`);
  await expect(box(v).locator('img')).toHaveAttribute('alt', '');
  await expect(box(v).getByRole('img')).toHaveCount(0);
});
