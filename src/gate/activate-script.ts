// Attributes that describe the held state rather than the script to run.
const HELD = /^(type|src|data-src|data-type)$/;

/**
 * Replaces a held `<script type="text/plain">` with a live copy that the browser runs
 * (docs/gating.md, Tagged scripts). Every other attribute carries over; `nonce` is copied from the
 * property because browsers hide the attribute once parsed. `own` gets the copy before it has a
 * URL, so the gate that releases it keeps it from the page's other gates. Resolves when the next
 * script in document order may follow: after load or error for a blocking external script, at
 * once otherwise.
 */
export function activateScript(held: HTMLScriptElement, own: (live: HTMLScriptElement) => void): Promise<void> {
  const live = held.ownerDocument.createElement('script');
  own(live);
  for (const { name, value } of Array.from(held.attributes)) if (!HELD.test(name)) live.setAttribute(name, value);
  live.nonce = held.nonce;
  const type = held.getAttribute('data-type');
  if (type) live.type = type;
  const src = held.getAttribute('data-src') ?? held.getAttribute('src');
  let done = Promise.resolve();
  if (src) {
    live.src = src;
    if (!held.hasAttribute('async')) {
      live.async = false;
      // A copy a blocklist held for another category (its `src` is then gone) loads only once
      // that is granted: the scripts after it do not wait for it.
      if (live.hasAttribute('src')) {
        done = new Promise((resolve) => {
          live.addEventListener('load', () => resolve());
          live.addEventListener('error', () => resolve());
        });
      }
    }
  } else live.text = held.text;
  held.replaceWith(live);
  return done;
}
