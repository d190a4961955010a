import { describe, expect, it } from 'vitest';
import { cookieName } from './cookie-name';

describe('cookieName', () => {
  it.each([
    [null, 'consentry'],
    [undefined, 'consentry'],
    ['', 'consentry'],
    ['acme', 'consentry_acme'],
    ['globex-eu_2', 'consentry_globex-eu_2'],
  ])('names the cookie of tenant %j %s', (tenant, name) => {
    expect(cookieName(tenant)).toBe(name);
  });
});
