import { atom } from 'nanostores';
import { UNDECIDED } from './policy/undecided-state';
import type { Consent, ConsentView } from './types';

/** An instance whose target comes later, and the call that gives it. */
export interface DeferredConsent {
  consent: Consent;
  resolve(target: Consent): void;
}

/** The methods that change something: called on the instance once it exists. */
const VERBS = ['acceptAll', 'rejectAll', 'save', 'showBanner', 'showPreferences', 'hide', 'reset', 'mount', 'destroy'] as const;

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
  const consent = ({
    $state,
    $view,
    getState: () => $state.get(),
    allowed: (category) => $state.get().categories[category],
    on: (event, cb) => subscribe((consent) => consent.on(event, cb)),
    onAllowed: (category, run) => subscribe((consent) => consent.onAllowed(category, run)),
  } satisfies Omit<Consent, (typeof VERBS)[number]>) as unknown as Consent;
  for (const verb of VERBS) {
    consent[verb] = (...args: unknown[]) => later((target) => (target[verb] as (...a: unknown[]) => void)(...args));
  }
  return {
    consent,
    resolve(instance) {
      target = instance;
      instance.$state.subscribe((state) => $state.set(state));
      instance.$view.subscribe((view) => $view.set(view));
      queue.splice(0).forEach((run) => run(instance));
    },
  };
}
