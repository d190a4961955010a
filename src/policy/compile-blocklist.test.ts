import { describe, expect, it } from 'vitest';
import { GOOGLE_ANALYTICS, META_PIXEL } from '../services/catalogue';
import { compileBlocklist } from './compile-blocklist';

describe('compileBlocklist', () => {
  it('returns null when nothing is listed, so no interception is installed', () => {
    expect(compileBlocklist(undefined, [])).toBeNull();
    expect(compileBlocklist({ analytics: [] }, [])).toBeNull();
  });

  it.each([
    ['https://www.google-analytics.com/analytics.js', 'analytics'],
    ['https://cdn.example/ads/tag.js?x=1', 'marketing'],
    ['https://cdn.example/ADS/tag.js', 'marketing'],
    ['https://cdn.example/app.js', null],
  ])('finds the category of %s', (url, category) => {
    const match = compileBlocklist({ analytics: ['google-analytics.com'], marketing: ['/\\/ads\\//i'] }, [])!;
    expect(match(url)).toBe(category);
  });

  it('matches service URL patterns under the service category', () => {
    const match = compileBlocklist(undefined, [GOOGLE_ANALYTICS, META_PIXEL])!;
    expect(match('https://connect.facebook.net/en_US/fbevents.js')).toBe('marketing');
    expect(match('https://www.googletagmanager.com/gtag/js?id=G-ABC')).toBe('analytics');
    expect(match('https://example.com/app.js')).toBeNull();
  });

  it('lets the config blocklist win over a service for the same URL', () => {
    const match = compileBlocklist({ functional: ['connect.facebook.net'] }, [META_PIXEL])!;
    expect(match('https://connect.facebook.net/sdk.js')).toBe('functional');
  });
});
