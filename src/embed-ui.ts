// The script tag's UI file (dist/consentry-ui.js): fetched by consentry.js when something is to
// be shown, it registers the UI module where the loader looks for it.
import { UI_KEY } from './script-files';
import { createUi } from './ui/create-ui';
import type { UiModule } from './ui-module';

(window as unknown as Record<symbol, UiModule>)[Symbol.for(UI_KEY)] = { createUi };
