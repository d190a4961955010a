import { describe, expect, it } from 'vitest';
import { toMatcher } from './to-matcher';

describe('toMatcher', () => {
  it.each<[string, boolean, string, boolean]>([
    ['google-analytics.com', false, 'https://www.google-analytics.com/analytics.js', true],
    ['google-analytics.com', false, 'https://acme.com/app.js', false],
    ['/gtag\\/js/', false, 'https://www.googletagmanager.com/gtag/js?id=G-1', true],
    ['/^https:\\/\\/px\\./i', false, 'HTTPS://PX.example/p.gif', true],
    ['/^https:\\/\\/px\\./', false, 'HTTPS://PX.example/p.gif', false],
    ['_ga', true, '_ga', true],
    ['_ga', true, '_ga_ABC', false],
    ['/^_ga_/', true, '_ga_ABC', true],
    ['/^_ga_/', true, '_gid', false],
  ])('%s (exact: %s) on %s → %s', (pattern, exact, value, expected) => {
    expect(toMatcher(pattern, exact)(value)).toBe(expected);
  });

  it('throws on a regex that does not compile', () => {
    expect(() => toMatcher('/(/')).toThrow(SyntaxError);
    expect(() => toMatcher('/a/zz')).toThrow(SyntaxError);
  });

  it('treats a lone slash pair without a body as a plain string', () => {
    expect(toMatcher('//')('a//b')).toBe(true);
  });
});
