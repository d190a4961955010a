import { toGoogleConsent, type GoogleConsent } from '../policy/to-google-consent';
import type { ConsentState } from '../types';
import type { StateSource } from './state-source';

/** How Consent Mode is set up on the page. */
export interface GoogleConsentModeOptions {
  win: Window;
  $state: StateSource;
  /** `googleConsentMode.adPersonalization`. */
  adPersonalization: boolean;
  /** `googleConsentMode.region`: ISO 3166 codes the default applies to; everywhere when absent. */
  region?: string[];
  /**
   * The default, everything denied everywhere, was pushed before the config arrived: only the
   * update follows now, which also ends its `wait_for_update`.
   */
  defaulted?: boolean;
}

type Layer = unknown[];

/** What `gtag()` pushes: an Arguments object, the form gtag.js and GTM read from `dataLayer`. */
function command(..._: unknown[]): IArguments {
  return arguments;
}

/** How long tags wait for the person's choice while one is due (ms; Google's own example value). */
const WAIT_FOR_UPDATE = 500;

/**
 * Keeps Google Consent Mode v2 in step with the state (docs/signals.md; Google's Consent Mode
 * documentation): the `default`
 * (everything denied but `security_storage`) goes to the front of `dataLayer` at once, before
 * any `config` or `gtm.js` entry a snippet above the loader queued; a stored decision follows it
 * as an `update` right away, on every page load; every later change of the state pushes another. Each default
 * and update is followed by `ads_data_redaction` (on while ad storage is denied), then a
 * `consentry_update` event for tag-manager triggers. Returns the unsubscribe.
 */
export function startGoogleConsentMode(o: GoogleConsentModeOptions): () => void {
  const win = o.win as Window & { dataLayer?: Layer };
  const state = o.$state.get();
  const map = ({ categories, gpc }: ConsentState) => toGoogleConsent(categories, { gpc, adPersonalization: o.adPersonalization });
  const signal = (kind: 'default' | 'update', consent: GoogleConsent, extra: object = {}) => [
    command('consent', kind, { ...consent, ...extra }),
    command('set', 'ads_data_redaction', consent.ad_storage === 'denied'),
  ];
  const event = ({ categories, gpc, decided }: ConsentState) => ({ event: 'consentry_update', consentry: { categories, gpc, decided } });
  const denied = toGoogleConsent({ essential: true, functional: false, analytics: false, marketing: false }, { gpc: false, adPersonalization: false });
  const current = map(state);
  const region = o.region?.length ? o.region : undefined;
  const first: unknown[] = o.defaulted
    ? []
    : signal('default', denied, {
        ...(state.decided ? {} : { wait_for_update: WAIT_FOR_UPDATE }),
        ...(region ? { region } : {}),
      });
  // A default limited to some regions leaves Google's tags elsewhere unrestricted; the update,
  // which applies everywhere, brings them in line with the state.
  if (o.defaulted || region || state.decided || JSON.stringify(current) !== JSON.stringify(denied)) first.push(...signal('update', current));
  first.push(event(state));
  const layer = (win.dataLayer ??= []);
  // Before gtag.js or GTM has loaded, dataLayer is a plain array they will read from the start;
  // once one has, it handles each push at once and the front is behind it. An update for an
  // earlier default goes after it.
  if (!o.defaulted && layer.push === Array.prototype.push) layer.unshift(...first);
  else layer.push(...first);
  // Every change, a refusal that leaves every type denied included: tag-manager triggers follow
  // the event, and read the state from it.
  return o.$state.listen((next) => (win.dataLayer ??= []).push(...signal('update', map(next)), event(next)));
}
