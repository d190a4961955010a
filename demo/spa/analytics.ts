import { atom } from 'nanostores';
import { $path } from './router';

/** Page views the app's analytics counted: none until it is started. */
export const $pageViews = atom<string[]>([]);

/**
 * The app's own analytics: counts every route shown, from the moment it starts. main.tsx starts
 * it with `consent.onAllowed('analytics', startAnalytics)`, so it never runs without consent.
 */
export function startAnalytics(): void {
  (window.demoTrackers ??= []).push('app-analytics');
  document.dispatchEvent(new CustomEvent('demo:tracker', { detail: 'app-analytics' }));
  $path.subscribe((path) => $pageViews.set([...$pageViews.get(), path]));
}

declare global {
  interface Window {
    /** Demo trackers that ran, in order (the live panel lists them). */
    demoTrackers?: string[];
  }
}
