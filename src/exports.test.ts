import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from './core';
import * as server from './server';
import * as services from './services';
import * as ui from './ui';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('public surface', () => {
  it('exports only createConsent from consentry/core', () => {
    expect(Object.keys(core).sort()).toEqual(['createConsent']);
  });

  it('exports only createUi from consentry/ui', () => {
    expect(Object.keys(ui).sort()).toEqual(['createUi']);
  });

  it('exports only readConsent and hasGpc from consentry/server', () => {
    expect(Object.keys(server).sort()).toEqual(['hasGpc', 'readConsent']);
  });

  it('exports every catalogue service by name from consentry/services', () => {
    const names = Object.keys(services).filter((key) => key !== 'SERVICES');
    expect(names).toHaveLength(services.SERVICES.length);
    for (const service of services.SERVICES) expect(Object.values(services)).toContain(service);
  });

  it('keeps Preact and the UI out of the headless and server graphs', () => {
    expect(dependencies('index.ts')).toContain('pkg:preact');
    expect(dependencies('ui.ts')).toContain('pkg:preact');
    for (const entry of ['core.ts', 'server.ts', 'embed.ts']) {
      expect([...dependencies(entry)].filter((dep) => dep.startsWith('pkg:preact') || dep.includes('/ui/'))).toEqual([]);
    }
  });

  it('runs consentry/server without Node-only imports', () => {
    expect([...dependencies('server.ts')].filter((dep) => dep.startsWith('pkg:node:') || dep === 'pkg:js-cookie')).toEqual([]);
  });
});

/** Every source file and package an entry reaches through value imports, as a bundler follows them. */
function dependencies(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export) (?!type)[^'";]*from ['"]([^'"]+)['"]/gm)) {
      if (!spec.startsWith('.')) {
        seen.add(`pkg:${spec}`);
        continue;
      }
      const base = join(dirname(file), spec);
      const next = [`${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate));
      if (next) visit(next);
    }
  };
  visit(join(root, 'src', entry));
  return seen;
}
