import type { Reporter } from '../policy/reporter';
import type { ResolvedConfig } from '../policy/resolve-config';
import type { ConsentState } from '../types';
import { startGoogleConsentMode } from './google-consent-mode';
import { startMetaPixel } from './meta-pixel';
import { startMicrosoftUet } from './microsoft-uet';
import type { StateSource } from './state-source';

/** What the tag integrations are started with. */
export interface IntegrationsOptions {
  win: Window;
  $state: StateSource;
  config: Pick<ResolvedConfig, 'googleConsentMode' | 'uet' | 'meta'>;
  mode: 'opt-in' | 'opt-out';
  report: Reporter;
  /** The Consent Mode default is already in `dataLayer` (the loader's `data-google-consent-mode`). */
  consentModeDefaulted?: boolean;
}

/**
 * Starts the integrations the config turns on (docs/signals.md), synchronously, so their defaults are
 * queued before any later script on the page runs. A vendor's queue that is not what it should be
 * (another library's `dataLayer`, a broken stub) is reported under the config key and never
 * throws into the page, at start or on a change. Returns the stop of them all.
 */
export function startIntegrations(o: IntegrationsOptions): () => void {
  const { win, config, mode, report } = o;
  const gcm = config.googleConsentMode;
  const stops: Array<() => void> = [];
  const start = (key: string, on: unknown, run: (source: StateSource) => () => void) => {
    if (!on) return;
    const fail = (error: unknown) => report.error(key, `could not signal consent to the vendor's queue (${error})`);
    const source: StateSource = {
      get: o.$state.get,
      listen: (cb) =>
        o.$state.listen((state: ConsentState, old?: ConsentState) => {
          try {
            cb(state, old as ConsentState);
          } catch (error) {
            fail(error);
          }
        }),
    };
    try {
      stops.push(run(source));
    } catch (error) {
      fail(error);
    }
  };
  start('googleConsentMode', gcm, ($state) =>
    startGoogleConsentMode({
      win,
      $state,
      adPersonalization: typeof gcm === 'object' && !!gcm.adPersonalization,
      region: typeof gcm === 'object' ? gcm.region : undefined,
      defaulted: o.consentModeDefaulted,
    }),
  );
  start('uet', config.uet, ($state) => startMicrosoftUet(win, $state));
  start('meta', config.meta, ($state) => startMetaPixel({ win, $state, mode }));
  return () => stops.forEach((stop) => stop());
}
