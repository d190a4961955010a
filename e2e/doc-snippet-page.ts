// Pages built around the documentation's code blocks (scripts/doc-snippets.ts), served in the
// browser context by routes: the block as written, the built files of dist/ wherever the block
// loads consentry.js from, and every other host answered locally, so nothing leaves the machine
// and every request is recorded.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import { BROWSER_PRELUDE, ROOT, urlsIn, type Snippet } from '../scripts/doc-snippets';
import type { Visitor } from './helpers';
import { bundleApp } from './npm-bundle';

/** Where a block's page, prelude and bundle are served, on the test server's origin. */
const PAGE_DIR = '/__doc-snippets/';
const PRELUDE_PATH = `${PAGE_DIR}prelude.js`;

/** The files of dist/ the loader, the UI file and the npm bundles load, wherever a block puts them. */
const DIST_FILE = /\/(consentry|consentry-ui|consentry-gpp)\.js$|\/i18n\/[a-z]{2}\.js$/;

const slug = (snippet: Snippet) => snippet.id.replace(/[^\w]+/g, '-');
const pagePath = (snippet: Snippet) => `${PAGE_DIR}${slug(snippet)}.html`;

/** A block's page and the headers it is served with. */
interface DocPage {
  html: string;
  headers: Record<string, string>;
  /** A bundle of the block (`run=browser`), served next to the page. */
  bundle?: string;
}

const LOADER = '<script src="/dist/consentry.js"></script>';
const configTag = (config: object) => `<script type="application/json" id="consentry-config">${JSON.stringify(config)}</script>`;

/** The page an HTML block goes in: after the loader (unless it has its own), in <head> unless it shows something. */
function htmlPage(snippet: Snippet): DocPage {
  const { code } = snippet;
  const headers: Record<string, string> = {};
  // A policy the block names in a comment is the one it is served with.
  const csp = code.match(/<!--\s*Content-Security-Policy:\s*(.*?)\s*-->/)?.[1];
  if (csp) headers['content-security-policy'] = csp;
  const loader = /<script[^>]*\ssrc="[^"]*consentry\.js"/.test(code) ? '' : `${configTag(snippet.config ?? {})}\n${LOADER}`;
  const prelude = `<script src="${PRELUDE_PATH}"></script>\n${loader}`;
  if (/<head>/.test(code)) return { headers, html: `<!doctype html>\n<html lang="en">\n${code.replace('<head>', `<head>\n<meta charset="utf-8">\n${prelude}`)}\n</html>` };
  const shows = /<(iframe|img|button|footer|div|p|a)\b/.test(code);
  return {
    headers,
    html: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${prelude}\n${shows ? '' : code}\n</head>\n<body>\n${shows ? code : ''}\n</body>\n</html>`,
  };
}

/** A page with the UI and an iframe placeholder, styled by a CSS block. */
function cssPage(snippet: Snippet): DocPage {
  return {
    headers: {},
    html: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n${LOADER}\n<style>\n${snippet.code}\n</style>\n</head>\n<body>\n<iframe data-consent="marketing" data-src="https://video.example/embed/1" width="320" height="180" title="Video"></iframe>\n</body>\n</html>`,
  };
}

/** A page served with the headers of an HTTP block: the loader and what it shows. */
function httpPage(snippet: Snippet): DocPage {
  const headers = Object.fromEntries(
    snippet.code
      .split('\n')
      .map((line) => line.match(/^([\w-]+):\s*(.*)$/))
      .filter((match): match is RegExpMatchArray => !!match)
      .map(([, name, value]) => [name.toLowerCase(), value]),
  );
  return { headers, html: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<script src="${PRELUDE_PATH}"></script>\n${LOADER}\n</head>\n<body></body>\n</html>` };
}

/** A TypeScript block bundled as an app would ship it, run at the end of <body>. */
async function bundlePage(snippet: Snippet): Promise<DocPage> {
  const bundle = await bundleApp(snippet.code, { loader: snippet.lang as 'ts', sourcefile: snippet.id });
  return {
    headers: {},
    bundle,
    html: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<script src="${PRELUDE_PATH}"></script>\n</head>\n<body>\n<main><h1>App</h1></main>\n<script src="${pagePath(snippet).replace(/\.html$/, '.js')}"></script>\n</body>\n</html>`,
  };
}

