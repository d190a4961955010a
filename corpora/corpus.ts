// The hostile-input corpora of corpora/*.json, typed, with the few helpers their unit and e2e
// tests share (corpora/README.md describes each file).
import { readFileSync } from 'node:fs';
import { buildConfig, type SetValue } from './build-config';

export { buildConfig };

/** How the test server answers a `data-config` URL (e2e/fetched-config.spec.ts). */
export interface DataConfigReply {
  status?: number;
  contentType?: string;
  body?: string;
  /** `body + 'x'.repeat(pad) + bodyEnd`: a body too large to take. */
  pad?: number;
  bodyEnd?: string;
  /** No answer at all. */
  never?: boolean;
  /** A redirect to this URL, which the demo server redirects to itself (demo/serve.js). */
  redirect?: string;
}

/** One malformed or hostile config of corpora/configs.json. */
export interface ConfigCase {
  name: string;
  /** The config as JSON (before `set`). */
  config?: unknown;
  /** The config as the text of `#consentry-config` or of a file, where the text is the point: not JSON, `1e400`, a duplicate or `__proto__` key. */
  raw?: string;
  /** Values set after parsing `config` or `raw`. */
  set?: SetValue[];
  /** The answer to the loader's `data-config` request, instead of a config. */
  dataConfig?: DataConfigReply;
  /** What the console error about a `data-config` answer says. */
  reason?: string;
  /** The path the console message names, as the SDK writes it (`tenants["*.acme.test"].theme.primary`). */
  path: string;
  /** `warning`: an unknown key or a capped value, which the SDK ignores or adjusts; else an error. */
  level?: 'warning';
  /** Why JSON Schema cannot see this mistake; `consentry validate` still does. */
  schemaCannot?: string;
  /** The host the page runs on, which `tenants` patterns are matched against. */
  host?: string;
  /** Part of the effective config that must result: the resolved config, the `mode` it runs in, and (`ui`) the checked texts, theme and links. */
  fallback?: Record<string, unknown>;
}

/** The host corpus configs run on unless they name another: `acme.test` and `*.acme.test` match it. */
export const CORPUS_HOST = 'acme.test';

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));

/** corpora/configs.json. */
export const CONFIG_CASES: ConfigCase[] = read('./configs.json');

/** Whether the case can be written as JSON: a config file, `#consentry-config` or `consentry validate` can hold it. */
export const isJson = (c: ConfigCase): boolean => !c.dataConfig && !(c.set ?? []).some((value) => value.ref || value.bigint !== undefined);

/** Whether the script tag reads the case as a JSON object: its `raw` text, else its `config`. */
export function readsAsObject(c: ConfigCase): boolean {
  try {
    const value = c.raw === undefined ? c.config : JSON.parse(c.raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The text a config file or `#consentry-config` holds for a JSON case. */
export const configText = (c: ConfigCase): string => c.raw ?? JSON.stringify(buildConfig(c));

/** The keys of an SDK path: `tenants["*.acme.test"].theme.primary` → `['tenants', '*.acme.test', 'theme', 'primary']`. */
export function pathKeys(path: string): string[] {
  return [...path.matchAll(/\.?([$\w]+)|\[("(?:[^"\\]|\\.)*"|\d+)\]/g)].map(([, name, bracketed]) => name ?? String(JSON.parse(bracketed)));
}

/** One value of the decision cookie in corpora/cookies.json: no valid decision, whatever it claims. */
export interface CookieValueCase {
  name: string;
  /** The cookie's value as the browser stores it, with placeholders (`cookieValue`). */
  value: string;
  /** Among the values e2e/fail-closed.spec.ts sets in Chromium. */
  e2e?: boolean;
}

/** Two values of the decision cookie under one name, on the host and on its parent domain. */
export interface DuplicateCookieCase {
  name: string;
  host: string;
  parent: string;
  /** Which one is the newest valid decision, the one to read; `null`: neither is valid. */
  newest: 'host' | 'parent' | null;
  e2e?: boolean;
}

export type CookieCase = CookieValueCase | DuplicateCookieCase;

/** corpora/cookies.json. */
export const COOKIE_CASES: CookieCase[] = read('./cookies.json');

export const isDuplicate = (c: CookieCase): c is DuplicateCookieCase => 'host' in c;

const HOUR = 3_600_000;

/**
 * A value of corpora/cookies.json with its placeholders filled at `now`: `{at-1h}` is the time an
 * hour ago in base 36, as the decision stores it (`{AT-1h}` in capitals; `h` hours, `d` days), and
 * `{x*4000}` is 4,000 x's.
 */
export function cookieValue(template: string, now: number): string {
  return template.replace(/\{(at|AT)([+-]\d+)([hd])\}|\{([^*{}]+)\*(\d+)\}/g, (_, at, offset, unit, text, times) => {
    if (text) return text.repeat(Number(times));
    const value = (now + Number(offset) * (unit === 'h' ? HOUR : 24 * HOUR)).toString(36);
    return at === 'AT' ? value.toUpperCase() : value;
  });
}
