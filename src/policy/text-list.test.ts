import { describe, expect, it } from 'vitest';
import { DE } from '../i18n/de';
import { EN } from '../i18n/en';
import { fromTextList, toTextList } from './text-list';

describe('text lists', () => {
  it('lists every text once, in the English order, categories last', () => {
    const list = toTextList(EN);
    expect(list[0]).toBe(EN.title);
    expect(list.slice(-2)).toEqual([EN.categories.marketing!.label, EN.categories.marketing!.description]);
    expect(new Set(list).size).toBe(list.length);
  });

  it('reads back the texts it was made from', () => {
    expect(fromTextList(toTextList(DE))).toEqual(DE);
    expect(fromTextList(JSON.parse(JSON.stringify(toTextList(EN))))).toEqual(EN);
  });

  it.each([[{ title: 'x' }], [[]], [[...toTextList(EN), 'one more']], [toTextList(EN).map((text, i) => (i === 3 ? 3 : text))]])(
    'refuses %j',
    (list) => {
      expect(() => fromTextList(list)).toThrow('not a list of texts');
    },
  );
});
