// Static file server for the demo and the e2e fixtures. Node built-ins only, so
// `npm run demo` and Playwright's `webServer` need nothing beyond a checkout.
// It serves the repository root, so pages under demo/ load the built /dist/consentry.js
// exactly as a site would load it from its own origin. The demo site's pages (/demo/,
// /demo/pricing/, /demo/app/…) are rendered per request by demo/site/render-page.js.
import { createServer } from 'node:http';
import { createReadStream, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, findDemoPage, renderDemoPage } from './site/render-page.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4173);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** Maps a URL path to a file under ROOT, or null when it would escape ROOT. */
function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // No NUL bytes and no dotfiles (.git, .env): this serves a whole checkout.
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((part) => part.startsWith('.'))) return null;
  const file = join(ROOT, decoded);
  return file === ROOT || file.startsWith(ROOT + sep) ? file : null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(req.url || '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' + url.search });
    res.end();
    return;
  }
  // A config URL that redirects to itself, as a misconfigured server can (e2e/fetched-config.spec.ts).
  if (url.pathname === '/demo/fixtures/redirect-loop.json') {
    res.writeHead(302, { Location: url.pathname, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  const page = findDemoPage(url.pathname);
  if (page) {
    const html = await renderDemoPage(page, { url: new URL(url.pathname + url.search, `http://${req.headers.host || HOST}`), headers: req.headers });
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  let file = resolvePath(url.pathname);
  if (!file) {
    send(res, 404, 'Not Found\n');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    // Relative links in an index page only resolve against a path ending in '/'.
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      res.end();
      return;
    }
    file = join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) {
    send(res, 404, 'Not Found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
    'Content-Length': info.size,
    // Always serve the latest build: a stale cached bundle would make tests lie.
    'Cache-Control': 'no-store',
    // As a CDN would: the loader fetches its UI file with CORS when served from another origin.
    ...(url.pathname.startsWith('/dist/') ? { 'Access-Control-Allow-Origin': '*' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
    else res.destroy();
  });
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${PORT} on ${HOST} is in use. Set PORT to use another one, e.g. PORT=4174 npm run demo`);
    process.exit(1);
  }
  throw error;
});

server.listen(PORT, HOST, () => {
  const hosts = Object.keys(JSON.parse(readFileSync(CONFIG_FILE, 'utf8')).tenants);
  console.log(
    [
      `Consentry demo: http://${HOST}:${PORT}/demo/`,
      'One tenant per host name (*.localhost reaches this machine in Chromium-based browsers and Firefox):',
      ...hosts.map((host) => `  http://${host}:${PORT}/demo/`),
      `Any host, by query: http://${HOST}:${PORT}/demo/?tenant=<id>`,
      `The single-page app: http://${HOST}:${PORT}/demo/app/`,
    ].join('\n'),
  );
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
