import { describe, expect, it } from 'vitest';
import type { ConsentConfig } from '../types';
import type { Reporter } from './reporter';
import { resolveConfig } from './resolve-config';
import { TENANT_ID, validateConfig } from './validate-config';

function recorder() {
  const errors: string[] = [];
  const warnings: string[] = [];
  const messages: string[] = [];
  const report: Reporter = {
    error: (path, message) => {
      errors.push(path);
      messages.push(`${path}: ${message}`);
    },
    warn: (path, message) => {
      warnings.push(path);
      messages.push(`${path}: ${message}`);
    },
  };
  return { errors, warnings, messages, report };
}

function check(raw: unknown) {
  const r = recorder();
  const config = validateConfig(raw, r.report);
  return { config, errors: r.errors, warnings: r.warnings, messages: r.messages };
}

const onRecord = () => {};

describe('validateConfig: valid values', () => {
  it.each<[string, ConsentConfig]>([
    ['tenant', { tenant: 'acme' }],
    ['tenant with digits, _ and -', { tenant: 'acme_eu-2' }],
    ['numeric revision', { revision: 3 }],
    ['zero revision', { revision: 0 }],
    ['string revision', { revision: '2024-06-01' }],
    ['revision with special characters', { revision: 'Política «β» v2|final' }],
    ['mode opt-in', { mode: 'opt-in' }],
    ['mode opt-out', { mode: 'opt-out' }],
    ['mode auto', { mode: 'auto' }],
    ['region DE', { region: 'DE' }],
    ['region US-CA', { region: 'US-CA' }],
    ['region lowercase', { region: 'us-ca' }],
    ['region EU', { region: 'EU' }],
    ['language en', { language: 'en' }],
    ['language pt-BR', { language: 'pt-BR' }],
    ['dropped category', { categories: { marketing: false } }],
    [
      'category object',
      { categories: { analytics: { label: 'Stats', description: 'Counts visits', cookies: ['_ga', '/^_ga_/'], storage: ['amplitude_id'] } } },
    ],
    ['cookie domain auto', { cookie: { domain: 'auto' } }],
    ['cookie domain host', { cookie: { domain: 'host' } }],
    ['cookie domain name', { cookie: { domain: 'acme.com' } }],
    ['cookie domain with leading dot', { cookie: { domain: '.acme.com' } }],
    ['cookie expiresDays', { cookie: { expiresDays: 30 } }],
    ['cookie expiresDays at the cap', { cookie: { expiresDays: 395 } }],
    ['gpc', { gpc: { optOut: ['marketing', 'analytics'], allowOverride: true } }],
    ['gpcHint', { gpcHint: true }],
    ['exact tenant pattern', { tenants: { 'acme.platform.io': { tenant: 'acme' } } }],
    ['wildcard tenant pattern', { tenants: { '*.acme.com': { tenant: 'acme', theme: { primary: '#f00' } } } }],
    ['blocklist substrings and regex', { blocklist: { analytics: ['google-analytics.com', '/gtag\\/js/i'] } }],
    ['services', { services: ['google-analytics', 'hotjar'] }],
    ['a service definition', { services: [{ name: 'Chat', category: 'functional', patterns: ['chat.example.com', '/^https:\\/\\/chat\\./'] }] }],
    ['googleConsentMode true', { googleConsentMode: true }],
    ['googleConsentMode options', { googleConsentMode: { adPersonalization: true } }],
    ['googleConsentMode regions', { googleConsentMode: { region: ['DE', 'US-CA'] } }],
    ['uet, meta, gpp', { uet: true, meta: false, gpp: true }],
    ['recordEndpoint', { recordEndpoint: 'https://consent.acme.com/record' }],
    ['relative recordEndpoint', { recordEndpoint: '/api/consent' }],
    ['onRecord', { onRecord }],
    ['reloadOnRevoke', { reloadOnRevoke: true }],
    ['sharedDomains', { sharedDomains: ['platform.io', 'tenants.example.co.uk'] }],
  ])('accepts %s', (_, raw) => {
    const { config, errors, warnings } = check(raw);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config).toEqual(raw);
  });
});

