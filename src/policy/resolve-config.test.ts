import { describe, expect, it } from 'vitest';
import type { ConsentConfig } from '../types';
import { DEFAULT_EXPIRES_DAYS, resolveConfig } from './resolve-config';

describe('resolveConfig: defaults', () => {
  it('fills every default for an empty config', () => {
    const resolved = resolveConfig({}, 'www.acme.com');
    expect(resolved).toEqual({
      tenant: null,
      tenantPattern: null,
      servicesPath: 'services',
      revision: '1',
      categories: ['functional', 'analytics', 'marketing'],
      categoryConfig: { functional: {}, analytics: {}, marketing: {} },
      cookieDomain: 'auto',
      expiresDays: 180,
      gpcOptOut: ['marketing'],
      allowOverride: false,
    });
    expect(DEFAULT_EXPIRES_DAYS).toBe(180);
  });

  it.each<[ConsentConfig['revision'], string]>([
    [3, '3'],
    [0, '0'],
    ['2024-06', '2024-06'],
    [undefined, '1'],
  ])('turns revision %j into %j', (revision, expected) => {
    expect(resolveConfig({ revision }, 'acme.com').revision).toBe(expected);
  });

  it('takes cookie and gpc settings from the config', () => {
    const resolved = resolveConfig({ cookie: { domain: 'host', expiresDays: 30 }, gpc: { optOut: ['analytics', 'marketing'], allowOverride: true } }, 'acme.com');
    expect(resolved).toMatchObject({ cookieDomain: 'host', expiresDays: 30, gpcOptOut: ['analytics', 'marketing'], allowOverride: true });
  });

  it('keeps the other config keys', () => {
    const resolved = resolveConfig({ mode: 'auto', region: 'DE', uet: true }, 'acme.com');
    expect(resolved).toMatchObject({ mode: 'auto', region: 'DE', uet: true });
  });

  it('leaves texts, theme and links, which arrive unchecked, to the UI', () => {
    const texts = { en: { title: 'Cookies' } };
    const resolved = resolveConfig({ texts, theme: { primary: '#f00' }, links: { privacyPolicy: '/p' }, tenants: { 'acme.com': { texts } } }, 'acme.com');
    expect(resolved).not.toHaveProperty('texts');
    expect(resolved).not.toHaveProperty('theme');
    expect(resolved).not.toHaveProperty('links');
  });

  it('merges no cycle an npm caller passes in texts or theme', () => {
    const texts: Record<string, unknown> = { en: { title: 'Cookies' } };
    texts.self = texts;
    const config = { texts, tenants: { 'acme.com': { texts } } } as ConsentConfig;
    expect(() => resolveConfig(config, 'acme.com')).not.toThrow();
  });
});

describe('resolveConfig: categories', () => {
  it('leaves out dropped categories, in category order', () => {
    const resolved = resolveConfig({ categories: { marketing: false, functional: false } }, 'acme.com');
    expect(resolved.categories).toEqual(['analytics']);
    expect(resolved.categoryConfig).toEqual({ analytics: {} });
  });

  it('drops an opted-out category from gpcOptOut when the site dropped it', () => {
    expect(resolveConfig({ categories: { marketing: false } }, 'acme.com').gpcOptOut).toEqual([]);
    expect(resolveConfig({ categories: { analytics: false }, gpc: { optOut: ['analytics', 'marketing'] } }, 'acme.com').gpcOptOut).toEqual(['marketing']);
  });

  it('keeps per-category settings', () => {
    const analytics = { label: 'Stats', cookies: ['_ga'] };
    expect(resolveConfig({ categories: { analytics } }, 'acme.com').categoryConfig).toEqual({ functional: {}, analytics, marketing: {} });
  });

  it('has no categories to ask about when all optional ones are dropped', () => {
    const resolved = resolveConfig({ categories: { functional: false, analytics: false, marketing: false } }, 'acme.com');
    expect(resolved.categories).toEqual([]);
    expect(resolved.gpcOptOut).toEqual([]);
  });
});

