import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reporter } from '../policy/reporter';
import type { UiConfig, UiConfigSource } from '../ui-module';
import { validateUiConfig } from './validate-ui-config';

function check(raw: unknown, sources?: UiConfigSource[]) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const messages: string[] = [];
  const report: Reporter = {
    error: (path, message) => {
      errors.push(path);
      messages.push(`${path}: ${message}`);
    },
    warn: (path) => warnings.push(path),
  };
  const config = validateUiConfig(sources ?? [{ path: '', config: raw as UiConfig }], report);
  return { config, errors, warnings, messages };
}

describe('validateUiConfig: valid values', () => {
  it.each<[string, UiConfig]>([
    ['texts', { texts: { de: { title: 'Cookies', categories: { analytics: { label: 'Statistik', description: 'Zählt Besuche' } } } } }],
    ['texts for a regional language', { texts: { 'pt-BR': { acceptAll: 'Aceitar tudo' } } }],
    ['texts with markup-like content (rendered as text)', { texts: { en: { title: '<b>Cookies</b>' } } }],
    ['https link', { links: { privacyPolicy: 'https://acme.com/privacy' } }],
    ['http link', { links: { cookiePolicy: 'http://acme.com/cookies' } }],
    ['relative link', { links: { cookiePolicy: '/cookies#list' } }],
    ['relative link without slash', { links: { privacyPolicy: 'privacy.html' } }],
    ['protocol-relative link', { links: { privacyPolicy: '//acme.com/privacy' } }],
    ['mailto link', { links: { doNotSell: 'mailto:privacy@acme.com' } }],
    ['uppercase HTTPS link', { links: { doNotSell: 'HTTPS://acme.com/dns' } }],
    ['theme hex colors', { theme: { primary: '#0a5', background: '#ffffff', text: '#000000cc' } }],
    ['theme rgb color', { theme: { primary: 'rgb(0, 80, 160)' } }],
    ['theme hsla color', { theme: { primary: 'hsla(120, 50%, 40%, 0.9)' } }],
    ['theme radius px', { theme: { radius: '8px' } }],
    ['theme radius rem', { theme: { radius: '0.5rem' } }],
    ['theme radius zero', { theme: { radius: '0' } }],
    ['theme font', { theme: { font: '"Inter", Helvetica, sans-serif' } }],
    ['theme position', { theme: { position: 'bottom-left' } }],
    ['theme colorScheme', { theme: { colorScheme: 'dark' } }],
    ['theme logoUrl and logoAlt', { theme: { logoUrl: 'https://cdn.acme.com/logo.svg', logoAlt: 'Acme Inc.' } }],
  ])('accepts %s', (_, raw) => {
    const { config, errors, warnings } = check(raw);
    expect([errors, warnings]).toEqual([[], []]);
    expect(config).toEqual(raw);
  });
});

