import { describe, expect, it } from 'vitest';
import { isCategoryId } from './categories';
import { resolveConfig } from './resolve-config';

describe('categories', () => {
  it('orders the categories of a site as the UI shows them, whatever order its config lists them in', () => {
    const config = resolveConfig({ categories: { marketing: {}, functional: { label: 'Comfort' }, analytics: false } }, 'acme.com');
    expect(config.categories).toEqual(['functional', 'marketing']);
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