describe('validateConfig: invalid values', () => {
  it.each<[unknown, string]>([
    [{ tenant: 'Acme' }, 'tenant'],
    [{ tenant: 'acme corp' }, 'tenant'],
    [{ tenant: 'acme.com' }, 'tenant'],
    [{ tenant: 'acme;path=/' }, 'tenant'],
    [{ tenant: '' }, 'tenant'],
    [{ tenant: 42 }, 'tenant'],
    [{ revision: '' }, 'revision'],
    [{ revision: 'v'.repeat(41) }, 'revision'],
    [{ revision: 'v1\n' }, 'revision'],
    [{ revision: Number.NaN }, 'revision'],
    [{ revision: Number.POSITIVE_INFINITY }, 'revision'],
    [{ revision: true }, 'revision'],
    [{ revision: {} }, 'revision'],
    [{ mode: 'opt_in' }, 'mode'],
    [{ mode: 'OPT-IN' }, 'mode'],
    [{ mode: true }, 'mode'],
    [{ region: 'Germany' }, 'region'],
    [{ region: 'D' }, 'region'],
    [{ region: 'US-CALIF' }, 'region'],
    [{ region: 49 }, 'region'],
    [{ language: 'english' }, 'language'],
    [{ language: 'e' }, 'language'],
    [{ language: '' }, 'language'],
    [{ categories: 'none' }, 'categories'],
    [{ categories: ['marketing'] }, 'categories'],
    [{ categories: { ads: {} } }, 'categories["ads"]'],
    [{ categories: { essential: false } }, 'categories["essential"]'],
    [{ categories: { analytics: true } }, 'categories["analytics"]'],
    [{ categories: { analytics: 'off' } }, 'categories["analytics"]'],
    [{ cookie: 'acme.com' }, 'cookie'],
    [{ cookie: { domain: 'acme.com/path' } }, 'cookie.domain'],
    [{ cookie: { domain: 'acme com' } }, 'cookie.domain'],
    [{ cookie: { domain: 'acme.com; Secure' } }, 'cookie.domain'],
    [{ cookie: { domain: 3 } }, 'cookie.domain'],
    [{ cookie: { expiresDays: 0 } }, 'cookie.expiresDays'],
    [{ cookie: { expiresDays: -5 } }, 'cookie.expiresDays'],
    [{ cookie: { expiresDays: '30' } }, 'cookie.expiresDays'],
    [{ cookie: { expiresDays: Number.NaN } }, 'cookie.expiresDays'],
    [{ gpc: [] }, 'gpc'],
    [{ gpc: { optOut: 'marketing' } }, 'gpc.optOut'],
    [{ gpc: { optOut: ['essential'] } }, 'gpc.optOut[0]'],
    [{ gpc: { optOut: ['marketing', 'ads'] } }, 'gpc.optOut[1]'],
    [{ gpc: { allowOverride: 'yes' } }, 'gpc.allowOverride'],
    [{ gpcHint: '1' }, 'gpcHint'],
    [{ texts: 'hello' }, 'texts'],
    [{ links: 'https://acme.com' }, 'links'],
    [{ theme: 'dark' }, 'theme'],
    [{ tenants: [] }, 'tenants'],
    [{ tenants: { 'ACME.com': {} } }, 'tenants["ACME.com"]'],
    [{ tenants: { 'acme.com/shop': {} } }, 'tenants["acme.com/shop"]'],
    [{ tenants: { '*acme.com': {} } }, 'tenants["*acme.com"]'],
    [{ tenants: { '*.acme.com': 'acme' } }, 'tenants["*.acme.com"]'],
    [{ tenants: { 'acme.com': { tenant: 'ACME' } } }, 'tenants["acme.com"].tenant'],
    [{ tenants: { 'acme.com': { categories: { ads: false } } } }, 'tenants["acme.com"].categories["ads"]'],
    [{ blocklist: ['ga'] }, 'blocklist'],
    [{ blocklist: { ads: ['x'] } }, 'blocklist["ads"]'],
    [{ blocklist: { analytics: 'google-analytics.com' } }, 'blocklist["analytics"]'],
    [{ blocklist: { analytics: ['/(/'] } }, 'blocklist["analytics"][0]'],
    [{ blocklist: { marketing: ['ok.com', '/[a-/'] } }, 'blocklist["marketing"][1]'],
    [{ blocklist: { analytics: [''] } }, 'blocklist["analytics"][0]'],
    [{ services: 'ga' }, 'services'],
    [{ services: ['ga', 1] }, 'services[1]'],
    [{ googleConsentMode: 'yes' }, 'googleConsentMode'],
    [{ uet: 'true' }, 'uet'],
    [{ meta: 1 }, 'meta'],
    [{ gpp: null }, 'gpp'],
    [{ recordEndpoint: 'mailto:records@acme.com' }, 'recordEndpoint'],
    [{ recordEndpoint: 'javascript:void(0)' }, 'recordEndpoint'],
    [{ onRecord: 'console.log' }, 'onRecord'],
    [{ reloadOnRevoke: 1 }, 'reloadOnRevoke'],
    [{ sharedDomains: 'platform.io' }, 'sharedDomains'],
    [{ sharedDomains: ['io'] }, 'sharedDomains[0]'],
  ])('reports %j at its full path', (raw, path) => {
    const { config, errors } = check(raw);
    expect(errors).toEqual([path]);
    // Nothing invalid survives: the key is gone (default applies) or holds only valid parts.
    expect(JSON.stringify(config)).not.toContain('javascript');
  });

  it.each<[unknown, string]>([
    [{ categories: { analytics: { label: 5 } } }, 'categories["analytics"].label'],
    [{ categories: { analytics: { cookies: ['_ga', '/[/'] } } }, 'categories["analytics"].cookies[1]'],
    [{ categories: { analytics: { storage: 'key' } } }, 'categories["analytics"].storage'],
    [{ googleConsentMode: { adPersonalization: 'yes' } }, 'googleConsentMode.adPersonalization'],
    // ISO 3166 only: Google does not read EU as a region (Google's Consent Mode documentation).
    [{ googleConsentMode: { region: ['EU'] } }, 'googleConsentMode.region[0]'],
    [{ googleConsentMode: { region: ['de'] } }, 'googleConsentMode.region[0]'],
    [{ googleConsentMode: { region: ['FR', 'UK'] } }, 'googleConsentMode.region[1]'],
    [{ services: [{ name: 'Chat', category: 'ads', patterns: ['chat.example.com'] }] }, 'services[0].category'],
    [{ tenants: { 'acme.com': { categories: { marketing: { cookies: [7] } } } } }, 'tenants["acme.com"].categories["marketing"].cookies[0]'],
  ])('reports %j inside a union-typed field at its full path', (raw, path) => {
    expect(check(raw).errors).toEqual([path]);
  });

  it('drops the invalid value so the default applies', () => {
    const { config } = check({
      tenant: 'acme',
      mode: 'bogus',
      revision: '',
      cookie: { domain: 'acme.com/x', expiresDays: -1 },
      gpc: { optOut: ['essential'], allowOverride: 'yes' },
      recordEndpoint: 'javascript:alert(1)',
    });
    expect(config).toEqual({ tenant: 'acme', cookie: {}, gpc: { optOut: [] } });
    const resolved = resolveConfig(config, 'acme.com');
    expect(resolved.mode).toBeUndefined();
    expect(resolved.revision).toBe('1');
    expect(resolved.cookieDomain).toBe('auto');
    expect(resolved.expiresDays).toBe(180);
    expect(resolved.allowOverride).toBe(false);
  });

  it('keeps the valid items of a list and drops the invalid ones', () => {
    const { config, errors } = check({ blocklist: { analytics: ['a.com', '/(/', 'b.com'] }, services: ['ga', null, 'meta'] });
    expect(config).toEqual({ blocklist: { analytics: ['a.com', 'b.com'] }, services: ['ga', 'meta'] });
    expect(errors).toEqual(['blocklist["analytics"][1]', 'services[1]']);
  });

  it('keeps the valid tenants and drops an invalid pattern', () => {
    const { config } = check({ tenants: { 'ACME.com': { tenant: 'a' }, '*.beta.io': { tenant: 'b' } } });
    expect(config).toEqual({ tenants: { '*.beta.io': { tenant: 'b' } } });
  });

  it('names the field and the reason in the message', () => {
    const { messages } = check({ recordEndpoint: 'javascript:alert(1)' });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^recordEndpoint: .*http.*javascript:alert\(1\)/);
  });

  it.each(['texts', 'theme', 'links'])('only checks that %s is an object: the UI file checks the rest', (key) => {
    const inner = { de: 1, primary: 'url(x)', doNotSell: 'javascript:alert(1)' };
    const { config, errors, warnings } = check({ [key]: inner });
    expect([errors, warnings]).toEqual([[], []]);
    expect(config).toEqual({ [key]: inner });
  });
});

