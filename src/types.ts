import type { ReadableAtom } from 'nanostores';
import type { ServiceDefinition } from './services/service-definition';

export type { ServiceDefinition };

/** The four consent categories, always in this order. */
export type CategoryId = 'essential' | 'functional' | 'analytics' | 'marketing';

/** A category that the person can switch off. */
export type OptionalCategoryId = Exclude<CategoryId, 'essential'>;

/** How the banner asks: EU/UK-style prior consent, US-style notice, or chosen by region. */
export type ConsentMode = 'opt-in' | 'opt-out' | 'auto';

/** How the stored decision came about. `'gpc'`: only a GPC opt-out is stored. */
export type ConsentMethod = 'default' | 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** Per-category overrides of texts and the storage cleared when the category is revoked. */
export interface CategoryConfig {
  /** Overrides `texts[lang].categories[id].label`. */
  label?: string;
  /** Overrides `texts[lang].categories[id].description`. */
  description?: string;
  /** Cookie names or `/regex/` strings deleted when the category is revoked. */
  cookies?: string[];
  /** `localStorage` keys deleted when the category is revoked. */
  storage?: string[];
}

/** Every text the UI shows; every key is optional when overriding. */
export interface Texts {
  title: string;
  description: string;
  acceptAll: string;
  rejectAll: string;
  customize: string;
  preferencesTitle: string;
  saveChoices: string;
  close: string;
  doNotSell: string;
  gpcHonored: string;
  dntDisclosure: string;
  /** Heading and body of the opt-out mode notice. */
  noticeTitle: string;
  noticeDescription: string;
  /** Annotation on a switch that Global Privacy Control holds off. */
  viaGpc: string;
  /** Opens the preference center once the banner is gone. */
  privacyChoices: string;
  privacyPolicy: string;
  cookiePolicy: string;
  /** Shown when the person switches on a category their GPC signal opts out of. */
  gpcConflict: string;
  keepOptedOut: string;
  allowForSite: string;
  /** On a held iframe's placeholder; `{category}` is the category label. */
  blockedContent: string;
  /** The placeholder's button; `{category}` is the category label. */
  allowCategory: string;
  categories: Partial<Record<CategoryId, { label: string; description: string }>>;
}

/** Per-tenant look, exposed as `--consentry-*` custom properties. */
export interface Theme {
  primary?: string;
  background?: string;
  text?: string;
  radius?: string;
  font?: string;
  position?: 'bottom' | 'bottom-left' | 'bottom-right' | 'center';
  colorScheme?: 'light' | 'dark' | 'auto';
  logoUrl?: string;
  /** The logo's alt text, e.g. the company's name; without it the logo is decorative (`alt=""`). */
  logoAlt?: string;
}

/** A consent record, sent to `recordEndpoint` and `onRecord` for each decision. */
export interface ConsentRecord {
  id: string;
  tenant: string | null;
  host: string;
  revision: string;
  categories: Record<CategoryId, boolean>;
  gpc: boolean;
  method: ConsentMethod;
  mode: 'opt-in' | 'opt-out';
  at: number;
}

/**
 * Configuration of one instance. Every key is optional. `Service` is what `services` lists:
 * names or definitions in the script tag's JSON, definitions only in npm builds, which carry no
 * catalogue (`ConsentConfig<ServiceDefinition>`), so a name there is a type error.
 */
