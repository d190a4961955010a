// The pictures in README.md and docs/: the banner and the preference center of three tenant
// themes (light, dark, right to left) on the demo site, saved to docs/ on every run.
import { expect, test } from './helpers';

const THEMES = {
  light: { theme: { primary: '#0b7a5c', logoUrl: '/demo/logo.svg', logoAlt: 'Acme' } },
  dark: { theme: { colorScheme: 'dark', primary: '#ffb454', radius: '14px', position: 'bottom-right' } },
  rtl: { language: 'ar', theme: { primary: '#7a2ea6', position: 'bottom-left' } },
};

for (const [name, tenant] of Object.entries(THEMES)) {
  test(`pictures the ${name} theme's banner and preference center in docs/`, async ({ visitor }) => {
    const v = await visitor();
    await v.page.setViewportSize({ width: 1200, height: 720 });
    // The demo site as a tenant with this theme: its inline config, rewritten on the way in.
    await v.page.route('**/demo/', async (route) => {
      const html = await (await route.fetch()).text();
      const config = { tenant: 'acme', revision: 1, links: { privacyPolicy: '/demo/#privacy', cookiePolicy: '/demo/#cookies' }, ...tenant };
      await route.fulfill({ contentType: 'text/html', body: html.replace(/(<script type="application\/json" id="consentry-config">)[^]*?(<\/script>)/, `$1${JSON.stringify(config)}$2`) });
    });
    await v.goto('/demo/');
    const ui = v.page.locator('consentry-ui');
    const banner = ui.locator('section');
    await expect(banner).toBeVisible();
    await expect(ui).toHaveAttribute('dir', name === 'rtl' ? 'rtl' : 'ltr');
    if (name === 'light') await expect.poll(() => banner.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await v.page.screenshot({ path: `docs/banner-${name}.png` });
    await banner.getByRole('button').nth(2).click();
    await expect(v.page.getByRole('dialog')).toBeVisible();
    await v.page.mouse.move(0, 0);
    await v.page.screenshot({ path: `docs/preferences-${name}.png` });
  });
}
