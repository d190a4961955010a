import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, isCategoryId, OPTIONAL_CATEGORY_IDS } from './categories';

describe('categories', () => {
  it('lists the four ids in the order the UI shows them', () => {
    expect(CATEGORY_IDS).toEqual(['essential', 'functional', 'analytics', 'marketing']);
  });

  it('lists every id but essential as optional', () => {
    expect(OPTIONAL_CATEGORY_IDS).toEqual(['functional', 'analytics', 'marketing']);
  });

  it.each<[unknown, boolean]>([
    ['essential', true],
    ['functional', true],
    ['analytics', true],
    ['marketing', true],
    ['Marketing', false],
    ['ads', false],
    ['', false],
    [undefined, false],
    [0, false],
  ])('isCategoryId(%j) is %s', (value, expected) => {
    expect(isCategoryId(value)).toBe(expected);
  });
});
