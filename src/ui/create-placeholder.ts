import { themeHost, type HostStyle } from './theme-host';

/** Texts of a placeholder, with the category label already filled in. */
export interface PlaceholderTexts {
  message: string;
  button: string;
}

/**
 * Shows, in a held iframe's place and at its size, why it is empty and a button that allows its
 * category (docs/gating.md, Iframes and pixels), in the tenant's theme. The iframe is hidden, not
 * moved, so releasing it causes no layout shift.
 * @returns The removal, which shows the iframe again.
 */
export function createPlaceholder(frame: HTMLIFrameElement, texts: PlaceholderTexts, style: HostStyle, onAllow: () => void): () => void {
  const doc = frame.ownerDocument;
  const host = doc.createElement('consentry-placeholder');
  const root = host.attachShadow({ mode: 'open' });
  themeHost(host, root, style);
  const box = doc.createElement('div');
  box.className = 'box ph';
  box.setAttribute('part', 'placeholder');
  const message = doc.createElement('p');
  message.textContent = texts.message;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'btn';
  button.setAttribute('part', 'button');
  button.textContent = texts.button;
  button.addEventListener('click', onAllow);
  box.append(message, button);
  root.append(box);
  const rect = frame.getBoundingClientRect();
  const size = (attribute: string, measured: number, fallback: number) =>
    /^\d+$/.test(frame.getAttribute(attribute) ?? '') ? `${frame.getAttribute(attribute)}px` : `${measured || fallback}px`;
  // CSSOM writes, which a strict CSP allows; `hidden` could lose to the page's own CSS. The size
  // goes through custom properties, which the host's `all: initial !important` leaves alone.
  host.style.setProperty('--w', size('width', rect.width, 300));
  host.style.setProperty('--h', size('height', rect.height, 150));
  const display = frame.style.display;
  frame.style.display = 'none';
  frame.before(host);
  return () => {
    host.remove();
    frame.style.display = display;
  };
}
