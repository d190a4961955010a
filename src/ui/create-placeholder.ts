/** Texts of a placeholder, with the category label already filled in. */
export interface PlaceholderTexts {
  message: string;
  button: string;
}

// Constructable sheet: allowed under `style-src 'self'`, unlike a <style> element.
const CSS =
  ':host{display:inline-block;box-sizing:border-box;max-width:100%;vertical-align:top}div{box-sizing:border-box;height:100%;min-height:8em;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:.75em;padding:1em;text-align:center;font:14px/1.4 system-ui,sans-serif;color:#1c1e24;background:#eef0f4;border:1px dashed #8a8f99}button{font:inherit;font-weight:600;padding:.6em 1.2em;min-height:44px;border:0;border-radius:6px;background:#1f4fd1;color:#fff;cursor:pointer}button:focus-visible{outline:3px solid #1c1e24;outline-offset:2px}';
let sheet: CSSStyleSheet | undefined;

/**
 * Shows, in a held iframe's place and at its size, why it is empty and a button that allows its
 * category (contract §4). The iframe is hidden, not moved, so releasing it causes no layout shift.
 * @returns The removal, which shows the iframe again.
 */
export function createPlaceholder(frame: HTMLIFrameElement, texts: PlaceholderTexts, onAllow: () => void): () => void {
  const doc = frame.ownerDocument;
  const host = doc.createElement('consentry-placeholder');
  const root = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.setAttribute('part', 'placeholder');
  const message = doc.createElement('p');
  message.textContent = texts.message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = texts.button;
  button.addEventListener('click', onAllow);
  box.append(message, button);
  root.append(box);
  const rect = frame.getBoundingClientRect();
  const size = (attribute: string, measured: number, fallback: number) =>
    /^\d+$/.test(frame.getAttribute(attribute) ?? '') ? `${frame.getAttribute(attribute)}px` : `${measured || fallback}px`;
  // CSSOM writes, which a strict CSP allows; `hidden` could lose to the page's own CSS.
  host.style.width = size('width', rect.width, 300);
  host.style.height = size('height', rect.height, 150);
  const display = frame.style.display;
  frame.style.display = 'none';
  frame.before(host);
  return () => {
    host.remove();
    frame.style.display = display;
  };
}
