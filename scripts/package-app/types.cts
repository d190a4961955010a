// A CommonJS app's use of every entry, type-checked against the installed package.
import consentry = require('consentry');
import core = require('consentry/core');
import i18n = require('consentry/i18n/de');
import server = require('consentry/server');
import services = require('consentry/services');
import ui = require('consentry/ui');

const consent = consentry.createConsent({ tenant: 'acme', texts: { de: i18n.DE }, services: [services.GOOGLE_ANALYTICS] });
export const state: consentry.ConsentState = consent.getState();
export const headless = core.createConsent({ mode: 'opt-in' }, { ui: () => import('consentry/ui') });
export const cancel: () => void = headless.onAllowed('analytics', () => undefined);
export const stored: consentry.ConsentState | null = server.readConsent('consentry=x', { tenant: 'acme', headers: { 'sec-gpc': '1' } });
export const gpc: boolean = server.hasGpc(new Headers());
export const createUi: typeof ui.createUi = ui.createUi;
// The types are the package's, not `any`:
// @ts-expect-error npm builds take service definitions, not catalogue names.
consentry.createConsent({ services: ['google-analytics'] });
// @ts-expect-error not a category.
consent.allowed('ads');
