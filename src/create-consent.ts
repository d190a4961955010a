import { attachUi, type UiAttachment } from './attach-ui';
import { createCookieJar, type CookieJar } from './browser/cookie-jar';
import { openDecisionStorage } from './browser/open-decision-storage';
import { createRecordOutbox } from './browser/create-record-outbox';
import { onPageLoad } from './browser/on-page-load';
import { publishRecord } from './browser/publish-record';
import { readGpcSignal } from './browser/read-gpc-signal';
import { watchStorage } from './browser/watch-storage';
import { createPageGate } from './gate/create-page-gate';
import type { GppModule } from './integrations/gpp/gpp-types';
import { startGpp } from './integrations/gpp/start-gpp';
import { startIntegrations } from './integrations/start-integrations';
import type { ServiceDefinition } from './services/service-definition';
import { cookieName } from './policy/cookie-name';
import { isBannerDue } from './policy/is-banner-due';
import { isGpcHonored } from './policy/is-gpc-honored';
import { isCategoryId } from './policy/categories';
import { CONSOLE_REPORTER, type Reporter } from './policy/reporter';
import { isPlainObject } from './policy/validators';
import { guardConsent } from './guard-consent';
import { resolveConfig } from './policy/resolve-config';
import { resolveMode } from './policy/resolve-mode';
import { toRecord } from './policy/to-record';
import { validateConfig } from './policy/validate-config';
import { createConsentStore } from './stores/create-consent-store';
import { createViewStore } from './stores/create-view-store';
import { whenAllowed } from './stores/when-allowed';
import type { Consent, ConsentConfig, ConsentEvents, ConsentState } from './types';
import type { UiConfigSource, UiContext, UiModule } from './ui-module';

/** Browser adapters and build-specific parts; every field has a browser default. */
export interface ConsentEnvironment {
  /** Gives the UI module, at once or once its file has loaded; absent in the headless build. */
  ui?: () => UiModule | PromiseLike<UiModule>;
  doc?: Document;
  nav?: Navigator;
  jar?: CookieJar;
  local?: Storage | null;
  report?: Reporter;
  /** The server saw `Sec-GPC: 1` (`data-gpc="1"` on the loader). */
  gpcHint?: boolean;
  /** Loader attributes (`data-tenant`, `data-lang`, …): they win over the config and its tenants. */
  overrides?: ConsentConfig;
  /** Services that `services` may name; the script tag passes its built-in ones. */
  catalogue?: readonly ServiceDefinition[];
  /** Gives the GPP module when `gpp` is on: the script tag's add-on file, a lazy chunk in npm. */
  gpp?: () => GppModule | PromiseLike<GppModule>;
  /** The config could not be read: nothing is granted by default until the person decides, opt-out mode included. */
  failClosed?: boolean;
  /** The loader already pushed the Consent Mode default, while it fetched the config. */
  consentModeDefaulted?: boolean;
}

const EVENT_PREFIX = 'consentry:';

/** Passes a page callback through, or throws for the guard to report (`guardConsent`). */
function expectFunction<T>(cb: T): T {
  if (typeof cb !== 'function') throw new TypeError('expected a function');
  return cb;
}

