import { loadSiblingFile } from './browser/load-script-file';
import { createConsentWith } from './create-consent';
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

/** Loader attributes and the config keys they set. */
const ATTRIBUTES = { tenant: 'tenant', lang: 'language', mode: 'mode', region: 'region' } as const;

function attributeOverrides(): ConsentConfig {
  const overrides: Record<string, string> = {};
  for (const [attribute, key] of Object.entries(ATTRIBUTES)) {
    const value = loader?.getAttribute(`data-${attribute}`);
    if (value != null) overrides[key] = value;
  }
  return overrides;
}

/** Fetches one of the loader's own files from its folder, with its nonce (docs/script-tag.md). */
const loadOwn =
  <T>(name: string, key: string, integrity: string) =>
  () =>
    loadSiblingFile<T>(loader, name, key, integrity);

function start(raw: unknown) {
  try {
    if (raw != null && !isPlainObject(raw)) CONSOLE_REPORTER.error('#consentry-config', 'expected a JSON object; using defaults');
    const consent = createConsentWith(isPlainObject(raw) ? raw : {}, {
      ui: loadOwn<UiModule>(UI_FILE, UI_KEY, __UI_INTEGRITY__),
      gpp: loadOwn<GppModule>(GPP_FILE, GPP_KEY, __GPP_INTEGRITY__),
      catalogue: BUILT_IN_SERVICES,
      overrides: attributeOverrides(),
      gpcHint: loader?.getAttribute('data-gpc') === '1',
    });
    window.Consentry = consent;
    // At once, while the head is still parsing: a banner that is due starts fetching its UI now.
    consent.mount();
  } catch (error) {
    // Never throw into the host page; with no instance nothing tagged runs, the safest outcome.
    console.error('[consentry] could not start', error);
  }
}

function load() {
  const inline = document.getElementById('consentry-config');
  if (inline) {
    try {
      return start(JSON.parse(inline.textContent || 'null'));
    } catch {
      CONSOLE_REPORTER.error('#consentry-config', 'is not valid JSON; using defaults');
      return start(null);
    }
  }
  const url = loader?.getAttribute('data-config');
  if (!url) return start(null);
  // Until the config arrives nothing tagged runs: the gate does not exist yet (docs/script-tag.md, Where the config comes from).
  fetch(url, { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then(start, (error) => {
      CONSOLE_REPORTER.error('data-config', `could not load ${url} (${error}); using defaults`);
      start(null);
    });
}

if ((window as Flagged)[LOADED]) console.warn('[consentry] loaded twice; keeping the first instance');
else {
  (window as Flagged)[LOADED] = true;
  load();
}
