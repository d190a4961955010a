import { computeState } from './policy/compute-state';
import { cookieName } from './policy/cookie-name';
import { pickDecision } from './policy/pick-decision';
import type { Reporter } from './policy/reporter';
import { resolveConfig } from './policy/resolve-config';
import { resolveMode } from './policy/resolve-mode';
import { validateConfig } from './policy/validate-config';
import type { ConsentConfig, ConsentState } from './types';

/** How to read a decision on the server: the same config as the browser, plus request facts. */
export interface ReadConsentOptions extends ConsentConfig {
  /** The request's host, for `tenants` matching. */
  hostname?: string;
  /** The request headers; `Sec-GPC: 1` among them applies the GPC opt-out. */
  headers?: RequestHeaders;
}

/** Fetch `Headers`, or Node's `IncomingHttpHeaders`. */
export type RequestHeaders = Headers | Record<string, string | string[] | undefined>;

const SILENT: Reporter = { error() {}, warn() {} };

/**
 * Reads the stored consent from a `Cookie` header, with the same rules as the browser.
 * @returns the effective state, or `null` when no valid decision is stored: no cookie, a malformed
 * one, or a choice that expired or was made under another `revision` (a stored GPC opt-out still
 * gives a state, `method: 'gpc'`, because it outlives the choice).
 * @example
 * const state = readConsent(request.headers.get('cookie'), { tenant: 'acme', headers: request.headers });
 * if (state?.categories.analytics) renderAnalyticsTag();
 */
export function readConsent(cookieHeader: string | null | undefined, options: ReadConsentOptions = {}): ConsentState | null {
  const { hostname = '', headers, ...raw } = options;
  const config = resolveConfig(validateConfig(raw, SILENT), hostname);
  const name = cookieName(config.tenant);
  const values = (cookieHeader ?? '')
    .split(/;\s*/)
    .filter((part) => part.startsWith(`${name}=`))
    .map((pair) => {
      try {
        // The browser writes it through js-cookie, which percent-encodes all but a few characters.
        return pair.slice(name.length + 1).replace(/(%[\dA-F]{2})+/gi, decodeURIComponent);
      } catch {
        return '';
      }
    });
  // A cookie on the host and one on a parent domain can share the name: the newest decision wins, as in the browser.
  const now = Date.now();
  const { decision } = pickDecision(values, now);
  if (!decision) return null;
  const mode = resolveMode(config.mode, config.region, () => undefined);
  const state = computeState({ ...config, decision, gpc: !!headers && hasGpc(headers), mode, now, failClosed: false });
  return state.decided || state.method === 'gpc' ? state : null;
}

/**
 * True when the request carries `Sec-GPC: 1` (GPC spec §3.1).
 * @example hasGpc(request.headers) // Fetch Headers, or Node's IncomingHttpHeaders
 */
export function hasGpc(headers: RequestHeaders): boolean {
  // Header names are case-insensitive; Node lowercases them, other plain objects may not.
  const value =
    typeof (headers as Headers).get === 'function'
      ? (headers as Headers).get('sec-gpc')
      : Object.entries(headers).find(([name]) => name.toLowerCase() === 'sec-gpc')?.[1];
  return (Array.isArray(value) ? value[0] : value)?.trim() === '1';
}

export type { ConsentConfig, ConsentState } from './types';
