// The script tag's GPP add-on (dist/consentry-gpp.js): fetched by consentry.js when `gpp` is on,
// it registers the GPP module where the loader looks for it.
import { createGppApi } from './integrations/gpp/create-gpp-api';
import type { GppModule } from './integrations/gpp/gpp-types';
import { GPP_KEY } from './script-files';

(window as unknown as Record<symbol, GppModule>)[Symbol.for(GPP_KEY)] = { createGppApi };
