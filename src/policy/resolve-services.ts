import type { ServiceDefinition } from '../services/service-definition';
import type { Reporter } from './reporter';

/**
 * Turns `services` entries into definitions: names are looked up in `catalogue` (the script tag
 * carries its built-in services; npm builds pass definitions instead), unknown names are reported
 * at `path`, `services` or a tenants entry's.
 */
export function resolveServices(
  entries: Array<string | ServiceDefinition> | undefined,
  catalogue: readonly ServiceDefinition[],
  report: Reporter,
  path = 'services',
): ServiceDefinition[] {
  const out: ServiceDefinition[] = [];
  (entries ?? []).forEach((entry, i) => {
    const service = typeof entry === 'string' ? catalogue.find((s) => s.name === entry) : entry;
    if (service) out.push(service);
    else report.error(`${path}[${i}]`, `unknown service "${entry}"; ${catalogue.length ? 'give it as a definition (docs/gating.md)' : "import its definition from 'consentry/services'"}`);
  });
  return out;
}
