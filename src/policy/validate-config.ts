import type { CategoryConfig, ConsentConfig, ServiceDefinition } from '../types';
import { CATEGORY_IDS, OPTIONAL_CATEGORY_IDS } from './categories';
import type { Reporter } from './reporter';
import { toMatcher } from './to-matcher';
import {
  anyObject,
  anyText,
  bool,
  either,
  fail,
  isPlainObject,
  LANGUAGE_TAG,
  list,
  oneOf,
  record,
  shape,
  text,
  upTo,
  url,
  type Validator,
} from './validators';

/** Tenant ids end up in a cookie name, so only cookie-safe characters pass (docs/configuration.md, Keys). */
export const TENANT_ID = /^[a-z0-9_-]{1,64}$/;
/** A catalogue name in `services`, such as `google-analytics`. */
export const SERVICE_NAME = /^[a-z0-9-]{1,64}$/;
const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/;

// 1,000 characters hold any cookie name, storage key or URL substring a site lists.
const pattern = upTo<string>(1000, (value, path, report) => {
  if (typeof value !== 'string' || !value) return fail(report, path, 'a non-empty string', value);
  try {
    toMatcher(value);
    return value;
  } catch {
    return fail(report, path, 'a valid /regex/ string', value);
  }
});
/** A domain name has at most 253 characters in text (RFC 1035, 2.3.4: 255 octets on the wire). */
const domain = (pattern: RegExp, expected: string) => upTo(253, text(pattern, expected));

const optionalCategory = oneOf(...OPTIONAL_CATEGORY_IDS);
const category = oneOf(...CATEGORY_IDS);

const categoryConfig = either<false, CategoryConfig>(
  (value) => (value === false ? false : undefined),
  shape<CategoryConfig>({ label: anyText, description: anyText, cookies: list(pattern), storage: list(pattern) }),
  'false or a category object',
);

/** Browsers cap cookie lifetime at 400 days; 395 leaves room for clock skew (RFC 6265bis). */
export const MAX_EXPIRES_DAYS = 395;

const expiresDays: Validator<number> = (value, path, report) => {
  if (typeof value !== 'number' || !(value > 0)) return fail(report, path, 'a positive number of days', value);
  if (value > MAX_EXPIRES_DAYS) report.warn(path, `capped at ${MAX_EXPIRES_DAYS} days`);
  return Math.min(value, MAX_EXPIRES_DAYS);
};

const serviceFields = shape<ServiceDefinition>({ name: anyText, category: optionalCategory, patterns: list(pattern), cookies: list(pattern), storage: list(pattern) });
// A definition is only usable whole: a missing field is reported, an invalid one already was. An
// empty name or pattern list counts as missing: such a definition would hold nothing.
const serviceDefinition: Validator<ServiceDefinition> = (value, path, report) => {
  const service = serviceFields(value, path, report);
  for (const key of ['name', 'category', 'patterns'] as const) {
    if (isPlainObject(value) && (value[key] === undefined || (value[key] as string)?.length === 0)) report.error(`${path}.${key}`, 'is required');
  }
  return service?.name && service.category && service.patterns?.length ? service : undefined;
};

type TenantConfig = Omit<ConsentConfig, 'tenants' | 'sharedDomains'>;

const fields: { [K in keyof TenantConfig]-?: Validator<TenantConfig[K]> } = {
  tenant: text(TENANT_ID, 'a tenant id of a-z, 0-9, _ or -'),
  revision: either<string | number, string>(
    (value) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined),
    text(/^[^\u0000-\u001f]{1,40}$/, ''),
    'a number or a short string',
  ),
  mode: oneOf('opt-in', 'opt-out', 'auto'),
  region: text(/^([a-z]{2}(-[a-z0-9]{1,3})?)$/i, 'an ISO 3166 code like DE, GB or US-CA, or EU'),
  // 35 characters: the tag buffer RFC 5646 (4.4.1) recommends.
  language: upTo(35, text(LANGUAGE_TAG, 'a language tag like en or pt-BR')),
  categories: record(optionalCategory, categoryConfig),
  cookie: shape({
    domain: domain(/^(auto|host|\.?[a-z0-9-]+(\.[a-z0-9-]+)*)$/i, "'auto', 'host' or a domain name"),
    expiresDays,
  }),
  gpc: shape({ optOut: list(optionalCategory), allowOverride: bool }),
  gpcHint: bool,
  // Only the UI uses these: the UI file checks them key by key when it loads (ui/validate-ui-config.ts).
  texts: anyObject,
  links: anyObject,
  theme: anyObject,
  blocklist: record(category, list(pattern)),
  services: list(either<string, ServiceDefinition>(text(SERVICE_NAME, ''), serviceDefinition, 'a catalogue name or a service definition')),
  googleConsentMode: either<boolean, { adPersonalization?: boolean; region?: string[] }>(
    (value) => (typeof value === 'boolean' ? value : undefined),
    // Google reads ISO 3166 codes only: not `EU`, nor `UK` (the code is GB; Google's Consent Mode documentation).
    shape({ adPersonalization: bool, region: list(text(/^(?!EU|UK)[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'an ISO 3166 code like DE or US-CA')) }),
    'true, false or { adPersonalization, region }',
  ),
  uet: bool,
  meta: bool,
  gpp: either<boolean, { mspaCoveredTransaction?: boolean }>(
    (value) => (typeof value === 'boolean' ? value : undefined),
    shape({ mspaCoveredTransaction: bool }),
    'true, false or { mspaCoveredTransaction }',
  ),
  recordEndpoint: url(['http', 'https']),
  onRecord: (value, path, report) =>
    typeof value === 'function' ? (value as ConsentConfig['onRecord']) : fail(report, path, 'a function', value),
  reloadOnRevoke: bool,
};

const config = shape<ConsentConfig & { $schema?: never }>({
  // Points editors at consentry.schema.json (docs/configuration.md, Checking a config); nothing to check.
  $schema: () => undefined,
  ...fields,
  sharedDomains: list(domain(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'a domain name like platform.io')),
  tenants: record(text(HOST_PATTERN, 'a host pattern like acme.com or *.acme.com'), shape<TenantConfig>(fields)),
});

/**
 * Checks a raw config (parsed JSON or an object from code) and returns only the valid parts.
 * Every invalid value is reported with its full path and left out, so the default applies.
 */
export function validateConfig(raw: unknown, report: Reporter): ConsentConfig {
  if (raw === undefined || raw === null) return {};
  return (isPlainObject(raw) ? config(raw, '', report) : config(raw, 'config', report)) ?? {};
}
