// Languages (docs/configuration.md, Languages): the UI speaks the page's language from its own
// file, i18n/<lang>.js, right to left for Arabic and Hebrew; an English page fetches no language;
// the config's language (or data-lang) comes first, the browser's last; a tenant's texts go over
// a shipped language key by key, and may add one that is not shipped.
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

const config = (value: object) => `config=${encodeURIComponent(JSON.stringify({ revision: 1, ...value }))}`;

test('speaks the browser’s language on a page without lang', async ({ visitor }) => {
  const v = await visitor({ locale: 'fi-FI' });
  await v.goto(PAGE);
  await expect(ui(v)).toHaveAttribute('lang', 'fi');
  expect(languageRequests(v).map((r) => new URL(r.url).pathname)).toEqual(['/dist/i18n/fi.js']);
});

test('prefers the config’s language to the page’s and the browser’s, and data-lang to the config’s', async ({ visitor }) => {
  const v = await visitor({ locale: 'fi-FI' });
  await v.goto(`${PAGE}?lang=de&${config({ language: 'sv' })}`);
  await expect(ui(v)).toHaveAttribute('lang', 'sv');
  await v.goto(`${PAGE}?lang=de&${config({ language: 'sv' })}&data-lang=nl`);
  await expect(ui(v)).toHaveAttribute('lang', 'nl');
  await v.goto(`${PAGE}?lang=de`);
  await expect(ui(v)).toHaveAttribute('lang', 'de');
});

test('takes a tenant’s texts over a shipped language key by key, and speaks a language that is not shipped', async ({ visitor }) => {
  const DE = await textsOf('de');
  const v = await visitor();
  await v.goto(`${PAGE}?lang=de-AT&${config({ texts: { de: { acceptAll: 'Einverstanden' } } })}`);
  const banner = v.page.getByRole('region', { name: DE.title, exact: true });
  await expect(banner.getByRole('button', { name: 'Einverstanden', exact: true })).toBeVisible();
  await expect(banner.getByRole('button', { name: DE.rejectAll, exact: true })).toBeVisible();

  await v.goto(`${PAGE}?lang=ja&${config({ texts: { ja: { title: 'クッキーの同意', acceptAll: 'すべて同意する' } } })}`);
  await expect(ui(v)).toHaveAttribute('lang', 'ja');
  const japanese = v.page.getByRole('region', { name: 'クッキーの同意', exact: true });
  await expect(japanese.getByRole('button', { name: 'すべて同意する', exact: true })).toBeVisible();
  // Keys the tenant left out read in English; there is no file to fetch for Japanese.
  await expect(japanese.getByRole('button', { name: EN.rejectAll, exact: true })).toBeVisible();
  expect(languageRequests(v).map((r) => new URL(r.url).pathname)).toEqual(['/dist/i18n/de.js']);
});
