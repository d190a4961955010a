import { describe, expect, it } from 'vitest';
import { pickLanguage, SHIPPED_LANGUAGES } from './pick-language';

describe('pickLanguage', () => {
  it.each<[Array<string | null | undefined>, string[], string, string | null]>([
    // wanted, configured texts, lang, pack
    [['de'], [], 'de', 'de'],
    [['DE'], [], 'de', 'de'],
    [['pt-BR'], [], 'pt', 'pt'],
    [['pt-BR'], ['pt-BR'], 'pt-br', 'pt'],
    [['nb-NO'], [], 'no', 'no'],
    [['nn'], [], 'no', 'no'],
    [['ja', 'fr'], [], 'fr', 'fr'],
    [['ja'], [], 'en', null],
    [['ja'], ['ja'], 'ja', null],
    [['en-GB', 'de'], [], 'en', null],
    [[undefined, null, '', 'es-MX'], [], 'es', 'es'],
    [[], [], 'en', null],
    [['he-IL'], [], 'he', 'he'],
  ])('picks from %j with config texts %j: %s, loading %s', (wanted, configured, lang, pack) => {
    expect(pickLanguage(wanted, configured, SHIPPED_LANGUAGES)).toEqual({ lang, pack });
  });

  it('picks only configured texts or English where no language files ship (npm)', () => {
    expect(pickLanguage(['de-AT', 'fr'], ['fr'], [])).toEqual({ lang: 'fr', pack: null });
    expect(pickLanguage(['de'], [], [])).toEqual({ lang: 'en', pack: null });
  });

  it('ships the EU official languages, Norwegian, Swahili, Arabic and Hebrew', () => {
    expect([...SHIPPED_LANGUAGES].sort()).toEqual(
      'ar bg cs da de el es et fi fr ga he hr hu it lt lv mt nl no pl pt ro sk sl sv sw'.split(' '),
    );
  });
});
