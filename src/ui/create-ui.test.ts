// @vitest-environment happy-dom
import { atom } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import type { Reporter } from '../policy/reporter';
import type { Consent, ConsentState, Texts } from '../types';
import type { Ui, UiContext } from '../ui-module';
import { createUi, type LanguageFiles } from './create-ui';

const consent = {
  $state: atom({ decided: false, categories: { essential: true, functional: false, analytics: false, marketing: false }, gpc: false } as ConsentState),
  $view: atom('banner'),
} as unknown as Consent;

function context(language: string | undefined, texts: Record<string, Partial<Texts>> = {}) {
  const errors: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn() {} };
  const value: UiContext = {
    mode: 'opt-in',
    language,
    uiConfig: [{ path: '', config: { texts } }],
    report,
    categoryConfig: {},
    categories: ['essential', 'functional', 'analytics', 'marketing'],
    gpcOptOut: ['marketing'],
    allowOverride: false,
    isDue: () => true,
    gpcHonored: () => false,
    wantsReopen: () => false,
  };
  return { value, errors };
}

/** Mounts the UI and reads back the language it speaks and its first button. */
async function render(ui: Ui | PromiseLike<Ui>) {
  stops.push((await ui).mount(consent, document.body));
  const host = document.querySelector('consentry-ui') as HTMLElement;
  return { lang: host.lang, dir: host.dir, button: host.shadowRoot!.querySelector('button')!.textContent };
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

const files = (result: Promise<Partial<Texts>>, loads: string[] = []): LanguageFiles => ({
  shipped: ['de', 'ar'],
  load: (pack) => {
    loads.push(pack);
    return result;
  },
});

describe('createUi', () => {
  it('speaks a language the config has texts for, with no file to load (npm)', async () => {
    const { value } = context('fr-CA', { fr: { acceptAll: 'Tout accepter' } });
    const ui = createUi(value);
    expect('then' in ui).toBe(false);
    expect(await render(ui)).toEqual({ lang: 'fr', dir: 'ltr', button: 'Tout accepter' });
  });

  it('speaks English where nothing is shipped or configured for the wanted language', async () => {
    const { value } = context('de');
    expect(await render(createUi(value))).toMatchObject({ lang: 'en', button: 'Accept all' });
  });

  it('loads a shipped language first, under the config’s own texts for it', async () => {
    const loads: string[] = [];
    const { value } = context('ar-EG', { ar: { rejectAll: 'رفض' } });
    const ui = await createUi(value, files(Promise.resolve({ acceptAll: 'قبول الكل', rejectAll: 'رفض الكل' }), loads));
    expect(loads).toEqual(['ar']);
    expect(await render(ui)).toEqual({ lang: 'ar', dir: 'rtl', button: 'قبول الكل' });
    const buttons = [...document.querySelector('consentry-ui')!.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent);
    expect(buttons.slice(0, 2)).toEqual(['قبول الكل', 'رفض']);
  });

  it('loads no file for English', async () => {
    const loads: string[] = [];
    const { value } = context('en-GB');
    expect(await render(createUi(value, files(Promise.resolve({}), loads)))).toMatchObject({ lang: 'en' });
    expect(loads).toEqual([]);
  });

  it('speaks English, all of it, and says why when the language file cannot load', async () => {
    const { value, errors } = context('de', { de: { acceptAll: 'Alle akzeptieren' } });
    const ui = createUi(value, files(Promise.reject(new Error('could not load i18n/de.js'))));
    expect(await render(ui)).toEqual({ lang: 'en', dir: 'ltr', button: 'Accept all' });
    expect(errors).toEqual(['language: could not load i18n/de.js; showing English']);
  });
});
