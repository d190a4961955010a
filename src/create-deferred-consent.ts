import { atom } from 'nanostores';
import type { Consent, ConsentState, ConsentView } from './types';

/** The state before anything is known: undecided, every non-essential category denied. */
export const UNDECIDED: ConsentState = {
  decided: false,
  categories: { essential: true, functional: false, analytics: false, marketing: false },
  gpc: false,
  method: 'default',
  revision: '1',
  updatedAt: null,
  id: null,
};

/** An instance whose target comes later, and the call that gives it. */
export interface DeferredConsent {
  consent: Consent;
  resolve(target: Consent): void;
}

type Verb = 'acceptAll' | 'rejectAll' | 'save' | 'showBanner' | 'showPreferences' | 'hide' | 'reset' | 'mount' | 'destroy';

/**
 * What `window.Consentry` is while the config is fetched (docs/script-tag.md, Where the config
 * comes from): undecided with every non-essential category denied, and every call made on it
 * taking effect, in order, once the instance exists. Then it forwards to the instance, so code
 * that kept it early keeps working.
 */
export function createDeferredConsent(): DeferredConsent {
  const $state = atom(UNDECIDED);
  const $view = atom<ConsentView>('none');
  let target: Consent | undefined;
  const queue: Array<(consent: Consent) => void> = [];
  const later = (run: (consent: Consent) => void) => (target ? run(target) : void queue.push(run));
  const forward =
    (verb: Verb) =>
    (...args: unknown[]) =>
      later((consent) => (consent[verb] as (...a: unknown[]) => void)(...args));
  /** Subscribes once the instance exists; the returned cancel works before and after. */
  const subscribe = (add: (consent: Consent) => () => void) => {
    let off: (() => void) | undefined;
    let cancelled = false;
    later((consent) => {
      if (!cancelled) off = add(consent);
    });
    return () => {
      cancelled = true;
      off?.();
    };
  };
  return {
    consent: {
      $state,
      $view,
      getState: () => $state.get(),
      allowed: (category) => $state.get().categories[category],
      acceptAll: forward('acceptAll'),
      rejectAll: forward('rejectAll'),
      save: forward('save'),
      showBanner: forward('showBanner'),
      showPreferences: forward('showPreferences'),
      hide: forward('hide'),
      reset: forward('reset'),
      mount: forward('mount'),
      destroy: forward('destroy'),
      on: (event, cb) => subscribe((consent) => consent.on(event, cb)),
      onAllowed: (category, run) => subscribe((consent) => consent.onAllowed(category, run)),
    },
    resolve(consent) {
      target = consent;
      consent.$state.subscribe((state) => $state.set(state));
      consent.$view.subscribe((view) => $view.set(view));
      queue.splice(0).forEach((run) => run(consent));
    },
  };
}
