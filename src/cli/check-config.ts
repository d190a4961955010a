import type { Reporter } from '../policy/reporter';
import { resolveServices } from '../policy/resolve-services';
import { SERVICE_NAME, validateConfig } from '../policy/validate-config';
import { isPlainObject } from '../policy/validators';
import { BUILT_IN_SERVICES } from '../services/built-in';
import { validateUiConfig } from '../ui/validate-ui-config';
import type { UiConfigSource } from '../ui-module';
import { isCssColor } from './is-css-color';

/**
 * Runs on a parsed JSON config every check the script tag runs on it, with the same validators:
 * `validateConfig` as the loader starts, the service names it knows, and `validateUiConfig` as
 * the UI file loads. Unlike a page, which checks the UI config of the one tenant that matches
 * its host, this checks the top level and every `tenants` entry.
 * @example checkConfig(JSON.parse(text), reporter)
 */
export function checkConfig(raw: unknown, report: Reporter): void {
  validateConfig(raw, report);
  if (!isPlainObject(raw)) return;
  const sources: UiConfigSource[] = [{ path: '', config: raw }];
  checkServiceNames(raw.services, '', report);
  if (isPlainObject(raw.tenants)) {
    for (const [pattern, tenant] of Object.entries(raw.tenants)) {
      if (!isPlainObject(tenant)) continue;
      const path = `tenants[${JSON.stringify(pattern)}]`;
      sources.push({ path, config: tenant });
      checkServiceNames(tenant.services, `${path}.`, report);
    }
  }
  validateUiConfig(sources, report, isCssColor);
}

/**
 * Reports names the script tag has no definition for, each at its index in the file's list
 * (a page names its index among the valid items); a malformed one was reported already.
 */
function checkServiceNames(services: unknown, prefix: string, report: Reporter) {
  if (!Array.isArray(services)) return;
  services.forEach((entry, i) => {
    if (typeof entry !== 'string' || !SERVICE_NAME.test(entry)) return;
    const at: Reporter = {
      error: (_, message) => report.error(`${prefix}services[${i}]`, message),
      warn: (_, message) => report.warn(`${prefix}services[${i}]`, message),
    };
    resolveServices([entry], BUILT_IN_SERVICES, at);
  });
}
