// The demo's single-page app: Consentry from npm, bound to Preact with @nanostores/preact.
import { render } from 'preact';
import { mountPanel } from '../site/panel.js';
import { startAnalytics } from './analytics';
import { App } from './App';
import { consent } from './consent';

consent.mount();
consent.onAllowed('analytics', startAnalytics);
render(<App />, document.getElementById('app')!);
mountPanel(consent);