describe('validateConfig: lengths', () => {
  const domain = (length: number) => `${'a.'.repeat((length - 4) / 2)}test`;
  it.each<[string, (length: number) => ConsentConfig, string, number]>([
    ['a language tag', (n) => ({ language: `en${'-ab'.repeat((n - 2) / 3)}` }), 'language', 35],
    ['a cookie domain', (n) => ({ cookie: { domain: domain(n) } }), 'cookie.domain', 252],
    ['a shared domain', (n) => ({ sharedDomains: [domain(n)] }), 'sharedDomains[0]', 252],
    ['a pattern', (n) => ({ blocklist: { analytics: ['s'.repeat(n)] } }), 'blocklist["analytics"][0]', 1000],
    ['a service name', (n) => ({ services: ['a'.repeat(n)] }), 'services[0]', 64],
    ['a category label', (n) => ({ categories: { analytics: { label: 'l'.repeat(n) } } }), 'categories["analytics"].label', 10_000],
    ['a record endpoint', (n) => ({ recordEndpoint: `/r?${'q'.repeat(n - 3)}` }), 'recordEndpoint', 2048],
  ])('takes %s up to its limit and reports a longer one', (_, config, path, limit) => {
    expect(check(config(limit)).errors).toEqual([]);
    const longer = check(config(limit + (path.includes('domain') || path.startsWith('shared') ? 2 : path === 'language' ? 3 : 1)));
    expect(longer.errors).toEqual([path]);
    expect(longer.messages[0].length).toBeLessThan(200);
  });
});