describe('validateUiConfig: invalid values', () => {
  it.each<[unknown, string]>([
    [{ texts: { english: {} } }, 'texts["english"]'],
    [{ texts: { de: 'Cookies' } }, 'texts["de"]'],
    [{ texts: { de: { title: 5 } } }, 'texts["de"].title'],
    [{ texts: { de: { categories: { ads: { label: 'Ads' } } } } }, 'texts["de"].categories["ads"]'],
    [{ texts: { de: { categories: { analytics: { label: 1 } } } } }, 'texts["de"].categories["analytics"].label'],
    [{ links: { doNotSell: 'javascript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { doNotSell: 'JavaScript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { doNotSell: 'java\tscript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { doNotSell: 'java\nscript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { doNotSell: ' javascript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { doNotSell: '\u0000javascript:alert(1)' } }, 'links.doNotSell'],
    [{ links: { privacyPolicy: 'data:text/html,<script>alert(1)</script>' } }, 'links.privacyPolicy'],
    [{ links: { cookiePolicy: 'vbscript:msgbox(1)' } }, 'links.cookiePolicy'],
    [{ links: { cookiePolicy: 'file:///etc/passwd' } }, 'links.cookiePolicy'],
    [{ links: { privacyPolicy: '' } }, 'links.privacyPolicy'],
    [{ links: { privacyPolicy: 42 } }, 'links.privacyPolicy'],
    [{ theme: { primary: 'red;background:url(https://evil.test/x)' } }, 'theme.primary'],
    [{ theme: { primary: 'expression(alert(1))' } }, 'theme.primary'],
    [{ theme: { primary: 'url(https://evil.test/x)' } }, 'theme.primary'],
    [{ theme: { primary: '#12' } }, 'theme.primary'],
    [{ theme: { background: '#ggg' } }, 'theme.background'],
    [{ theme: { text: '} body { display:none' } }, 'theme.text'],
    [{ theme: { radius: '8 px' } }, 'theme.radius'],
    [{ theme: { radius: 'calc(1px + 1px)' } }, 'theme.radius'],
    [{ theme: { radius: 8 } }, 'theme.radius'],
    [{ theme: { font: 'Inter; } :host { display:none' } }, 'theme.font'],
    [{ theme: { font: '' } }, 'theme.font'],
    [{ theme: { position: 'top' } }, 'theme.position'],
    [{ theme: { colorScheme: 'sepia' } }, 'theme.colorScheme'],
    [{ theme: { logoUrl: 'javascript:alert(1)' } }, 'theme.logoUrl'],
    [{ theme: { logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>' } }, 'theme.logoUrl'],
    [{ theme: { logoUrl: 'mailto:logo@acme.com' } }, 'theme.logoUrl'],
    [{ theme: { logoAlt: ['Acme'] } }, 'theme.logoAlt'],
    [{ tenants: { '*.acme.com': { theme: { primary: 'url(x)' } } } }, 'tenants["*.acme.com"].theme.primary'],
    [{ tenants: { 'acme.com': { links: { doNotSell: 'javascript:alert(1)' } } } }, 'tenants["acme.com"].links.doNotSell'],
  ])('reports %j at its full path', (raw, path) => {
    const sources = (raw as { tenants?: Record<string, UiConfig> }).tenants
      ? Object.entries((raw as { tenants: Record<string, UiConfig> }).tenants).map(([pattern, config]) => ({ path: `tenants[${JSON.stringify(pattern)}]`, config }))
      : undefined;
    const { config, errors } = check(raw, sources);
    expect(errors).toEqual([path]);
    // Nothing invalid survives: the key is gone (default applies) or holds only valid parts.
    expect(JSON.stringify(config)).not.toContain('javascript');
  });

  it('names the field and the reason in the message', () => {
    const { messages } = check({ links: { doNotSell: 'javascript:alert(1)' } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^links\.doNotSell: .*http.*javascript:alert\(1\)/);
  });

  it('drops the invalid value and keeps the valid ones', () => {
    expect(check({ links: { doNotSell: 'javascript:alert(1)', privacyPolicy: '/privacy' } }).config).toEqual({ links: { privacyPolicy: '/privacy' } });
  });
});

describe('validateUiConfig: unknown keys', () => {
  it.each<[unknown, string]>([
    [{ theme: { colour: 'red' } }, 'theme.colour'],
    [{ links: { imprint: '/imprint' } }, 'links.imprint'],
    [{ texts: { de: { heading: 'x' } } }, 'texts["de"].heading'],
  ])('warns about %j with its path and ignores it', (raw, path) => {
    const { config, errors, warnings } = check(raw);
    expect([errors, warnings]).toEqual([[], [path]]);
    expect(JSON.stringify(config)).not.toMatch(/colour|imprint|heading/);
  });

  it('ignores a __proto__ key from JSON without polluting the result', () => {
    const { config, warnings } = check(JSON.parse('{"theme": {"__proto__": {"primary": "red"}}}'));
    expect(warnings).toEqual(['theme.__proto__']);
    expect(config.theme?.primary).toBeUndefined();
    expect(({} as { primary?: string }).primary).toBeUndefined();
  });
});

describe('validateUiConfig: sources', () => {
  it('merges the tenant over the top level, each checked at its own path', () => {
    const { config, errors } = check(undefined, [
      { path: '', config: { theme: { primary: '#111', radius: '4px' }, links: { privacyPolicy: '/privacy' } } },
      { path: 'tenants["*.acme.com"]', config: { theme: { primary: '#f00', font: 'x; }' }, texts: undefined } },
    ]);
    expect(errors).toEqual(['tenants["*.acme.com"].theme.font']);
    expect(config).toEqual({ theme: { primary: '#f00', radius: '4px' }, links: { privacyPolicy: '/privacy' } });
  });
});

describe('validateUiConfig: colors the browser resolves', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('accepts a named color the browser knows', () => {
    vi.stubGlobal('CSS', { supports: (property: string, value: string) => property === 'color' && value === 'rebeccapurple' });
    expect(check({ theme: { primary: 'rebeccapurple' } }).errors).toEqual([]);
  });

  it('refuses a word that is no color, in the browser and without one', () => {
    expect(check({ theme: { primary: 'banana' } }).errors).toEqual(['theme.primary']);
    vi.stubGlobal('CSS', { supports: () => false });
    expect(check({ theme: { primary: 'banana' } }).errors).toEqual(['theme.primary']);
  });

  it('refuses a color of the right shape that the browser would ignore', () => {
    vi.stubGlobal('CSS', { supports: (_: string, value: string) => value !== 'rgb(1,2)' });
    expect(check({ theme: { primary: 'rgb(1,2)', text: 'rgb(1,2,3)' } }).errors).toEqual(['theme.primary']);
  });
});
