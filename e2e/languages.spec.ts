// Languages (docs/configuration.md, Languages): the UI speaks the page's language from its own
// file, i18n/<lang>.js, right to left for Arabic and Hebrew; an English page fetches no language.
import type { Texts } from '../src/types';
import { EN } from '../src/i18n/en';
import { SHIPPED_LANGUAGES } from '../src/policy/pick-language';
import { expect, test, type Visitor } from './helpers';

const PAGE = '/demo/fixtures/languages.html';
const languageRequests = (v: Visitor) => v.requests.filter((request) => request.url.includes('/dist/i18n/'));
const ui = (v: Visitor) => v.page.locator('consentry-ui');

/** The texts a shipped language file holds, from its source. */
const textsOf = async (lang: string): Promise<Texts> => (await import(`../src/i18n/${lang}.ts`))[lang.toUpperCase()];

for (const lang of SHIPPED_LANGUAGES) {
  // pt-BR: a regional tag falls back to its language.
  const tag = lang === 'pt' ? 'pt-BR' : lang;
  test(`speaks ${tag} in the banner and the preference center, with lang and dir set`, async ({ visitor }) => {
    const texts = await textsOf(lang);
    const v = await visitor();
    await v.goto(`${PAGE}?lang=${tag}`);
    const banner = v.page.getByRole('region', { name: texts.title, exact: true });
    await expect(banner).toBeVisible();
    await expect(ui(v)).toHaveAttribute('lang', lang);
    await expect(ui(v)).toHaveAttribute('dir', lang === 'ar' || lang === 'he' ? 'rtl' : 'ltr');
    for (const key of ['acceptAll', 'rejectAll', 'customize'] as const) {
      await expect(banner.getByRole('button', { name: texts[key], exact: true })).toBeVisible();
    }
    await expect(banner).toContainText(texts.description);
    await banner.getByRole('button', { name: texts.customize, exact: true }).click();
    const dialog = v.page.getByRole('dialog', { name: texts.preferencesTitle, exact: true });
    await expect(dialog).toBeVisible();
    for (const id of ['essential', 'functional', 'analytics', 'marketing'] as const) {
      await expect(dialog.getByRole('switch', { name: texts.categories[id]!.label, exact: true })).toBeVisible();
    }
    await expect(dialog.getByRole('button', { name: texts.saveChoices, exact: true })).toBeVisible();
    // No English sentence is left anywhere in the UI.
    const shown = await ui(v).evaluate((host) => host.shadowRoot!.textContent ?? '');
    for (const english of [EN.title, EN.description, EN.dntDisclosure, EN.acceptAll, EN.rejectAll, EN.saveChoices]) {
      expect(shown, english).not.toContain(english);
    }
    expect(languageRequests(v).map((r) => new URL(r.url).pathname)).toEqual([`/dist/i18n/${lang}.js`]);
  });
}

test('an English page fetches no language file', async ({ visitor }) => {
  const v = await visitor();
  await v.goto(`${PAGE}?lang=en-US`);
  await expect(v.banner).toBeVisible();
  await v.settle();
  expect(languageRequests(v)).toEqual([]);
  await expect(ui(v)).toHaveAttribute('lang', 'en');
});

test('speaks English, and says why, when the language file cannot load', async ({ visitor }) => {
  const v = await visitor();
  await v.page.route('**/dist/i18n/de.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await v.goto(`${PAGE}?lang=de`);
  await expect(v.banner).toBeVisible();
  await expect(ui(v)).toHaveAttribute('lang', 'en');
  expect(v.consoleOf('error').map((m) => m.text).join('\n')).toMatch(/\[consentry\] language: could not load .*\/dist\/i18n\/de\.js.*; showing English/);
  expect(v.pageErrors).toEqual([]);
});
