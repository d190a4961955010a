import { createConsent, type ConsentConfig, type ServiceDefinition } from 'consentry';
import { AR } from 'consentry/i18n/ar';
import { DE } from 'consentry/i18n/de';

// The server renders this host's config into the page (demo/site/render-page.js), as an app's
// server would: the same JSON the script-tag pages get, plus `gpcHint: true` when it saw Sec-GPC: 1.
const config: ConsentConfig<ServiceDefinition> = JSON.parse(document.getElementById('app-config')?.textContent || '{}');

/** The app's one instance: it also gates the tagged elements of the page and of every route. */
export const consent = createConsent({ ...config, texts: { de: DE, ar: AR } });
