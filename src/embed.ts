import { atom } from 'nanostores';
import { fetchConfig } from './browser/fetch-config';
import { loadSiblingFile } from './browser/load-script-file';
import { createConsentWith, type ConsentEnvironment } from './create-consent';
import { createDeferredConsent } from './create-deferred-consent';
import { UNDECIDED } from './policy/undecided-state';
import { createGate } from './gate/create-gate';
import { startGoogleConsentMode } from './integrations/google-consent-mode';
import { CONSOLE_REPORTER } from './policy/reporter';
import { isPlainObject } from './policy/validators';
import { GPP_FILE, GPP_KEY, UI_FILE, UI_KEY } from './script-files';
import { BUILT_IN_SERVICES } from './services/built-in';
import type { Consent, ConsentConfig } from './types';
import type { GppModule } from './integrations/gpp/gpp-types';
import type { UiModule } from './ui-module';

/** `sha384-…` of dist/consentry-ui.js and dist/consentry-gpp.js, written in by the build (rollup.config.ts). */
declare const __UI_INTEGRITY__: string;
declare const __GPP_INTEGRITY__: string;

declare global {
  interface Window {
    /** The instance the script tag created. */
    Consentry?: Consent;
  }
}

// Only readable while this file first runs (style.md); `null` for a module or a later call.
const loader = document.currentScript as HTMLScriptElement | null;
const LOADED = Symbol.for('consentry.loaded');
type Flagged = Window & { [LOADED]?: boolean };
const report = CONSOLE_REPORTER;

/** Loader attributes and the config keys they set. */
const ATTRIBUTES = { tenant: 'tenant', lang: 'language', mode: 'mode', region: 'region' } as const;

function attributeOverrides(raw: Record<string, unknown>): ConsentConfig {
  const overrides: Record<string, unknown> = {};
  for (const [attribute, key] of Object.entries(ATTRIBUTES)) {
    const value = loader?.getAttribute(`data-${attribute}`);
    if (value != null) overrides[key] = value;
  }
  // Turns Consent Mode on, keeping the config's own options where it has them.
  if (loader?.hasAttribute('data-google-consent-mode') && !raw.googleConsentMode) overrides.googleConsentMode = true;
  return overrides;
}

/** Fetches one of the loader's own files from its folder, with its nonce (docs/script-tag.md). */
const loadOwn =
  <T>(name: string, key: string, integrity: string) =>
  () =>
    loadSiblingFile<T>(loader, name, key, integrity);

const FAIL_CLOSED = 'using the defaults with every non-essential category denied';

/**
 * Creates the instance from the config read at `source`: `undefined` when it could not be read
 * (reported already), `null` for none. A config that could not be read fails closed.
 */
function start(raw: unknown, source: string, env: ConsentEnvironment = {}): Consent | undefined {
  try {
    const readable = raw === null || isPlainObject(raw);
    if (raw !== undefined && !readable) report.error(source, `expected a JSON object; ${FAIL_CLOSED}`);
    // Not knowing what the site blocks, it holds the trackers it knows by name.
    const config = isPlainObject(raw) ? raw : readable ? {} : { services: BUILT_IN_SERVICES.map((service) => service.name) };
    const consent = createConsentWith(config, {
      ui: loadOwn<UiModule>(UI_FILE, UI_KEY, __UI_INTEGRITY__),
      gpp: loadOwn<GppModule>(GPP_FILE, GPP_KEY, __GPP_INTEGRITY__),
      catalogue: BUILT_IN_SERVICES,
      overrides: attributeOverrides(config),
      gpcHint: loader?.getAttribute('data-gpc') === '1',
      failClosed: !readable,
      ...env,
    });
    // At once, while the head is still parsing: a banner that is due starts fetching its UI now.
    consent.mount();
    return consent;
  } catch (error) {
    // Never throw into the host page; with no instance nothing tagged runs, the safest outcome.
    console.error('[consentry] could not start', error);
  }
}

/** True for a URL of another origin than the page's; one that cannot be read counts as another. */
function isCrossOrigin(url: string): boolean {
  try {
    return new URL(url, document.baseURI).origin !== location.origin;
  } catch {
    return true;
  }
}

/**
 * Holds the page while its config is fetched (docs/script-tag.md, Where the config comes from):
 * `window.Consentry` answers at once, every script, iframe and image from another origin is held
 * and the Consent Mode default goes out if the loader asks for it. Once the config arrives, or
 * fails to, the instance takes over what is held and releases, in document order, what its
 * config does not block.
 */
function holdForConfig(url: string) {
  const deferred = createDeferredConsent();
  window.Consentry = deferred.consent;
  const consentModeDefaulted = !!loader?.hasAttribute('data-google-consent-mode');
  if (consentModeDefaulted) startGoogleConsentMode({ win: window, $state: { get: () => UNDECIDED, listen: () => () => {} }, adPersonalization: false });
  const holding = createGate({
    doc: document,
    $state: atom(UNDECIDED),
    report,
    blocklist: (src) => (isCrossOrigin(src) ? 'marketing' : null),
    tagged: false,
    handToNext: true,
  });
  const finish = (raw: unknown) => {
    // Left first, so that the instance's gate takes what it held before its first release, and
    // releases it with the tagged elements in document order. Nothing runs in between.
    holding.destroy();
    const consent = start(raw, 'data-config', { consentModeDefaulted });
    if (consent) deferred.resolve(consent);
  };
  fetchConfig(url).then(finish, (error: Error) => {
    report.error('data-config', `could not load ${url} (${error.message}); ${FAIL_CLOSED}`);
    finish(undefined);
  });
}

function load() {
  const inline = document.getElementById('consentry-config');
  if (inline) {
    let raw: unknown;
    try {
      raw = JSON.parse(inline.textContent || 'null');
    } catch {
      report.error('#consentry-config', `is not valid JSON; ${FAIL_CLOSED}`);
    }
    window.Consentry = start(raw, '#consentry-config');
    return;
  }
  const url = loader?.getAttribute('data-config');
  if (url) holdForConfig(url);
  else window.Consentry = start(null, 'config');
}

if ((window as Flagged)[LOADED]) console.warn('[consentry] loaded twice; keeping the first instance');
else {
  (window as Flagged)[LOADED] = true;
  load();
}
