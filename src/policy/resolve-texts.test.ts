import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import type { Texts } from '../types';
import { resolveTexts } from './resolve-texts';

const FR: Partial<Texts> = { title: 'Consentement aux cookies', acceptAll: 'Tout accepter' };
const BUILT_IN: Record<string, Partial<Texts>> = { en: EN, fr: FR };

describe('resolveTexts: language', () => {
  it.each<[Array<string | null | undefined>, Record<string, Partial<Texts>>, string]>([
    [['fr', 'de', 'es'], { de: { title: 'DE' }, es: { title: 'ES' } }, 'fr'],
    [['it', 'de', 'es'], { de: { title: 'DE' }, es: { title: 'ES' } }, 'de'],
    [['it', 'nl', 'es-MX'], { de: { title: 'DE' }, es: { title: 'ES' } }, 'es'],
    [[undefined, null, 'fr-CA'], {}, 'fr'],
    [['', 'fr-FR'], {}, 'fr'],
    [['FR'], {}, 'fr'],
    [['it', 'nl', 'ja'], {}, 'en'],
    [[], {}, 'en'],
    [[undefined, null, undefined], {}, 'en'],
  ])('picks from %j with config texts %j: %s', (wanted, texts, lang) => {
    expect(resolveTexts(wanted, { texts }, {}, BUILT_IN).lang).toBe(lang);
  });

  it('prefers the regional texts over the base language when both exist', () => {
    const resolved = resolveTexts(['de-AT'], { texts: { de: { title: 'DE', acceptAll: 'Alle akzeptieren' }, 'de-at': { title: 'AT' } } }, {});
    expect(resolved.lang).toBe('de-at');
    expect(resolved.texts.title).toBe('AT');
    expect(resolved.texts.acceptAll).toBe('Alle akzeptieren');
  });

  it('uses config texts keyed with a mixed-case language tag', () => {
    const resolved = resolveTexts(['pt-BR'], { texts: { 'pt-BR': { acceptAll: 'Aceitar tudo' } } }, {});
    expect(resolved.texts.acceptAll).toBe('Aceitar tudo');
    expect(resolved.lang.toLowerCase()).toBe('pt-br');
  });

  it('uses English for a language with neither built-in nor config texts', () => {
    expect(resolveTexts(['ja'], {}, {})).toEqual({ texts: EN, lang: 'en', dir: 'ltr' });
  });
});

describe('resolveTexts: overrides', () => {
  it('fills every key missing from a language from English', () => {
    const { texts } = resolveTexts(['fr'], {}, {}, BUILT_IN);
    expect(texts.title).toBe('Consentement aux cookies');
    expect(texts.rejectAll).toBe(EN.rejectAll);
    expect(Object.keys(texts).sort()).toEqual(Object.keys(EN).sort());
  });

  it('layers config texts for the language over the built-in ones', () => {
    const { texts } = resolveTexts(['fr'], { texts: { fr: { title: 'Cookies chez Acme' } } }, {}, BUILT_IN);
    expect(texts.title).toBe('Cookies chez Acme');
    expect(texts.acceptAll).toBe('Tout accepter');
    expect(texts.rejectAll).toBe(EN.rejectAll);
  });

  it('overrides English texts from config', () => {
    const { texts } = resolveTexts(['en'], { texts: { en: { acceptAll: 'Allow all' } } }, {});
    expect(texts.acceptAll).toBe('Allow all');
    expect(texts.rejectAll).toBe('Reject all');
  });

  it('ignores config texts of other languages', () => {
    const { texts } = resolveTexts(['en'], { texts: { de: { acceptAll: 'Alle akzeptieren' } } }, {});
    expect(texts.acceptAll).toBe('Accept all');
  });

  it('overrides one category text and keeps the rest', () => {
    const { texts } = resolveTexts(['en'], { texts: { en: { categories: { analytics: { label: 'Measurement', description: EN.categories.analytics!.description } } } } }, {});
    expect(texts.categories.analytics).toEqual({ label: 'Measurement', description: EN.categories.analytics!.description });
    expect(texts.categories.marketing).toEqual(EN.categories.marketing);
  });

  it('applies category label and description overrides from the category config', () => {
    const { texts } = resolveTexts(['en'], {}, { analytics: { label: 'Statistics' }, marketing: { description: 'Campaign reach only.' } });
    expect(texts.categories.analytics).toEqual({ label: 'Statistics', description: EN.categories.analytics!.description });
    expect(texts.categories.marketing).toEqual({ label: EN.categories.marketing!.label, description: 'Campaign reach only.' });
    expect(texts.categories.functional).toEqual(EN.categories.functional);
  });

  it('lets the category config win over the language texts', () => {
    const { texts } = resolveTexts(
      ['de'],
      { texts: { de: { categories: { analytics: { label: 'Statistik', description: 'Zählt Besuche.' } } } } },
      { analytics: { label: 'Reichweite' } },
    );
    expect(texts.categories.analytics).toEqual({ label: 'Reichweite', description: 'Zählt Besuche.' });
  });

  it('does not change the built-in English texts', () => {
    const before = JSON.stringify(EN);
    resolveTexts(['en'], { texts: { en: { title: 'X', categories: { analytics: { label: 'Y', description: 'Z' } } } } }, { marketing: { label: 'W' } });
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
    const base = lang.split('-')[0];
    expect(resolveTexts([lang], { texts: { [base]: { title: lang } } }, {}).dir).toBe(dir);
  });

  it('stays left to right when an rtl language falls back to English', () => {
    expect(resolveTexts(['ar'], {}, {}, { en: EN })).toMatchObject({ lang: 'en', dir: 'ltr' });
  });
});
