import { clearStorage } from '../browser/clear-storage';
import type { CookieJar } from '../browser/cookie-jar';
import { compileBlocklist, type BlocklistMatcher } from '../policy/compile-blocklist';
import type { Reporter } from '../policy/reporter';
import type { ResolvedConfig } from '../policy/resolve-config';
import { resolveServices } from '../policy/resolve-services';
import type { ServiceDefinition } from '../services/service-definition';
import { OPTIONAL_CATEGORY_IDS } from '../policy/categories';
import type { CategoryId, Consent, OptionalCategoryId } from '../types';
import { createGate, type Gate } from './create-gate';
import { watchRevocations } from './watch-revocations';

/** Everything the page's gate is built from. */
export interface PageGateOptions {
  doc: Document;
  consent: Pick<Consent, '$state' | 'save' | 'showPreferences'>;
  config: ResolvedConfig;
  /** Draws a held iframe's placeholder (the UI); returns its removal. Headless builds have none. */
  placeholder?: (frame: HTMLIFrameElement, categories: CategoryId[], onAllow: () => void) => () => void;
  catalogue: readonly ServiceDefinition[];
  jar: CookieJar;
  local: () => Storage | null;
  /** The decision cookie's domain, asked for only when cookies are cleared. */
  cookieDomain: () => string | undefined;
  report: Reporter;
}

/**
 * Sets up gating for one instance from its config: the blocklist and services, iframe
 * placeholders that allow their category, and clean-up of what is denied, at load and on each
 * revoke (with `reloadOnRevoke`).
 */
export function createPageGate(o: PageGateOptions): Gate {
  const { doc, consent, config, placeholder } = o;
  const { $state } = consent;
  const services = resolveServices(config.services, o.catalogue, o.report, config.servicesPath);
  const allow = (ids: CategoryId[]) => {
    const state = $state.get();
    // Switching on what GPC opts out of needs the preference center's explanation (docs/gpc-and-dnt.md, `allowOverride`).
    if (state.gpc && ids.some((id) => config.gpcOptOut.includes(id as never))) return consent.showPreferences();
    consent.save({ ...state.categories, ...Object.fromEntries(ids.map((id) => [id, true])) });
  };
  const blocklist = compileBlocklist(config.blocklist, services);
  warnLateLoader(doc, blocklist, o.report);
  const gate = createGate({
    doc,
    $state,
    report: o.report,
    blocklist,
    placeholder: placeholder && ((frame, req) => placeholder(frame, req.granted, () => allow(req.granted))),
  });
  /** Deletes the cookies and storage keys the config and the services list for `ids` (docs/gating.md). */
  const clean = (ids: OptionalCategoryId[]) => {
    const patterns = { cookies: [] as string[], storage: [] as string[] };
    for (const id of ids) {
      for (const source of [config.categoryConfig[id], ...services.filter((s) => s.category === id)]) {
        patterns.cookies.push(...(source?.cookies ?? []));
        patterns.storage.push(...(source?.storage ?? []));
      }
    }
    clearStorage(patterns, { jar: o.jar, local: o.local, hostname: doc.location.hostname, cookieDomain: o.cookieDomain });
  };
  // What is denied now was maybe granted before: GPC applied over a stored grant, a new revision,
  // an expired or withdrawn choice. Its trackers' cookies go now, not on the next change.
  clean(OPTIONAL_CATEGORY_IDS.filter((id) => !$state.get().categories[id]));
  const stopRevocations = watchRevocations($state, (revoked) => {
    clean(revoked);
    // Scripts that already ran cannot be unloaded; a reload is the only way to stop them.
    if (config.reloadOnRevoke && revoked.some(gate.ran)) doc.location.reload();
  });
  return {
    ...gate,
    destroy() {
      stopRevocations();
      gate.destroy();
    },
  };
}

/**
 * Warns of blocklisted scripts that ran before the loader: placed after them, it could not hold
 * them (docs/script-tag.md, Where the loader goes). Only the script tag knows where it stands.
 */
function warnLateLoader(doc: Document, blocklist: BlocklistMatcher | null, report: Reporter): void {
  const loader = doc.currentScript;
  if (!loader || !blocklist) return;
  const early = [...doc.scripts].filter((script) => script.compareDocumentPosition(loader) & Node.DOCUMENT_POSITION_FOLLOWING && script.src && blocklist(script.src));
  if (early.length) report.warn('loader', `${early.map((script) => script.src).join(', ')} ran before consentry.js, which could not hold it; load consentry.js first in <head>`);
}
