import { atom } from 'nanostores';
import { UNDECIDED } from './policy/undecided-state';
import { CONSOLE_REPORTER } from './policy/reporter';
import { resolveConfig } from './policy/resolve-config';
import { validateConfig } from './policy/validate-config';
import type { Consent, ConsentConfig, ConsentView } from './types';

const nothing = () => {};

/**
 * The instance `createConsent` gives where there is no `document` (server rendering): the config
 * is checked as in the browser, the state is undecided with every non-essential category denied,
 * and nothing is read, stored, shown, announced or run (docs/integrations/server-rendering.md). The browser's
 * own instance takes over after hydration.
 */
export function createInertConsent(raw: ConsentConfig | undefined): Consent {
  const config = resolveConfig(validateConfig(raw, CONSOLE_REPORTER), '');
  const $state = atom({ ...UNDECIDED, revision: config.revision });
  return {
    $state,
    $view: atom<ConsentView>('none'),
    getState: () => $state.get(),
    allowed: (category) => $state.get().categories[category],
    acceptAll: nothing,
    rejectAll: nothing,
    save: nothing,
    showBanner: nothing,
    showPreferences: nothing,
    hide: nothing,
    reset: nothing,
    on: () => nothing,
    // Not even for `essential`: a tool started here would start on the server.
    onAllowed: () => nothing,
    mount: nothing,
    destroy: nothing,
  };
}
