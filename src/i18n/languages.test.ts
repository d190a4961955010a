import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES } from '../policy/pick-language';
import type { Texts } from '../types';
import { EN } from './en';

const dir = new URL('./', import.meta.url);
const files = readdirSync(dir).filter((file) => /^[a-z]{2}\.ts$/.test(file)).map((file) => file.slice(0, 2));

/** Every text of a set as `key: value` lines, the categories' too. */
const flatten = (texts: Texts): Array<[string, string]> => [
  ...Object.entries(texts).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ...Object.entries(texts.categories).flatMap(([id, text]) => [
    [`categories.${id}.label`, text!.label] as [string, string],
    [`categories.${id}.description`, text!.description] as [string, string],
  ]),
];

describe('shipped languages', () => {
  it('has a file for each shipped language and for English, and no other', () => {
    expect(files.sort()).toEqual(['en', ...SHIPPED_LANGUAGES].sort());
  });

  it.each(SHIPPED_LANGUAGES)('%s has every text, none of them left in English', async (lang) => {
    const texts = (await import(`./${lang}.ts`))[lang.toUpperCase()] as Texts;
    const english = new Map(flatten(EN));
    const own = flatten(texts);
    expect(own.map(([key]) => key)).toEqual([...english.keys()]);
    for (const [key, value] of own) {
      expect(value.trim(), key).not.toBe('');
      expect(value, key).not.toMatch(/[<>]|[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      // A few words are the same in some languages ("Marketing" in Dutch, say); whole sentences never are.
      if (value.length > 24) expect(value, key).not.toBe(english.get(key));
    }
    for (const key of ['blockedContent', 'allowCategory'] as const) expect(texts[key], key).toContain('{category}');
    for (const name of ['Global Privacy Control']) expect(texts.gpcConflict + texts.dntDisclosure + texts.viaGpc).toContain(name);
    expect(texts.dntDisclosure).toContain('Do Not Track');
  });
});
