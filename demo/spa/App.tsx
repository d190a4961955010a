import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import type { CategoryId } from 'consentry';
import { $pageViews } from './analytics';
import { consent } from './consent';
import { $path, navigate } from './router';

const LABELS: Record<CategoryId, string> = {
  essential: 'Strictly necessary',
  functional: 'Functional',
  analytics: 'Analytics',
  marketing: 'Limited marketing',
};

const ROUTES = { '/demo/app/': 'Overview', '/demo/app/reports': 'Reports' } as const;
type Route = keyof typeof ROUTES;

function Link({ to }: { to: Route }) {
  const current = useStore($path) === to;
  return (
    <a
      href={to + location.search}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      {ROUTES[to]}
    </a>
  );
}

/** The consent state, live: `useStore` re-renders it on every change of `consent.$state`. */
function ConsentCard() {
  const state = useStore(consent.$state);
  return (
    <section class="card" aria-labelledby="app-consent-title">
      <h2 id="app-consent-title">Your consent, as this app sees it</h2>
      <ul class="consent-list" id="app-consent">
        {(Object.keys(LABELS) as CategoryId[]).map((id) => (
          <li key={id} data-category={id}>
            <span>{LABELS[id]}</span>
            <span class={state.categories[id] ? 'yes' : 'no'}>{state.categories[id] ? 'allowed' : 'denied'}</span>
          </li>
        ))}
      </ul>
      <p>
        {state.decided ? `Decided (${state.method}).` : 'No decision yet.'} GPC: {state.gpc ? 'on' : 'off'}.
      </p>
      <button type="button" class="button button-small" onClick={() => consent.showPreferences()}>
        Change
      </button>
    </section>
  );
}

function Overview() {
  const views = useStore($pageViews);
  return (
    <div class="cards">
      <ConsentCard />
      <section class="card" aria-labelledby="app-analytics-title">
        <h2 id="app-analytics-title">App analytics</h2>
        <p id="app-page-views">
          {views.length ? `${views.length} page view${views.length > 1 ? 's' : ''} counted.` : 'Not started: it waits for Analytics.'}
        </p>
        <p class="note">
          Started by <code>consent.onAllowed('analytics', startAnalytics)</code>: at once for a stored choice, else when
          you allow Analytics.
        </p>
      </section>
    </div>
  );
}

/**
 * Adds a tagged script when the route opens, as a widget or tag manager would: the instance holds
 * it until Analytics is allowed. It goes into a container Preact leaves alone, since the SDK
 * replaces the element when it activates it.
 */
function Reports() {
  const slot = useRef<HTMLDivElement>(null);
  const { categories } = useStore(consent.$state);
  useEffect(() => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.dataset.consent = 'analytics';
    script.dataset.src = '/demo/site/trackers/chart.js';
    script.dataset.tracker = 'chart';
    slot.current!.append(script);
  }, []);
  return (
    <div class="cards">
      <section class="card" aria-labelledby="app-reports-title">
        <h2 id="app-reports-title">Calls this week</h2>
        {!categories.analytics && (
          <p id="chart-held">
            The usage chart needs Analytics.{' '}
            <button type="button" class="link-button" onClick={() => consent.showPreferences()}>
              Cookie settings
            </button>
          </p>
        )}
        {/* Filled by the chart script once it runs; Preact renders it empty and leaves it alone. */}
        <div id="usage-chart" class="chart" />
        <div ref={slot} hidden />
      </section>
      <ConsentCard />
    </div>
  );
}

/** The app: two routes, switched without a page load. */
export function App() {
  const path = useStore($path);
  return (
    <>
      <h1>Dashboard</h1>
      <nav class="app-nav" aria-label="Dashboard">
        <Link to="/demo/app/" />
        <Link to="/demo/app/reports" />
      </nav>
      {path === '/demo/app/reports' ? <Reports /> : <Overview />}
    </>
  );
}
