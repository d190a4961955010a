import type { Reporter } from './policy/reporter';
import type { Consent } from './types';

/** What a method gives back when it fails: nothing allowed, a subscription that cancels nothing. */
const FALLBACKS: Partial<Record<keyof Consent, unknown>> = { allowed: false, on: () => {}, onAllowed: () => {} };

/**
 * Makes every method of an instance catch and report its own errors, named by the method: a bad
 * argument, or a neighbour that broke a browser API, never throws into the page
 * (docs/npm.md, The instance). Returns the same object.
 */
export function guardConsent(consent: Consent, report: Reporter): Consent {
  const methods = consent as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function') continue;
    methods[name] = (...args: unknown[]) => {
      try {
        return method(...args);
      } catch (error) {
        report.error(name, `${error instanceof Error ? error.message : error}`);
        return FALLBACKS[name as keyof Consent];
      }
    };
  }
  return consent;
}
