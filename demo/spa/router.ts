import { atom } from 'nanostores';

/** The current path: the app's two routes are /demo/app/ and /demo/app/reports. */
export const $path = atom(location.pathname);

/** Client-side navigation: no page load, so the same consent instance keeps gating. */
export function navigate(path: string): void {
  // Keeps ?tenant= (demo/site/render-page.js) on the new URL.
  history.pushState(null, '', path + location.search);
  $path.set(path);
}

addEventListener('popstate', () => $path.set(location.pathname));