/** The top level and the matched tenant, whose texts, theme and links the UI checks and merges. */
function uiConfigSources(config: ConsentConfig, pattern: string | null): UiConfigSource[] {
  const tenant = pattern && config.tenants?.[pattern];
  return tenant ? [{ path: '', config }, { path: `tenants[${JSON.stringify(pattern)}]`, config: tenant }] : [{ path: '', config }];
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Creates a consent instance: validates the config, reads the stored decision and GPC, gates
 * tagged elements and announces state on `document` (docs/script-tag.md, Events). The UI, when
 * there is one, loads only once something is to be shown.
 */
export function createConsentWith(raw: ConsentConfig | undefined, env: ConsentEnvironment = {}): Consent {
  const { doc = document, nav = navigator, jar = createCookieJar(), report = CONSOLE_REPORTER } = env;
  const { hostname } = doc.location;
  const validated = validateConfig(raw, report);
  const config = resolveConfig(validated, hostname, validateConfig(env.overrides, report));
  const mode = resolveMode(config.mode, config.region, () => Intl.DateTimeFormat().resolvedOptions().timeZone);
  // Opening localStorage costs a round trip to the browser; only a fallback or a clean-up needs it.
  let opened: { storage: Storage | null } | undefined;
  const local = () => (opened ??= { storage: env.local === undefined ? safeLocalStorage() : env.local }).storage;
  const { storage, cookieDomain } = openDecisionStorage(config, { location: doc.location, jar, local, cookieEnabled: nav.cookieEnabled, report });
  const readGpc = () => readGpcSignal(nav) || !!env.gpcHint || !!config.gpcHint;
  const win = doc.defaultView ?? window;
  const { recordEndpoint: endpoint } = config;
  const outbox = endpoint ? createRecordOutbox({ endpoint, key: `${cookieName(config.tenant)}_records`, local, nav }) : undefined;
  const onStore = (state: ConsentState, record: { id: string; at: number }) =>
    publishRecord(toRecord(state, { ...record, tenant: config.tenant, host: hostname, mode }), { outbox, onRecord: config.onRecord, report });
  const store = createConsentStore({ config, mode, storage, gpc: readGpc(), report, onStore, failClosed: env.failClosed });
  const stopSync = watchStorage(store.reload, win);
  // Records an earlier page load could not send go out once this one has loaded.
  const stopFlush = outbox ? onPageLoad(win, outbox.flush) : () => {};
  const { $state, emitter } = store;
  // Before any later script on the page runs: their defaults go first (docs/signals.md).
  const stopIntegrations = startIntegrations({ win, $state, config, mode, report, consentModeDefaulted: env.consentModeDefaulted });
  const { gpp } = config;
  const stopGpp =
    gpp && env.gpp
      ? startGpp({ win, consent: () => consent, load: env.gpp, mspaCovered: typeof gpp === 'object' && !!gpp.mspaCoveredTransaction, mode, report })
      : () => {};
  const categories = ['essential' as const, ...config.categories];
  const isDue = () => isBannerDue($state.get(), mode, config.categories.length > 0);
  const view = createViewStore($state, isDue);

  let ready = false;
  const dispatch = (event: keyof ConsentEvents, detail: unknown) => doc.dispatchEvent(new CustomEvent(EVENT_PREFIX + event, { detail }));
  const announce = <E extends keyof ConsentEvents>(event: E, detail: ConsentEvents[E]) => {
    emitter.emit(event, detail);
    dispatch(event, detail);
  };
  const stopChange = $state.listen((state) => ready && announce('change', state));
  const stopOptOut = emitter.on('optout', (detail) => dispatch('optout', detail));
  // Ready once the document is parsed: GPC is read again then, because extensions may inject
  // it late (docs/gpc-and-dnt.md), and tagged elements further down the page exist by then.
  const onReady = () => {
    if (ready) return;
    try {
      store.setGpc(readGpc());
      gate.scan();
    } catch (error) {
      report.error('ready', `${error}`);
    }
    ready = true;
    announce('ready', $state.get());
  };
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', onReady);
  else queueMicrotask(onReady);

  const onOpenClick = (event: Event) => {
    const control = (event.target as Element | null)?.closest?.('[data-consent-open]');
    if (!control) return;
    event.preventDefault();
    consent.showPreferences();
  };
  doc.addEventListener('click', onOpenClick);

  const consent: Consent = {
    $state,
    $view: view.$view,
    getState: (): ConsentState => $state.get(),
    allowed: (category) => $state.get().categories[category] === true,
    acceptAll: store.acceptAll,
    rejectAll: store.rejectAll,
    save(choices) {
      if (!isPlainObject(choices)) throw new TypeError('expected an object like { analytics: true }; nothing was saved');
      store.save(choices);
    },
    reset() {
      store.reset();
      view.showIfDue();
    },
    showBanner: view.showBanner,
    showPreferences: view.showPreferences,
    hide: view.hide,
    on(event, cb) {
      expectFunction(cb);
      if (event === 'ready' && ready) cb($state.get() as never);
      return emitter.on(event, cb);
    },
    onAllowed(category, run) {
      if (!isCategoryId(category)) throw new TypeError(`${JSON.stringify(category)} is no category`);
      return whenAllowed($state, category, expectFunction(run));
    },
    mount(target) {
      if (!ui) return report.warn('mount', 'this build has no UI (consentry/core); render your own from $state and $view');
      if (target !== undefined && !(target instanceof Element)) throw new TypeError('expected an element to render into');
      ui.mount(target);
    },
    destroy() {
      ui?.destroy();
      stopChange();
      stopOptOut();
      stopSync();
      stopFlush();
      stopIntegrations();
      stopGpp();
      view.stop();
      gate.destroy();
      emitter.clear();
      doc.removeEventListener('DOMContentLoaded', onReady);
      doc.removeEventListener('click', onOpenClick);
    },
  };
  guardConsent(consent, report);
  const gpcHonored = () => isGpcHonored($state.get(), config.gpcOptOut, store.storedGpcOptOut());
  const context: UiContext = {
    mode,
    language: config.language,
    uiConfig: uiConfigSources(validated, config.tenantPattern),
    report,
    categoryConfig: config.categoryConfig,
    categories,
    gpcOptOut: config.gpcOptOut,
    allowOverride: config.allowOverride,
    isDue,
    gpcHonored,
    // With only `essential` there is nothing to choose, so nothing to reopen (docs/configuration.md, Categories).
    wantsReopen: () => categories.length > 1 && (gpcHonored() || !doc.querySelector('[data-consent-open]')),
  };
  const ui: UiAttachment | undefined = env.ui && attachUi({ load: env.ui, context, consent, doc, report });
  const gate = createPageGate({
    doc,
    consent,
    config,
    placeholder: ui?.placeholder,
    catalogue: env.catalogue ?? [],
    jar,
    local,
    cookieDomain,
    report,
  });
  return consent;
}
