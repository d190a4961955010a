// What the bench adds to every measured page, as a Playwright init script (it runs before any of
// the page's own scripts): the time the SDK's banner first became visible, and the cumulative
// layout shift. It runs in all three variants alike, so its small cost cancels out in the paired
// differences.

/**
 * The init script. `findBanner` returns the variant's banner element or null. With `poll` (first
 * visits), every animation frame until the banner has been seen, it checks whether the banner is
 * visible; the frame loop itself runs until the harness reads the results, in every variant, so
 * that its cost is about the same in all three. Without (returning visits, where no banner is
 * due), nothing runs per frame and only the final check looks for a banner.
 */
function benchProbe(findBanner, poll) {
  const state = { bannerAt: null, cls: 0, stopped: false };
  let announce;
  // Resolved with the time the banner became visible: the harness awaits it in one evaluate,
  // instead of polling from outside (each poll would be script time charged to the page).
  state.visible = new Promise((resolve) => (announce = resolve));

  // Visible: a non-empty box that reaches into the viewport, and neither it nor an ancestor
  // hidden by display, visibility or opacity. The viewport test matters for vanilla-cookieconsent
  // with its deferred stylesheet: until the CSS applies, its modal is unstyled text at the end of
  // <body>, below the fold, which nobody sees as a banner.
  state.isVisible = () => {
    const el = findBanner();
    if (!el) return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 0 || box.height <= 0) return false;
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    return el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  };

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });

  const frame = () => {
    if (state.stopped) return;
    if (state.bannerAt === null && state.isVisible()) {
      // performance.now() counts from performance.timeOrigin, the start of the navigation.
      state.bannerAt = performance.now();
      announce(state.bannerAt);
    }
    requestAnimationFrame(frame);
  };
  if (poll) requestAnimationFrame(frame);
  Object.defineProperty(window, '__bench', { value: state });
}

/** The init script's source, for a variant whose banner finder is `bannerSource` (a function's source). */
export function probeScript(bannerSource, { poll }) {
  // The sourceURL names it in CPU profiles (bench/profile.js).
  return `(${benchProbe.toString()})(${bannerSource}, ${poll});\n//# sourceURL=bench-probe.js`;
}

/** In-page: stops the frame loop and reads what the probe and the page recorded. */
export function readProbe() {
  const state = window.__bench;
  state.stopped = true;
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    bannerAt: state.bannerAt,
    bannerNow: state.isVisible(),
    cls: state.cls,
    fcp: fcp ? fcp.startTime : null,
    globals: { CookieConsent: typeof window.CookieConsent, Consentry: typeof window.Consentry },
  };
}