describe('resolveConfig: tenants', () => {
  const config: ConsentConfig = {
    tenant: 'platform',
    revision: 2,
    theme: { primary: '#000', radius: '4px' },
    cookie: { expiresDays: 90 },
    tenants: {
      'shop.acme.com': { tenant: 'shop', theme: { primary: '#0a0' } },
      '*.acme.com': { tenant: 'acme', theme: { primary: '#f00' }, categories: { marketing: false }, cookie: { domain: 'host' } },
      'acme.platform.io': { tenant: 'acme-pf', revision: 5 },
    },
  };

  it.each<[string, string, string | null]>([
    ['shop.acme.com', 'shop', 'shop.acme.com'],
    ['www.acme.com', 'acme', '*.acme.com'],
    // A wildcard covers its base domain too (docs/tenants.md, Matching).
    ['acme.com', 'acme', '*.acme.com'],
    ['acme.org', 'platform', null],
    ['acme.platform.io', 'acme-pf', 'acme.platform.io'],
    ['other.platform.io', 'platform', null],
  ])('on %s uses tenant %s (pattern %s)', (host, tenant, pattern) => {
    const resolved = resolveConfig(config, host);
    expect(resolved.tenant).toBe(tenant);
    expect(resolved.tenantPattern).toBe(pattern);
  });

  it('merges the tenant over the top level, nested objects key by key', () => {
    const resolved = resolveConfig(config, 'www.acme.com');
    expect(resolved.categories).toEqual(['functional', 'analytics']);
    expect(resolved.cookieDomain).toBe('host');
    expect(resolved.expiresDays).toBe(90);
    expect(resolved.revision).toBe('2');
  });

  it('takes the tenant revision over the top level', () => {
    expect(resolveConfig(config, 'acme.platform.io').revision).toBe('5');
  });

  it.each([
    ['www.acme.com', { tenants: { '*.acme.com': { services: ['hotjar'] } } }, 'tenants["*.acme.com"].services'],
    ['www.acme.com', { services: ['hotjar'], tenants: { '*.acme.com': { tenant: 'acme' } } }, 'services'],
    ['www.acme.org', { services: ['hotjar'], tenants: { '*.acme.com': { services: [] } } }, 'services'],
  ])('on %s names where services came from, for errors about them: %j', (host, config, path) => {
    expect(resolveConfig(config, host).servicesPath).toBe(path);
  });

  it('does not expose the tenants map', () => {
    expect(resolveConfig(config, 'www.acme.com')).not.toHaveProperty('tenants');
  });

  it('leaves the tenant null when neither level names one', () => {
    expect(resolveConfig({ tenants: { '*.acme.com': { theme: { primary: '#f00' } } } }, 'www.acme.com')).toMatchObject({
      tenant: null,
      tenantPattern: '*.acme.com',
    });
  });

  it('re-enables a category the top level dropped when the tenant configures it', () => {
    const resolved = resolveConfig({ categories: { marketing: false }, tenants: { 'acme.com': { categories: { marketing: { label: 'Ads' } } } } }, 'acme.com');
    expect(resolved.categories).toEqual(['functional', 'analytics', 'marketing']);
    expect(resolved.categoryConfig.marketing).toEqual({ label: 'Ads' });
  });
});

describe('resolveConfig: loader overrides', () => {
  it('lets overrides win over the top level and the matched tenant entry', () => {
    const config = { mode: 'opt-in' as const, tenants: { 'acme.com': { tenant: 'acme', mode: 'opt-in' as const, language: 'de' } } };
    const resolved = resolveConfig(config, 'acme.com', { mode: 'opt-out', tenant: 'acme-eu' });
    expect(resolved).toMatchObject({ mode: 'opt-out', tenant: 'acme-eu', language: 'de', tenantPattern: 'acme.com' });
  });
});
