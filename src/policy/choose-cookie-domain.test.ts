import { describe, expect, it, vi } from 'vitest';
import { chooseCookieDomain } from './choose-cookie-domain';
import type { Reporter } from './reporter';

function choose(hostname: string, setting: string, probed: string | undefined, tenantPattern: string | null = null, sharedDomains: string[] = []) {
  const errors: string[] = [];
  const report: Reporter = { error: (path) => errors.push(path), warn() {} };
  const probe = vi.fn(() => probed);
  const domain = chooseCookieDomain({ hostname, setting, probe, tenantPattern, sharedDomains, report });
  return { domain, errors, probed: probe.mock.calls.length };
}

describe('chooseCookieDomain', () => {
  it.each<[string, string, string | undefined, string | null, string | undefined]>([
    // hostname, setting, probe result, tenant pattern, expected Domain
    ['www.acme.com', 'auto', 'acme.com', null, 'acme.com'],
    ['www.acme.co.uk', 'auto', 'acme.co.uk', null, 'acme.co.uk'],
    ['localhost', 'auto', undefined, null, undefined],
    ['192.168.0.10', 'auto', undefined, null, undefined],
    ['www.acme.com', 'host', 'acme.com', null, undefined],
    ['www.acme.com', 'acme.com', undefined, null, 'acme.com'],
    ['www.acme.com', '.acme.com', undefined, null, 'acme.com'],
    ['www.acme.com', 'ACME.COM', undefined, null, 'acme.com'],
    ['www.acme.com', 'www.acme.com', undefined, null, 'www.acme.com'],
    ['a.b.acme.com', 'b.acme.com', undefined, null, 'b.acme.com'],
    // A tenant's cookie never reaches past its pattern (docs/tenants.md, Cookie scope).
    ['acme.platform.io', 'auto', 'platform.io', 'acme.platform.io', undefined],
    ['shop.acme.com', 'auto', 'acme.com', '*.acme.com', 'acme.com'],
    ['a.b.acme.com', 'auto', 'acme.com', '*.acme.com', 'acme.com'],
    ['acme.com', 'auto', 'acme.com', 'acme.com', 'acme.com'],
    ['www.acme.com', 'auto', 'acme.com', 'www.acme.com', undefined],
    ['a.shop.platform.io', 'auto', 'platform.io', '*.shop.platform.io', 'shop.platform.io'],
    ['acme.platform.io', 'platform.io', undefined, 'acme.platform.io', undefined],
    ['shop.acme.com', 'acme.com', undefined, '*.acme.com', 'acme.com'],
    ['shop.acme.com', 'shop.acme.com', undefined, '*.acme.com', 'shop.acme.com'],
    ['shop.acme.com', 'host', 'acme.com', '*.acme.com', undefined],
    ['localhost', 'auto', undefined, 'localhost', undefined],
  ])('on %s with %s (probe %s, tenant %s) → %s', (hostname, setting, probed, pattern, expected) => {
    const result = choose(hostname, setting, probed, pattern);
    expect(result.domain).toBe(expected);
    expect(result.errors).toEqual([]);
  });

  it.each([
    ['www.acme.com', 'other.com'],
    ['www.acme.com', 'app.acme.com'],
    ['www.acme.com', 'cme.com'],
    ['acme.com', 'www.acme.com'],
    ['acme.platform.io', 'beta.platform.io'],
  ])('on %s refuses the explicit domain %s with an error and a host-only cookie', (hostname, setting) => {
    const result = choose(hostname, setting, 'acme.com');
    expect(result.domain).toBeUndefined();
    expect(result.errors).toEqual(['cookie.domain']);
  });

  it.each<[string, string, string | undefined, string | null, string | undefined]>([
    // A tenant set by data-tenant alone on a platform domain stays on its host.
    ['globex.platform.io', 'auto', 'platform.io', null, undefined],
    ['acme.com', 'auto', 'acme.com', null, 'acme.com'],
    ['www.shop.platform.io', 'auto', 'platform.io', '*.shop.platform.io', 'shop.platform.io'],
    ['acme.platform.io', 'auto', 'platform.io', '*.platform.io', undefined],
  ])('never scopes a cookie to a shared domain: on %s with %s (probe %s, tenant %s) → %s', (hostname, setting, probed, pattern, expected) => {
    const result = choose(hostname, setting, probed, pattern, ['platform.io']);
    expect(result.domain).toBe(expected);
    expect(result.errors).toEqual([]);
  });

  it('refuses an explicit shared domain with an error and a host-only cookie', () => {
    const result = choose('globex.platform.io', 'platform.io', undefined, null, ['platform.io']);
    expect([result.domain, result.errors]).toEqual([undefined, ['cookie.domain']]);
  });

  it('never scopes a cookie to a parent of a shared domain either, which would reach its tenants too', () => {
    expect(choose('acme.sites.platform.io', 'auto', 'platform.io', null, ['Sites.Platform.io']).domain).toBeUndefined();
    const explicit = choose('acme.sites.platform.io', 'platform.io', undefined, null, ['sites.platform.io']);
    expect([explicit.domain, explicit.errors]).toEqual([undefined, ['cookie.domain']]);
    // Below a shared domain, a tenant's own domain is fine.
    expect(choose('www.acme.sites.platform.io', 'auto', 'platform.io', '*.acme.sites.platform.io', ['sites.platform.io']).domain).toBe('acme.sites.platform.io');
  });

  it('probes only in auto mode', () => {
    expect(choose('www.acme.com', 'auto', 'acme.com').probed).toBe(1);
    expect(choose('www.acme.com', 'host', 'acme.com').probed).toBe(0);
    expect(choose('www.acme.com', 'acme.com', 'acme.com').probed).toBe(0);
  });
});
