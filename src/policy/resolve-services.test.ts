import { describe, expect, it } from 'vitest';
import { HOTJAR, SERVICES } from '../services/catalogue';
import type { ServiceDefinition } from '../services/service-definition';
import { resolveServices } from './resolve-services';

const recorder = () => {
  const errors: string[] = [];
  return { errors, report: { error: (path: string, message: string) => errors.push(`${path}: ${message}`), warn() {} } };
};

describe('resolveServices', () => {
  it('looks names up in the catalogue', () => {
    const { errors, report } = recorder();
    expect(resolveServices(['hotjar', 'meta-pixel'], SERVICES, report).map((s) => s.name)).toEqual(['hotjar', 'meta-pixel']);
    expect(errors).toEqual([]);
  });

  it('takes definitions as they are, with no catalogue', () => {
    const own: ServiceDefinition = { name: 'own', category: 'analytics', patterns: ['stats.example'] };
    expect(resolveServices([HOTJAR, own], [], recorder().report)).toEqual([HOTJAR, own]);
  });

  it('reports an unknown name with its index and drops it', () => {
    const { errors, report } = recorder();
    expect(resolveServices(['hotjar', 'no-such-thing'], SERVICES, report)).toEqual([HOTJAR]);
    expect(errors).toEqual(['services[1]: unknown service "no-such-thing"; give it as a definition (docs/gating.md)']);
  });

  it('names an unknown name by the path of the list it came from, a tenants entry\'s', () => {
    const { errors, report } = recorder();
    resolveServices(['no-such-thing'], SERVICES, report, 'tenants["*.acme.com"].services');
    expect(errors[0]).toMatch(/^tenants\["\*\.acme\.com"\]\.services\[0\]: unknown service/);
  });

  it('tells npm users where definitions come from when a name cannot be looked up', () => {
    const { errors, report } = recorder();
    resolveServices(['hotjar'], [], report);
    expect(errors[0]).toContain("consentry/services");
  });

  it('has at least the twenty services the catalogue promises, each with patterns', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SERVICES.map((s) => s.name)).size).toBe(SERVICES.length);
    for (const service of SERVICES) expect(service.patterns.length).toBeGreaterThan(0);
  });
});
