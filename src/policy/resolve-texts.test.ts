import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import type { Texts } from '../types';
import { resolveTexts } from './resolve-texts';

const FR: Partial<Texts> = { title: 'Consentement aux cookies', acceptAll: 'Tout accepter' };

describe('resolveTexts: language', () => {
  it('layers the regional config texts over the base language ones', () => {
    const resolved = resolveTexts('de-at', undefined, { texts: { de: { title: 'DE', acceptAll: 'Alle akzeptieren' }, 'de-AT': { title: 'AT' } } }, {});
    expect(resolved.lang).toBe('de-at');
    expect(resolved.texts.title).toBe('AT');
    expect(resolved.texts.acceptAll).toBe('Alle akzeptieren');
  });

  it('uses a language pack under the config texts', () => {
    const { texts } = resolveTexts('pt-br', { acceptAll: 'Aceitar tudo', rejectAll: 'Rejeitar tudo' }, { texts: { 'pt-BR': { acceptAll: 'Aceitar todos' } } }, {});
    expect([texts.acceptAll, texts.rejectAll, texts.customize]).toEqual(['Aceitar todos', 'Rejeitar tudo', EN.customize]);
  });

  it('is English for English without config texts', () => {
    expect(resolveTexts('en', undefined, {}, {})).toEqual({ texts: EN, lang: 'en', dir: 'ltr' });
  });
});

describe('resolveTexts: overrides', () => {
  it('fills every key missing from a language from English', () => {
    const { texts } = resolveTexts('fr', FR, {}, {});
    expect(texts.title).toBe('Consentement aux cookies');
    expect(texts.rejectAll).toBe(EN.rejectAll);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(EN).sort());
  });

  it('layers config texts for the language over the built-in ones', () => {
    const { texts } = resolveTexts('fr', FR, { texts: { fr: { title: 'Cookies chez Acme' } } }, {});
    expect(texts.title).toBe('Cookies chez Acme');
    expect(texts.acceptAll).toBe('Tout accepter');
    expect(texts.rejectAll).toBe(EN.rejectAll);
  });

  it('overrides English texts from config', () => {
    const { texts } = resolveTexts('en', undefined, { texts: { en: { acceptAll: 'Allow all' } } }, {});
    expect(texts.acceptAll).toBe('Allow all');
    expect(texts.rejectAll).toBe('Reject all');
  });

  it('ignores config texts of other languages', () => {
    const { texts } = resolveTexts('en', undefined, { texts: { de: { acceptAll: 'Alle akzeptieren' } } }, {});
    expect(texts.acceptAll).toBe('Accept all');
  });

  it('overrides one category text and keeps the rest', () => {
    const { texts } = resolveTexts('en', undefined, { texts: { en: { categories: { analytics: { label: 'Measurement', description: EN.categories.analytics!.description } } } } }, {});
    expect(texts.categories.analytics).toEqual({ label: 'Measurement', description: EN.categories.analytics!.description });
    expect(texts.categories.marketing).toEqual(EN.categories.marketing);
  });

  it('applies category label and description overrides from the category config', () => {
    const { texts } = resolveTexts('en', undefined, {}, { analytics: { label: 'Statistics' }, marketing: { description: 'Campaign reach only.' } });
    expect(texts.categories.analytics).toEqual({ label: 'Statistics', description: EN.categories.analytics!.description });
    expect(texts.categories.marketing).toEqual({ label: EN.categories.marketing!.label, description: 'Campaign reach only.' });
    expect(texts.categories.functional).toEqual(EN.categories.functional);
  });

  it('lets the category config win over the language texts', () => {
    const { texts } = resolveTexts(
      'de',
      undefined,
      { texts: { de: { categories: { analytics: { label: 'Statistik', description: 'Zählt Besuche.' } } } } },
      { analytics: { label: 'Reichweite' } },
    );
    expect(texts.categories.analytics).toEqual({ label: 'Reichweite', description: 'Zählt Besuche.' });
  });

  it('does not change the built-in English texts', () => {
    const before = JSON.stringify(EN);
    resolveTexts('en', undefined, { texts: { en: { title: 'X', categories: { analytics: { label: 'Y', description: 'Z' } } } } }, { marketing: { label: 'W' } });
    expect(JSON.stringify(EN)).toBe(before);
  });
});

describe('resolveTexts: direction', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['de', 'ltr'],
    ['sw', 'ltr'],
  ])('lays %s out %s', (lang, dir) => {
    expect(resolveTexts(lang.toLowerCase(), undefined, {}, {}).dir).toBe(dir);
  });
});