export interface ConsentConfig<Service = string | ServiceDefinition> {
  /** Tenant id, `[a-z0-9_-]`; names the cookie `consentry_<tenant>`. @default none */
  tenant?: string;
  /** Policy revision; a change makes a decision due again. @default '1' */
  revision?: string | number;
  /** @default 'opt-in' */
  mode?: ConsentMode;
  /** ISO 3166 region hint (`DE`, `GB`, `US-CA`) or `EU`, used by `mode: 'auto'`. */
  region?: string;
  /** UI language; falls back to `<html lang>`, then the browser. */
  language?: string;
  /** `false` drops a category. `essential` is always present. */
  categories?: Partial<Record<OptionalCategoryId, CategoryConfig | false>>;
  cookie?: {
    /** @default 'auto' (the registrable domain, found by probing) */
    domain?: 'auto' | 'host' | string;
    /** @default 180, capped at 395 */
    expiresDays?: number;
  };
  gpc?: {
    /** Categories a GPC signal opts out of. @default ['marketing'] */
    optOut?: CategoryId[];
    /** Lets the person switch such a category back on for this site. @default false */
    allowOverride?: boolean;
  };
  /** The server saw `Sec-GPC: 1`. @default false */
  gpcHint?: boolean;
  texts?: Record<string, Partial<Texts>>;
  links?: { privacyPolicy?: string; cookiePolicy?: string; doNotSell?: string };
  theme?: Theme;
  /**
   * A platform's own registrable domains, on which tenants live side by side (`platform.io` for
   * `acme.platform.io` and `globex.platform.io`): no cookie is ever scoped to one of them.
   */
  sharedDomains?: string[];
  /** Partial configs merged over this one for matching host patterns. */
  tenants?: Record<string, Omit<ConsentConfig<Service>, 'tenants' | 'sharedDomains'>>;
  /** Untagged script and iframe URLs (substrings or `/regex/` strings) held per category. */
  blocklist?: Partial<Record<CategoryId, string[]>>;
  /**
   * Well-known services held and cleaned up by their category: names the script tag has built in
   * or definitions, which npm builds import from `consentry/services`.
   */
  services?: Service[];
  /**
   * Google Consent Mode v2 (docs/signals.md). `true`, or options: `adPersonalization` lets limited
   * marketing also grant `ad_personalization`; `region` limits the default to ISO 3166 regions.
   * @default false
   */
  googleConsentMode?: boolean | { adPersonalization?: boolean; region?: string[] };
  /** Microsoft UET consent (`uetq`). @default false */
  uet?: boolean;
  /** Meta Pixel consent and Limited Data Use (`fbq`). @default false */
  meta?: boolean;
  /**
   * The IAB GPP API (`__gpp`) with the US National section. `mspaCoveredTransaction: true` when
   * the site is an MSPA signatory treating its transactions as covered (docs/signals.md).
   * @default false
   */
  gpp?: boolean | { mspaCoveredTransaction?: boolean };
  recordEndpoint?: string;
  onRecord?: (record: ConsentRecord) => void;
  /** Reload once when a category whose scripts already ran is revoked. @default false */
  reloadOnRevoke?: boolean;
}

/** The effective consent, as the page should act on it (docs/npm.md, The state). */
export interface ConsentState {
  /** The person made a choice, stored and still valid (a stored GPC opt-out alone is not one). */
  decided: boolean;
  /** Effective: stored choice, mode defaults and GPC applied. */
  categories: Record<CategoryId, boolean>;
  /** The GPC signal is on right now. */
  gpc: boolean;
  method: ConsentMethod;
  /** Policy revision the choice was made under. */
  revision: string;
  /** Milliseconds since epoch of the stored choice. */
  updatedAt: number | null;
  /** Random id of this browser's consent record. */
  id: string | null;
}

/** Payload of the `optout` event. */
export interface OptOutDetail {
  source: 'gpc' | 'user';
  categories: CategoryId[];
  tenant: string | null;
}

/** Event names and payloads of `Consent.on`. */
export interface ConsentEvents {
  change: ConsentState;
  ready: ConsentState;
  optout: OptOutDetail;
}

/** What the UI shows: nothing, the first layer, or the preference center. */
export type ConsentView = 'none' | 'banner' | 'preferences';

/** A consent instance, created by `createConsent`. */
export interface Consent {
  /** The effective state as a nanostores store. */
  readonly $state: ReadableAtom<ConsentState>;
  /** Which layer of the UI is open; headless users render from it. */
  readonly $view: ReadableAtom<ConsentView>;
  getState(): ConsentState;
  allowed(category: CategoryId): boolean;
  acceptAll(): void;
  rejectAll(): void;
  /** Stores a custom choice; `essential` is ignored, missing categories are denied. */
  save(choices: Partial<Record<CategoryId, boolean>>): void;
  showBanner(): void;
  showPreferences(): void;
  hide(): void;
  /** Forgets the choice; the banner is due again. */
  reset(): void;
  on<E extends keyof ConsentEvents>(event: E, cb: (detail: ConsentEvents[E]) => void): () => void;
  /**
   * Runs `run` once per page load, as soon as `category` is allowed: at once for a decision stored
   * on an earlier visit, else when the person allows it. The way to start a tool that must wait for
   * consent; returns the cancel.
   * @example consent.onAllowed('analytics', () => startAnalytics());
   */
  onAllowed(category: CategoryId, run: () => void): () => void;
  /** Renders the UI (UI builds only); shows the banner if a decision is due. */
  mount(target?: Element): void;
  /** Removes UI, listeners and observers. */
  destroy(): void;
}
