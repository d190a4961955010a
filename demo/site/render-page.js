// Renders the demo site's pages for demo/serve.js. The pages are HTML files in pages/, set in
// layout.html; what depends on the request is filled in here, as a platform's server would:
// which tenant the host (or ?tenant=) is, that tenant's look, and data-gpc="1" on the loader
// when the request carried Sec-GPC: 1 (or the demo's "Simulate GPC" cookie says to act as if).
import { readFile } from 'node:fs/promises';

const HERE = new URL('./', import.meta.url);
/** The one Consentry config of the demo: every tenant, keyed by host pattern. */
export const CONFIG_FILE = new URL('../consentry.config.json', import.meta.url);
/** The cookie the panel's "Simulate GPC" switch sets. */
const GPC_COOKIE = 'demo_gpc';

/**
 * The pages, by URL path. `loader`: the page includes dist/consentry.js by a script tag;
 * otherwise it is the SPA, which bundles `consentry` from npm. `trackers`: what the live panel lists.
 */
const PAGES = {
  '/demo/': { file: 'home.html', title: 'AI phone agents', loader: true, trackers: ['analytics', 'heatmap', 'pixel', 'video'] },
  '/demo/pricing/': { file: 'pricing.html', title: 'Pricing', loader: true, trackers: ['analytics', 'heatmap', 'pixel'] },
  '/demo/app/': { file: 'app.html', title: 'Dashboard', loader: false, trackers: ['analytics', 'pixel', 'app-analytics', 'chart'] },
};

/** The page a URL path shows, or null. Every path under /demo/app/ is the SPA (its router decides). */
export function findDemoPage(pathname) {
  if (pathname.startsWith('/demo/app/')) return PAGES['/demo/app/'];
  return PAGES[pathname] ?? null;
}

/**
 * Picks the tenant for a request: `?tenant=<id>` first, then the `tenants` pattern equal to the
 * host name, then the first tenant. `via` says which.
 */
function chooseTenant(config, hostname, requested) {
  const entries = Object.entries(config.tenants ?? {});
  const asked = requested ? entries.find(([, entry]) => entry.tenant === requested) : undefined;
  if (asked) return { entry: asked[1], via: 'query' };
  const matched = entries.find(([pattern]) => pattern === hostname);
  if (matched) return { entry: matched[1], via: 'host' };
  return { entry: entries[0][1], via: 'default' };
}

/**
 * The config the page gets. A host name of its own already matches its tenant's pattern, so the
 * config goes out unchanged. Otherwise (127.0.0.1, ?tenant=) the chosen entry is listed again,
 * first, under this host's name: the SDK matches it like any pattern, so the tenant's whole entry
 * applies (id, mode, language, theme), not only the id that `data-tenant` would set.
 */
function configForHost(config, hostname, choice) {
  if (choice.via === 'host') return config;
  const { [hostname]: _replaced, ...others } = config.tenants;
  return { ...config, tenants: { [hostname]: choice.entry, ...others } };
}

/** Black or white, whichever reads on `hex` (#rrggbb; WCAG relative luminance), for the site's buttons. */
function readableOn(hex) {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const linear = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b) > 0.179 ? '#000' : '#fff';
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON inside a <script> element: `<` escaped so no string can close the element. */
const scriptJson = (value, indent) => JSON.stringify(value, null, indent).replace(/</g, '\\u003c');

function fill(template, values) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`demo template: no value for {{${name}}}`);
    return values[name];
  });
}

function readCookie(header, name) {
  const found = (header ?? '').split(/;\s*/).find((pair) => pair.startsWith(name + '='));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : null;
}

/** Consentry's part of the <head>: the script tag for the marketing pages, the SPA's bundle otherwise. */
function consentryHead(page, config, gpc) {
  if (!page.loader) {
    // The SPA reads its config from the page, as an app rendered by its server would; in an npm
    // build the server's GPC hint is the config key gpcHint (docs/server.md).
    return `<script type="application/json" id="app-config">\n${scriptJson(gpc ? { ...config, gpcHint: true } : config, 2)}\n</script>
<script type="module" src="/dist-demo/main.js"></script>
<!-- Tagged in the HTML: held by the app's instance, like the marketing pages' tags by the loader. -->
<script type="text/plain" data-consent="analytics" data-src="/demo/site/trackers/analytics.js" data-tracker="analytics"></script>`;
  }
  return `<script type="application/json" id="consentry-config">\n${scriptJson(config, 2)}\n</script>
<script src="/dist/consentry.js"${gpc ? ' data-gpc="1"' : ''}></script>
<!-- Tagged: inert until Analytics is granted. -->
<script type="text/plain" data-consent="analytics" data-src="/demo/site/trackers/analytics.js" data-tracker="analytics"></script>
<!-- Not tagged: the blocklist holds it (it must come after the loader). -->
<script src="/demo/site/trackers/heatmap.js" data-tracker="heatmap"></script>
<script type="module">
  import { mountPanel } from '/demo/site/panel.js';
  mountPanel(window.Consentry);
</script>`;
}

