// Type checks, run by `tsc --noEmit` in `npm test` (never imported or bundled): npm builds carry
// no service catalogue, so `services` takes definitions, and a name is a compile-time error
// rather than a service silently left ungated.
import { createConsent } from './core';
import { createConsent as createConsentWithUi } from './index';
import { GOOGLE_ANALYTICS } from './services';

createConsent({ services: [GOOGLE_ANALYTICS] });
createConsentWithUi({ tenants: { 'acme.com': { services: [GOOGLE_ANALYTICS] } } });
// @ts-expect-error import GOOGLE_ANALYTICS from 'consentry/services' instead.
createConsent({ services: ['google-analytics'] });
// @ts-expect-error the same in `consentry`.
createConsentWithUi({ services: ['google-analytics'] });
// @ts-expect-error the same inside a tenant entry.
createConsent({ tenants: { 'acme.com': { services: ['google-analytics'] } } });
