import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runOn } from './cli-io.fixture';
import { SCHEMA, schemaErrors, toPointer } from './schema.fixture';

interface InvalidConfig {
  name: string;
  config: unknown;
  /** The path the SDK names, as in its console messages. */
  path: string;
  /** `warning`: an unknown key or a capped value, which the SDK ignores or adjusts; else an error. */
  level?: 'warning';
  /** Why JSON Schema cannot see this mistake; `consentry validate` still does. */
  schemaCannot?: string;
}

const CASES: InvalidConfig[] = JSON.parse(readFileSync(new URL('./fixtures/invalid-configs.json', import.meta.url), 'utf8'));

describe('the corpus of invalid configs', () => {
  it('holds at least 40 mistakes, one or more for every key of the config, the theme and the links', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const named = (prefix: string) => new Set(CASES.map(({ path }) => path.startsWith(prefix) && /^[$\w]+/.exec(path.slice(prefix.length))?.[0]).filter(Boolean));
    const keys = (node: { properties: object }) => Object.keys(node.properties);
    expect(keys(SCHEMA).filter((key) => !named('').has(key))).toEqual(['$schema']);
    expect(keys(SCHEMA.definitions.theme).filter((key) => !named('theme.').has(key))).toEqual([]);
    expect(keys(SCHEMA.definitions.tenantConfig.properties.links).filter((key) => !named('links.').has(key))).toEqual([]);
  });
});

describe.each(CASES)('$name', ({ config, path, level = 'error', schemaCannot }) => {
  const file = 'tenant.json';

  it(`consentry validate reports it as ${level === 'error' ? 'an error' : 'a warning'} at ${path}`, async () => {
    const { code, stdout } = await runOn(['validate', file], { [file]: JSON.stringify(config) });
    expect(stdout.filter((line) => line.startsWith(`${file}: ${level}: ${path}: `))).toHaveLength(1);
    expect(code).toBe(level === 'error' ? 1 : 0);
  });

  if (level === 'warning') {
    it('fails consentry validate --strict', async () => {
      expect((await runOn(['validate', '--strict', file], { [file]: JSON.stringify(config) })).code).toBe(1);
    });
  }

  if (schemaCannot) {
    it(`passes the schema: ${schemaCannot}`, () => {
      expect(schemaErrors(config)).toEqual([]);
    });
  } else {
    it(`fails the schema at ${toPointer(path) || '/'}`, () => {
      expect(schemaErrors(config)).toContain(toPointer(path));
    });
  }
});