/** A same-site link that keeps ?tenant= when the tenant came from it. */
function linkTo(path, choice) {
  return choice.via === 'query' ? `${path}?tenant=${encodeURIComponent(choice.entry.tenant)}` : path;
}

function tenantSwitcher(config, choice, port) {
  return Object.entries(config.tenants)
    .map(([pattern, entry]) => {
      const current = entry.tenant === choice.entry.tenant;
      const mode = entry.mode === 'auto' ? `auto (region ${entry.region})` : entry.mode;
      return `<li${current ? ' class="current"' : ''}>
  <span class="tenant-name">${escapeHtml(entry.tenant)}</span> <span class="muted">${escapeHtml(entry.language)} · ${escapeHtml(mode)}</span><br>
  <a href="http://${escapeHtml(pattern)}:${port}/demo/"${current && choice.via === 'host' ? ' aria-current="page"' : ''}>${escapeHtml(pattern)}</a>
  · <a href="?tenant=${encodeURIComponent(entry.tenant)}"${current && choice.via === 'query' ? ' aria-current="page"' : ''}>?tenant=${escapeHtml(entry.tenant)}</a>
</li>`;
    })
    .join('\n');
}

/**
 * Renders one demo page for a request.
 * @param page From `findDemoPage`.
 * @param request `{ url: URL, headers }`, Node's incoming headers (lower-case names).
 */
export async function renderDemoPage(page, { url, headers }) {
  const config = JSON.parse(await readFile(CONFIG_FILE, 'utf8'));
  const hostname = url.hostname;
  const choice = chooseTenant(config, hostname, url.searchParams.get('tenant'));
  const pageConfig = configForHost(config, hostname, choice);
  const gpcHeader = headers['sec-gpc'] === '1';
  const gpcSimulated = readCookie(headers.cookie, GPC_COOKIE) === '1';
  const theme = { ...config.theme, ...choice.entry.theme };
  const company = theme.logoAlt ?? choice.entry.tenant;
  const brand = theme.primary ?? '#0b7a5c';
  const [layout, main] = await Promise.all([readFile(new URL('layout.html', HERE), 'utf8'), readFile(new URL(`pages/${page.file}`, HERE), 'utf8')]);
  const port = url.port || '80';
  const shared = { company: escapeHtml(company), home: linkTo('/demo/', choice), pricing: linkTo('/demo/pricing/', choice), app: linkTo('/demo/app/', choice) };
  return fill(layout, {
    ...shared,
    title: escapeHtml(`${page.title} — ${company} Voice`),
    brand: escapeHtml(brand),
    onBrand: readableOn(brand),
    scheme: theme.colorScheme === 'dark' ? 'dark' : 'light',
    logo: theme.logoUrl ? `<img src="${escapeHtml(theme.logoUrl)}" alt="${escapeHtml(company)}" height="28">` : escapeHtml(company),
    trackers: page.trackers.join(' '),
    consentry: consentryHead(page, pageConfig, gpcHeader || gpcSimulated),
    main: fill(main, shared),
    tenants: tenantSwitcher(config, choice, port),
    tenantId: escapeHtml(choice.entry.tenant),
    via: { host: `host name ${escapeHtml(hostname)}`, query: '?tenant=', default: `default: ${escapeHtml(hostname)} matches no pattern` }[choice.via],
    gpcChecked: gpcSimulated ? ' checked' : '',
    gpcHeader: gpcHeader ? '<p class="note"><strong>Your browser sends <code>Sec-GPC: 1</code></strong>: the server sets <code>data-gpc="1"</code> whatever the switch says.</p>' : '',
  });
}
