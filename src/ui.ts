/**
 * The banner, preference center and iframe placeholders alone, for a headless instance that
 * loads them lazily: the bundle fetches this code only when something is to be shown.
 * @example
 * import { createConsent } from 'consentry/core';
 * const consent = createConsent(config, { ui: () => import('consentry/ui') });
 * consent.mount();
 */
export { createUi } from './ui/create-ui';
export type { Ui, UiContext, UiModule } from './ui-module';
