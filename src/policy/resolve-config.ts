import type { CategoryConfig, ConsentConfig, OptionalCategoryId } from '../types';
import { OPTIONAL_CATEGORY_IDS } from './categories';
import { matchTenant } from './match-tenant';
import { mergeConfig } from './merge-config';

/** The config an instance runs on: the matching tenant merged in and defaults filled. */
export interface ResolvedConfig extends Omit<ConsentConfig, 'tenants' | 'categories' | 'revision' | 'tenant' | UiKey> {
  tenant: string | null;
  /** The `tenants` pattern that matched, bounding the cookie domain. */
  tenantPattern: string | null;
  /** Where `services` came from, for the errors about its names: `services` or `tenants["…"].services`. */
  servicesPath: string;
  revision: string;
  /** Enabled optional categories, in category order. */
  categories: OptionalCategoryId[];
  categoryConfig: Partial<Record<OptionalCategoryId, CategoryConfig>>;
  cookieDomain: string;
  expiresDays: number;
  gpcOptOut: OptionalCategoryId[];
  allowOverride: boolean;
}

/** Keys only the UI reads; it checks and merges them itself (ui/validate-ui-config.ts). */
type UiKey = 'texts' | 'theme' | 'links';

/** A config without the UI's keys, which come here unchecked: merging them could follow a cycle or a `__proto__` key. */
const withoutUi = ({ texts, theme, links, ...rest }: ConsentConfig) => rest;

/** Six months: the lifetime the CNIL's 2020 cookie guidelines recommend for a choice, refusals included. */
export const DEFAULT_EXPIRES_DAYS = 180;

/**
 * Applies the first `tenants` entry matching `hostname` over a validated config, then `overrides`
 * (the loader's attributes, which win over both; docs/script-tag.md, Loader attributes), and
 * fills defaults.
 * @example resolveConfig(validateConfig(raw, reporter), location.hostname)
 */
export function resolveConfig(config: ConsentConfig, hostname: string, overrides: ConsentConfig = {}): ResolvedConfig {
  const { tenants, ...base } = withoutUi(config);
  const match = matchTenant(tenants, hostname);
  const merged: ConsentConfig = mergeConfig(match ? mergeConfig(base, withoutUi(match.config)) : base, overrides);
  const categoryConfig: ResolvedConfig['categoryConfig'] = {};
  const categories = OPTIONAL_CATEGORY_IDS.filter((id) => {
    const entry = merged.categories?.[id];
    if (entry !== false) categoryConfig[id] = entry ?? {};
    return entry !== false;
  });
  return {
    ...merged,
    tenant: merged.tenant ?? null,
    tenantPattern: match?.pattern ?? null,
    servicesPath: match?.config.services ? `tenants[${JSON.stringify(match.pattern)}].services` : 'services',
    revision: String(merged.revision ?? 1),
    categories,
    categoryConfig,
    cookieDomain: merged.cookie?.domain ?? 'auto',
    expiresDays: merged.cookie?.expiresDays ?? DEFAULT_EXPIRES_DAYS,
    gpcOptOut: (merged.gpc?.optOut ?? ['marketing']).filter((id): id is OptionalCategoryId => categories.includes(id as OptionalCategoryId)),
    allowOverride: merged.gpc?.allowOverride ?? false,
  };
}
