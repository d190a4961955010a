import { describe, expect, it } from 'vitest';
import { buildConfig, CONFIG_CASES, configText, isJson, readsAsObject, type ConfigCase } from '../../corpora/corpus';
import { runOn } from './cli-io.fixture';
import { SCHEMA, schemaErrors, toPointer } from './schema.fixture';

// corpora/configs.json, as files `consentry validate` reads: every case JSON can hold, not the
// answers of a data-config URL nor the cycles and BigInts only npm callers can pass.
const FILES = CONFIG_CASES.filter(isJson);
/** Texts the script tag refuses whole: not JSON, or JSON of no object. */
const unreadable = (c: ConfigCase) => c.raw !== undefined && !readsAsObject(c);
const CONFIGS = FILES.filter((c) => !unreadable(c));

describe('the corpus of invalid configs', () => {
  it('holds at least 40 mistakes, one or more for every key of the config, the theme and the links', () => {
    console.log(`consentry validate over the config corpus: ${FILES.length} of ${CONFIG_CASES.length} cases as files, ${CONFIGS.length} checked at their path`);
    expect(CONFIGS.length).toBeGreaterThanOrEqual(40);
    const named = (prefix: string) => new Set(CONFIGS.map(({ path }) => path.startsWith(prefix) && /^[$\w]+/.exec(path.slice(prefix.length))?.[0]).filter(Boolean));
    const keys = (node: { properties: object }) => Object.keys(node.properties);
    expect(keys(SCHEMA).filter((key) => !named('').has(key))).toEqual(['$schema']);
    expect(keys(SCHEMA.definitions.theme).filter((key) => !named('theme.').has(key))).toEqual([]);
    expect(keys(SCHEMA.definitions.tenantConfig.properties.links).filter((key) => !named('links.').has(key))).toEqual([]);
  });
});

describe.each(FILES.filter(unreadable))('$name', (c) => {
  it('consentry validate reports the file as an error', async () => {
    const { code, stdout } = await runOn(['validate', 'tenant.json'], { 'tenant.json': configText(c) });
    expect(stdout.filter((line) => line.startsWith('tenant.json: error: '))).not.toEqual([]);
    expect(code).toBe(1);
  });
});

describe.each(CONFIGS)('$name', (c) => {
  const { path, level = 'error', schemaCannot } = c;
  const file = 'tenant.json';

  it(`consentry validate reports it as ${level === 'error' ? 'an error' : 'a warning'} at ${path}`, async () => {
    const { code, stdout } = await runOn(['validate', file], { [file]: configText(c) });
    expect(stdout.filter((line) => line.startsWith(`${file}: ${level}: ${path}: `))).toHaveLength(1);
    expect(code).toBe(level === 'error' ? 1 : 0);
  });

  if (level === 'warning') {
    it('fails consentry validate --strict', async () => {
      expect((await runOn(['validate', '--strict', file], { [file]: configText(c) })).code).toBe(1);
    });
  }

  if (schemaCannot) {
    it(`passes the schema: ${schemaCannot}`, () => {
      expect(schemaErrors(buildConfig(c))).toEqual([]);
    });
  } else {
    it(`fails the schema at ${toPointer(path) || '/'}`, () => {
      expect(schemaErrors(buildConfig(c))).toContain(toPointer(path));
    });
  }
});
