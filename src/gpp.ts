// The GPP API, loaded by `createConsent` as a lazy chunk only when `gpp` is on.
export { createGppApi } from './integrations/gpp/create-gpp-api';
