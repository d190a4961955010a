import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SERVICES } from './built-in';
import { SERVICES } from './catalogue';

/** The rows of the catalogue table in docs/gating.md: name, category, patterns, cookies, storage. */
function documentedRows(): string[][] {
  const doc = readFileSync(new URL('../../docs/gating.md', import.meta.url), 'utf8');
  return doc
    .split('\n')
    .filter((line) => /^\| `[a-z-]+` \| (functional|analytics|marketing) \|/.test(line))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '')));
}

const cell = (values: string[] | undefined) => (values?.length ? values.map((value) => `\`${value}\``).join(', ') : '—');

describe('BUILT_IN_SERVICES', () => {
  it('are catalogue entries, each once', () => {
    expect(new Set(BUILT_IN_SERVICES).size).toBe(BUILT_IN_SERVICES.length);
    for (const service of BUILT_IN_SERVICES) expect(SERVICES).toContain(service);
  });

  it('are the first rows of the catalogue table in docs/gating.md, which documents every service as defined', () => {
    const rows = documentedRows();
    expect(rows.slice(0, BUILT_IN_SERVICES.length).map(([name]) => name)).toEqual(BUILT_IN_SERVICES.map((s) => `\`${s.name}\``));
    expect(rows).toEqual(
      [...BUILT_IN_SERVICES, ...SERVICES.filter((s) => !BUILT_IN_SERVICES.includes(s))].map((s) => [
        `\`${s.name}\``,
        s.category,
        cell(s.patterns),
        cell(s.cookies),
        cell(s.storage),
      ]),
    );
  });
});
