/**
 * The decision cookie's name (docs/tenants.md, Cookie scope): `consentry`, or `consentry_<tenant>`
 * so that tenants sharing a domain keep separate decisions. The browser and `consentry/server` both
 * use this.
 */
export function cookieName(tenant: string | null | undefined): string {
  return tenant ? `consentry_${tenant}` : 'consentry';
}