async function docPage(snippet: Snippet): Promise<DocPage> {
  if (snippet.marks.run === 'browser') return bundlePage(snippet);
  if (snippet.kind === 'css') return cssPage(snippet);
  if (snippet.kind === 'http') return httpPage(snippet);
  return htmlPage(snippet);
}

/** A third-party library as far as its own snippet needs it once loaded (UET's replaces uetq with a `UET` object). */
const VENDOR_SCRIPTS: Array<[RegExp, string]> = [[/bat\.bing\.com\/bat\.js/, 'window.UET = function (o) { this.q = o.q; this.push = function () {}; };']];
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

/** What the local stand-in of any other host answers, by what asked for it. */
async function answerElsewhere(route: Route): Promise<void> {
  const request = route.request();
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  const url = request.url();
  switch (request.resourceType()) {
    case 'script':
      return route.fulfill({ headers, contentType: 'text/javascript', body: VENDOR_SCRIPTS.find(([pattern]) => pattern.test(url))?.[1] ?? `/* ${url} */` });
    case 'document':
      return route.fulfill({ headers, contentType: 'text/html', body: '<!doctype html><title>Embedded</title><p>Embedded content</p>' });
    case 'image':
      return route.fulfill({ headers, contentType: 'image/gif', body: GIF });
    default:
      // A fetched config (`data-config`) gets an empty one: all defaults.
      return route.fulfill({ headers, contentType: url.split('?')[0].endsWith('.json') ? 'application/json' : 'text/plain', body: url.split('?')[0].endsWith('.json') ? '{}' : '' });
  }
}

/** Serves a block's page and everything it asks for; returns the page's URL. */
export async function servePage(v: Visitor, snippet: Snippet, baseURL: string): Promise<string> {
  const page = await docPage(snippet);
  const url = new URL(pagePath(snippet), baseURL).href;
  const origin = new URL(baseURL).origin;
  await v.context.route('**/*', async (route) => {
    const request = new URL(route.request().url());
    const dist = request.pathname.match(DIST_FILE);
    if (request.href === url) return route.fulfill({ headers: { ...page.headers, 'cache-control': 'no-store' }, contentType: 'text/html', body: page.html });
    if (request.origin === origin && request.pathname === PRELUDE_PATH) return route.fulfill({ contentType: 'text/javascript', body: BROWSER_PRELUDE });
    if (request.origin === origin && request.pathname === pagePath(snippet).replace(/\.html$/, '.js') && page.bundle) {
      return route.fulfill({ contentType: 'text/javascript', body: Buffer.from(page.bundle) });
    }
    if (dist) {
      const file = request.pathname.startsWith('/dist/') ? request.pathname : `/dist/${dist[0].slice(1)}`;
      return route.fulfill({
        headers: { 'access-control-allow-origin': '*', 'cache-control': 'no-store' },
        contentType: 'text/javascript',
        body: await readFile(join(ROOT, file)),
      });
    }
    if (request.origin === origin && request.pathname.startsWith('/dist/')) return route.continue();
    return answerElsewhere(route);
  });
  return url;
}

/** The category labels the UI shows in English. */
export const LABELS = { functional: 'Functional', analytics: 'Analytics', marketing: 'Limited marketing' } as const;

/** What a tagged element in an HTML block loads, as groups of URL prefixes: one of each group must wait for consent. */
export interface HeldElement {
  tag: 'script' | 'iframe' | 'img';
  categories: Array<keyof typeof LABELS>;
  urls: string[];
}

/** The elements of an HTML block that wait for consent (`!category` ones run before it: left out). */
export function heldElements(code: string, pageUrl: string): HeldElement[] {
  const held: HeldElement[] = [];
  const add = (tag: HeldElement['tag'], attributes: string, body = '') => {
    const consent = attributes.match(/data-consent="([^"]*)"/)?.[1];
    if (!consent || consent.includes('!')) return;
    const src = attributes.match(/\s(?:data-)?src="([^"]+)"/)?.[1];
    const urls = (src ? [src] : urlsIn(body)).map((url) => new URL(url, pageUrl).href);
    if (urls.length) held.push({ tag, categories: consent.split(/\s+/).filter((id) => id !== 'essential') as HeldElement['categories'], urls });
  };
  for (const [, attributes, body] of code.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) add('script', attributes, body);
  for (const [, tag, attributes] of code.matchAll(/<(iframe|img)\b([^>]*)>/g)) add(tag as 'iframe' | 'img', attributes);
  return held;
}
