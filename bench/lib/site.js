// The page of bench/run.js and bench/profile.js, bench/site.html, in three variants served from one
// template: no SDK, vanilla-cookieconsent 3.1, and Consentry. Each variant loads its SDK the way that
// SDK's own documentation tells a site to.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { listen, ROOT, send, serveFolder } from './serve.js';

const VANILLA_DIR = join(ROOT, 'node_modules/vanilla-cookieconsent/dist');

/**
 * Per variant: what goes into the template, how to recognise the SDK in the page, its banner, its
 * decision cookie and its "Accept all" button. `banner` is the source of an in-page function
 * returning the banner element or null (it runs in the page, in the init script).
 */
export const VARIANTS = {
  none: {
    label: 'no SDK',
    head: '',
    body: '',
    settings: '',
    global: null,
    cookie: null,
    banner: '() => null',
  },
  vanilla: {
    label: 'vanilla-cookieconsent',
    // Its getting-started guide: the stylesheet in <head> with the deferred-loading trick it
    // recommends, the library and the site's own init file (CookieConsent.run) deferred at the end
    // of <body>. The init file is bench/vanilla-init.js.
    head: `<link rel="stylesheet" href="/vendor/vanilla-cookieconsent/cookieconsent.css" media="print" onload="this.media='all'">`,
    body: [
      '<script defer src="/vendor/vanilla-cookieconsent/cookieconsent.umd.js"></script>',
      '<script defer src="/site/cookieconsent-init.js"></script>',
    ].join('\n'),
    settings: 'data-cc="show-preferencesModal"',
    global: 'CookieConsent',
    cookie: 'cc_cookie',
    // The consent modal ("box" layout by default): div.cm inside div.cm-wrapper inside #cc-main,
    // kept hidden by its stylesheet until the library adds .show--consent and .cc--anim.
    banner: `() => document.querySelector('#cc-main .cm')`,
    acceptAll: (page) => page.locator('#cc-main .cm button[data-role="all"]'),
  },
  consentry: {
    label: 'Consentry',
    // Its README: the inline config before the loader, both in <head>, the loader synchronous.
    head: [
      '<script type="application/json" id="consentry-config">{ "revision": 1 }</script>',
      '<script src="/dist/consentry.js"></script>',
    ].join('\n'),
    body: '',
    settings: 'data-consent-open',
    global: 'Consentry',
    cookie: 'consentry',
    // The UI lives in an open shadow root on <consentry-ui>, which may appear after load.
    banner: `() => document.querySelector('consentry-ui')?.shadowRoot?.querySelector('section.banner') ?? null`,
    // getByRole pierces open shadow roots and skips hidden elements.
    acceptAll: (page) => page.getByRole('button', { name: 'Accept all', exact: true }),
  },
};

export const VARIANT_NAMES = Object.keys(VARIANTS);

/** The HTML of one variant. Throws when the template lost one of its markers. */
export function renderSite(template, variant) {
  const { head, body, settings } = VARIANTS[variant];
  for (const marker of ['<!-- SDK:HEAD -->', '<!-- SDK:BODY -->', ' data-bench-settings>']) {
    if (!template.includes(marker)) throw new Error(`bench/site.html lost its ${marker} marker`);
  }
  return template
    .replace('<!-- SDK:HEAD -->', head)
    .replace('<!-- SDK:BODY -->', body)
    .replace(' data-bench-settings>', settings ? ` ${settings}>` : '>');
}

/**
 * Starts the server: /site/<variant> (the page), /dist/* (the Consentry build, whatever files it
 * holds), /vendor/vanilla-cookieconsent/* (the library from node_modules) and
 * /site/cookieconsent-init.js (vanilla's config). `distDir` defaults to the repository's dist/.
 */
export async function startSiteServer({ distDir = join(ROOT, 'dist') } = {}) {
  if (!existsSync(join(distDir, 'consentry.js'))) {
    throw new Error(`${join(distDir, 'consentry.js')} is missing: run \`npm run build\` first.`);
  }
  if (!existsSync(join(VANILLA_DIR, 'cookieconsent.umd.js'))) {
    throw new Error('vanilla-cookieconsent is not installed: run `npm install` (it is a devDependency).');
  }
  const template = await readFile(join(ROOT, 'bench/site.html'), 'utf8');
  const pages = Object.fromEntries(VARIANT_NAMES.map((name) => [name, renderSite(template, name)]));
  const vanillaInit = await readFile(join(ROOT, 'bench/vanilla-init.js'));

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const variant = pathname.match(/^\/site\/(\w+)$/)?.[1];
    if (variant && pages[variant]) return send(res, 'text/html; charset=utf-8', pages[variant]);
    if (pathname === '/site/cookieconsent-init.js') return send(res, 'text/javascript; charset=utf-8', vanillaInit);
    if (await serveFolder(pathname, '/dist/', distDir, res)) return;
    if (await serveFolder(pathname, '/vendor/vanilla-cookieconsent/', VANILLA_DIR, res)) return;
    // The browser asks once per run; an answer keeps a 404 out of the first load's console.
    if (pathname === '/favicon.ico') return send(res, 'image/x-icon', '', 204);
    send(res, 'text/plain', 'not found', 404);
  });
  const { origin, close } = await listen(server);
  return { origin, close, pageUrl: (variant) => `${origin}/site/${variant}` };
}
