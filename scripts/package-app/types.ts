// An ES module app's use of every entry, type-checked against the installed package.
import { createConsent, type ConsentState } from 'consentry';
import { createConsent as createHeadless } from 'consentry/core';
import { DE } from 'consentry/i18n/de';
import { hasGpc, readConsent } from 'consentry/server';
import { GOOGLE_ANALYTICS } from 'consentry/services';
import { createUi } from 'consentry/ui';

const consent = createConsent({ tenant: 'acme', texts: { de: DE }, services: [GOOGLE_ANALYTICS] });
export const state: ConsentState = consent.getState();
export const headless = createHeadless({ mode: 'opt-in' }, { ui: () => import('consentry/ui') });
export const cancel: () => void = headless.onAllowed('analytics', () => undefined);
export const stored: ConsentState | null = readConsent('consentry=x', { tenant: 'acme', headers: { 'sec-gpc': '1' } });
export const gpc: boolean = hasGpc(new Headers());
export const ui: typeof createUi = createUi;
// The types are the package's, not `any`:
// @ts-expect-error npm builds take service definitions, not catalogue names.
createConsent({ services: ['google-analytics'] });
// @ts-expect-error not a category.
consent.allowed('ads');
