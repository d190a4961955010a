import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './is-safe-url';

describe('isSafeUrl', () => {
  it.each([
    'https://acme.com/privacy',
    'http://acme.com',
    'HTTPS://ACME.COM',
    'mailto:privacy@acme.com',
    '/privacy',
    'privacy.html',
    './privacy',
    '../privacy',
    '?lang=de',
    '#cookies',
    '//cdn.acme.com/logo.svg',
    'https://acme.com/path?x=javascript:alert(1)',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    '',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    ' javascript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://acme.com/uuid',
    'ftp://acme.com',
    'https://acme.com/a b',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  it('refuses mailto: when only http and https are allowed', () => {
    expect(isSafeUrl('mailto:x@acme.com', ['http', 'https'])).toBe(false);
    expect(isSafeUrl('https://acme.com/logo.svg', ['http', 'https'])).toBe(true);
    expect(isSafeUrl('/logo.svg', ['http', 'https'])).toBe(true);
  });
});
