// Helpers for the benchmarks' local servers (Node built-ins only).
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Sends a body with `cache-control: no-store`: every load of every variant fetches everything it
 * uses, so that a returning visit measures what the page loads rather than what a cache kept.
 */
export function send(res, type, body, status = 200) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Serves `prefix` + a relative path from `dir`, whatever files it holds (the Consentry loader may
 * fetch more files from its own folder at run time). Returns false when the URL is not under the
 * prefix; answers 404 for a missing file and for paths that leave the folder.
 */
export async function serveFolder(pathname, prefix, dir, res) {
  if (!pathname.startsWith(prefix)) return false;
  const base = resolve(dir);
  const file = resolve(base, decodeURIComponent(pathname.slice(prefix.length)));
  if (!file.startsWith(base + sep)) {
    send(res, 'text/plain', 'outside the folder', 404);
    return true;
  }
  try {
    send(res, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
  } catch {
    send(res, 'text/plain', 'not found', 404);
  }
  return true;
}

/** Listens on a free loopback port; returns the origin and a close function. */
export async function listen(server) {
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