describe('validateConfig: unknown keys', () => {
  it.each<[unknown, string]>([
    [{ colour: 'red' }, 'colour'],
    [{ cookie: { path: '/' } }, 'cookie.path'],
    [{ gpc: { enabled: true } }, 'gpc.enabled'],
    [{ tenants: { 'acme.com': { bogus: 1 } } }, 'tenants["acme.com"].bogus'],
    [{ tenants: { 'acme.com': { tenants: {} } } }, 'tenants["acme.com"].tenants'],
    [{ tenants: { 'acme.com': { sharedDomains: ['acme.com'] } } }, 'tenants["acme.com"].sharedDomains'],
  ])('warns about %j with its path and ignores it', (raw, path) => {
    const { config, errors, warnings } = check(raw);
    expect(warnings).toEqual([path]);
    expect(errors).toEqual([]);
    expect(JSON.stringify(config)).not.toMatch(/colour|imprint|enabled|heading|bogus|"path"|"tenants":\{"acme.com":\{"tenants"/);
  });

  it.each<[unknown, string]>([
    [{ categories: { analytics: { vendor: 'x' } } }, 'categories["analytics"].vendor'],
    [{ googleConsentMode: { adsDataRedaction: true } }, 'googleConsentMode.adsDataRedaction'],
  ])('warns about %j inside a union-typed field', (raw, path) => {
    expect(check(raw).warnings).toEqual([path]);
  });

  it('ignores a __proto__ key from JSON without polluting the result', () => {
    const { config, warnings } = check(JSON.parse('{"__proto__": {"gpcHint": true}, "cookie": {"__proto__": {"domain": "evil.test"}}}'));
    expect(warnings).toEqual(['__proto__', 'cookie.__proto__']);
    expect(config.gpcHint).toBeUndefined();
    expect(config.cookie?.domain).toBeUndefined();
    expect(({} as { gpcHint?: boolean }).gpcHint).toBeUndefined();
  });
});

describe('validateConfig: the whole config', () => {
  it.each([undefined, null])('returns an empty config for %s without a report', (raw) => {
    const { config, errors, warnings } = check(raw);
    expect(config).toEqual({});
    expect([...errors, ...warnings]).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a string', '{"tenant":"acme"}'],
    ['a number', 42],
    ['true', true],
    ['an array', [{ tenant: 'acme' }]],
    ['a class instance', new Date(0)],
  ])('reports %s as config and returns an empty config', (_, raw) => {
    const { config, errors } = check(raw);
    expect(config).toEqual({});
    expect(errors).toEqual(['config']);
  });

  it('accepts an object without a prototype', () => {
    const raw = Object.assign(Object.create(null) as object, { tenant: 'acme' });
    expect(check(raw).config).toEqual({ tenant: 'acme' });
  });

  it.each(['./node_modules/consentry/consentry.schema.json', 'https://example.com/schema.json', 42])(
    'ignores a top-level $schema (%j) without a report',
    ($schema) => {
      const { config, errors, warnings } = check({ $schema, tenant: 'acme' });
      expect([errors, warnings]).toEqual([[], []]);
      expect(config).toEqual({ tenant: 'acme' });
    },
  );

  it('warns about $schema inside a tenants entry, where it has no meaning', () => {
    const { config, warnings } = check({ tenants: { 'acme.com': { $schema: './schema.json', tenant: 'acme' } } });
    expect(warnings).toEqual(['tenants["acme.com"].$schema']);
    expect(config).toEqual({ tenants: { 'acme.com': { tenant: 'acme' } } });
  });

  it('ignores keys whose value is undefined', () => {
    const { config, errors } = check({ tenant: undefined, mode: 'opt-out' });
    expect(config).toEqual({ mode: 'opt-out' });
    expect(errors).toEqual([]);
  });
});

describe('validateConfig: cookie.expiresDays', () => {
  it.each([
    [1, 1, []],
    [180, 180, []],
    [395, 395, []],
    [396, 395, ['cookie.expiresDays']],
    [400, 395, ['cookie.expiresDays']],
    [10_000, 395, ['cookie.expiresDays']],
    [Number.POSITIVE_INFINITY, 395, ['cookie.expiresDays']],
  ])('turns %s days into %s with warnings %j', (days, expected, warned) => {
    const { config, errors, warnings } = check({ cookie: { expiresDays: days } });
    expect(config.cookie?.expiresDays).toBe(expected);
    expect(warnings).toEqual(warned);
    expect(errors).toEqual([]);
  });
});

describe('TENANT_ID', () => {
  it.each([
    ['acme', true],
    ['a', true],
    ['acme-eu_2', true],
    ['0', true],
    ['a'.repeat(64), true],
    ['a'.repeat(65), false],
    ['', false],
    ['Acme', false],
    ['acme.com', false],
    ['acme corp', false],
    ['acme=1', false],
    ['acme;', false],
    ['ümlaut', false],
  ])('%j is valid: %s', (id, valid) => {
    expect(TENANT_ID.test(id)).toBe(valid);
  });
});

describe('validateConfig: services', () => {
  it('reports each missing field of a service definition', () => {
    expect(check({ services: [{ name: 'chat' }] }).errors).toEqual(['services[0].category', 'services[0].patterns']);
  });

  it.each<[unknown, string]>([
    [{ name: '', category: 'functional', patterns: ['chat.example.com'] }, 'services[0].name'],
    [{ name: 'chat', category: 'functional', patterns: [], cookies: ['chat_id'] }, 'services[0].patterns'],
  ])('reports %j, which would hold nothing, as missing a field and drops it', (definition, path) => {
    const { config, errors } = check({ services: [definition] });
    expect(errors).toEqual([path]);
    expect(config.services).toEqual([]);
  });
});
