// The demo's live panel (the <aside> in layout.html): the instance's state, the cookies, the
// dataLayer that Google Consent Mode fills, and which demo trackers ran or are held. It uses only
// the public API and the consentry:* events, so it works with the script tag's window.Consentry
// and with an instance an app created from npm alike.

/** The demo trackers; the panel's data-trackers says which the page carries. */
const TRACKERS = {
  analytics: { label: 'Analytics script', how: 'tagged <script data-consent="analytics">' },
  heatmap: { label: 'Heatmap script', how: 'untagged <script src>, held by the blocklist' },
  pixel: { label: 'Marketing pixel', how: 'tagged <script data-consent="marketing">' },
  video: { label: 'Video embed', how: '<iframe data-consent="marketing">' },
  'app-analytics': { label: 'App analytics', how: "consent.onAllowed('analytics', …)", waiting: 'waits for Analytics' },
  chart: { label: 'Usage chart', how: 'tagged script the Reports route inserts', waiting: 'added when you open Reports' },
};

const GPC_COOKIE = 'demo_gpc';

const isHeld = (el) => el.getAttribute('type') === 'text/plain' || (el.hasAttribute('data-src') && !el.hasAttribute('src'));

function trackerStatus(id, ran) {
  const runs = ran.filter((name) => name === id).length;
  if (runs) return { status: 'ran', text: runs > 1 ? `ran ×${runs}` : 'ran' };
  const el = document.querySelector(`[data-tracker="${id}"]`);
  if (el && isHeld(el)) return { status: 'held', text: 'held', markup: el.outerHTML.replace(/><\/script>$/, '>') };
  if (el) return { status: 'loading', text: 'loading' };
  return { status: 'waiting', text: TRACKERS[id].waiting ?? 'not on this page' };
}

/** One dataLayer entry as written: gtag() pushes its `arguments` object. */
function describeEntry(entry) {
  const isArguments = entry && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.length === 'number';
  return isArguments ? `gtag(${Array.from(entry, (arg) => JSON.stringify(arg)).join(', ')})` : JSON.stringify(entry);
}

function item(className, ...parts) {
  const li = document.createElement('li');
  if (className) li.className = className;
  li.append(...parts);
  return li;
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/**
 * Fills the panel and keeps it up to date.
 * @param consent The page's instance: `window.Consentry` or one from `createConsent()`.
 */
export function mountPanel(consent) {
  const $ = (id) => document.getElementById(id);
  const panel = $('demo-panel');
  if (!consent) {
    $('demo-state').textContent = 'Consentry did not start: see the console.';
    return;
  }

  function render() {
    $('demo-state').textContent = JSON.stringify(consent.getState(), null, 2);

    const ran = window.demoTrackers ?? [];
    $('demo-trackers').replaceChildren(
      ...panel.dataset.trackers.split(' ').map((id) => {
        const { status, text, markup } = trackerStatus(id, ran);
        const row = item(`tracker ${status}`, el('span', TRACKERS[id].label, 'name'), el('span', text, 'pill'), el('span', TRACKERS[id].how, 'how'));
        row.dataset.trackerRow = id;
        row.dataset.status = status;
        if (markup) row.append(el('code', markup, 'markup'));
        return row;
      }),
    );

    const cookies = document.cookie.split('; ').filter(Boolean);
    $('demo-cookies').replaceChildren(
      ...(cookies.length ? cookies : ['(none)']).map((pair) => {
        const at = pair.indexOf('=');
        const name = at < 0 ? pair : pair.slice(0, at);
        return item(name.startsWith('consentry') ? 'consent-cookie' : '', el('strong', name), el('span', at < 0 ? '' : '=' + pair.slice(at + 1)));
      }),
    );

    $('demo-datalayer').replaceChildren(...(window.dataLayer ?? []).map((entry) => item('', el('code', describeEntry(entry)))));
  }

  // One render per frame, after whatever changed (state, cookies, dataLayer, the DOM) has settled.
  let queued = false;
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      render();
    });
  };
  for (const type of ['consentry:ready', 'consentry:change', 'demo:tracker']) document.addEventListener(type, schedule);
  // Held elements released, or added by the SPA; the panel's own renders are not news.
  new MutationObserver((mutations) => mutations.some((m) => !panel.contains(m.target)) && schedule()).observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['src', 'type'],
  });

  $('demo-reset').addEventListener('click', () => consent.reset());
  // The server renders data-gpc="1" (gpcHint in the SPA) while this cookie is set: see layout.html.
  $('demo-gpc').addEventListener('change', (event) => {
    document.cookie = event.target.checked ? `${GPC_COOKIE}=1; Path=/; SameSite=Lax` : `${GPC_COOKIE}=; Path=/; Max-Age=0`;
    location.reload();
  });
  render();
}
