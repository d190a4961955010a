import { createConsentWith } from './create-consent';
import { CONSOLE_REPORTER } from './policy/reporter';
import { isPlainObject } from './policy/validators';
import type { Consent, ConsentConfig } from './types';
import { SERVICES } from './services/catalogue';
import { mountUi } from './ui/mount-ui';

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

function attributeOverrides(): ConsentConfig {
  const overrides: ConsentConfig = {};
  const read = (name: string) => loader?.getAttribute(`data-${name}`) ?? undefined;
  const set = (key: 'tenant' | 'language' | 'mode' | 'region', value: string | undefined) => {
    if (value !== undefined) (overrides as Record<string, string>)[key] = value;
  };
  set('tenant', read('tenant'));
  set('language', read('lang'));
  set('mode', read('mode'));
  set('region', read('region'));
  return overrides;
}

function start(raw: unknown) {
  try {
    if (raw != null && !isPlainObject(raw)) CONSOLE_REPORTER.error('#consentry-config', 'expected a JSON object; using defaults');
    const consent = createConsentWith(isPlainObject(raw) ? raw : {}, {
      ui: mountUi,
      catalogue: SERVICES,
      overrides: attributeOverrides(),
      gpcHint: loader?.getAttribute('data-gpc') === '1',
    });
    window.Consentry = consent;
    if (document.body) consent.mount();
    else document.addEventListener('DOMContentLoaded', () => consent.mount());
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
  // Until the config arrives nothing tagged runs: the gate does not exist yet (contract §2).
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
