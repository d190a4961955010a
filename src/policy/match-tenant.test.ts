import { describe, expect, it } from 'vitest';
import type { ConsentConfig } from '../types';
import { matchTenant } from './match-tenant';

const tenants: NonNullable<ConsentConfig['tenants']> = {
  'shop.acme.com': { tenant: 'shop' },
  'acme.com': { tenant: 'acme' },
  '*.acme.com': { tenant: 'acme-sub' },
  'acme.platform.io': { tenant: 'platform-acme' },
};

describe('matchTenant', () => {
  it.each<[string, string | null]>([
    ['shop.acme.com', 'shop'],
    ['www.acme.com', 'acme-sub'],
    ['a.b.acme.com', 'acme-sub'],
    ['acme.com', 'acme'],
    ['WWW.ACME.COM', 'acme-sub'],
    ['acme.platform.io', 'platform-acme'],
    ['beta.platform.io', null],
    ['www.acme.platform.io', null],
    ['evilacme.com', null],
    ['acme.com.evil.io', null],
    ['acme.co', null],
    ['', null],
  ])('%s → %s', (host, tenant) => {
    expect(matchTenant(tenants, host)?.config.tenant ?? null).toBe(tenant);
  });

  it('returns the pattern that matched', () => {
    expect(matchTenant(tenants, 'www.acme.com')).toEqual({ pattern: '*.acme.com', config: { tenant: 'acme-sub' } });
  });

  it('lets the first matching pattern win', () => {
    const wildcardFirst = { '*.acme.com': { tenant: 'wild' }, 'shop.acme.com': { tenant: 'shop' } };
    expect(matchTenant(wildcardFirst, 'shop.acme.com')?.config.tenant).toBe('wild');
  });

  it('matches the base domain with a wildcard too', () => {
    expect(matchTenant({ '*.acme.com': { tenant: 'a' } }, 'acme.com')?.config.tenant).toBe('a');
    expect(matchTenant({ '*.acme.com': { tenant: 'a' } }, 'xacme.com')).toBeNull();
  });

  it('returns null without tenants', () => {
    expect(matchTenant(undefined, 'acme.com')).toBeNull();
    expect(matchTenant({}, 'acme.com')).toBeNull();
  });
});
