// corpora/configs.json through the checks a page runs on its config, in Node: `validateConfig`
// as the loader starts, the service names of the script tag's gate, and `validateUiConfig` on the
// top level and the tenant matching the page's host as the UI loads. Each case is reported at its
// path (an error, or a warning for an unknown key or a capped value), falls back to the default,
// throws nothing, and pollutes no prototype.
import { afterAll, describe, expect, it } from 'vitest';
import { isCssColor } from '../src/cli/is-css-color';
import type { Reporter } from '../src/policy/reporter';
import { resolveConfig } from '../src/policy/resolve-config';
import { resolveMode } from '../src/policy/resolve-mode';
import { resolveServices } from '../src/policy/resolve-services';
import { validateConfig } from '../src/policy/validate-config';
import { BUILT_IN_SERVICES } from '../src/services/built-in';
import type { ConsentConfig } from '../src/types';
import { validateUiConfig } from '../src/ui/validate-ui-config';
import { buildConfig, CONFIG_CASES, CORPUS_HOST, pathKeys, readsAsObject, type ConfigCase } from './corpus';

/**
 * A script tag's text that is no JSON, or JSON of no object, is refused whole by the loader
 * (covered in e2e); an npm caller's value that is no object reaches the validators.
 */
const readable = (c: ConfigCase) => c.raw === undefined || readsAsObject(c);
const CASES = CONFIG_CASES.filter((c) => !c.dataConfig);
const CHECKED = CASES.filter(readable);
const SILENT: Reporter = { error() {}, warn() {} };
let reported = 0;

interface Run {
  errors: string[];
  warnings: string[];
  /** What the page runs on: the resolved config, its mode, and (`ui`) the checked texts, theme and links. */
  effective: Record<string, unknown>;
  /** The config as checked, texts, theme and links of the top level and of every tenant included. */
  checked: Record<string, unknown>;
}

/** The checks of a page on `host`, in the order it runs them. */
function runLikeAPage(raw: unknown, host: string): Run {
  const errors: string[] = [];
  const warnings: string[] = [];
  const report: Reporter = { error: (path, message) => errors.push(`${path}: ${message}`), warn: (path, message) => warnings.push(`${path}: ${message}`) };
  const validated = validateConfig(raw as ConsentConfig, report);
  const resolved = resolveConfig(validated, host);
  // The script tag's gate looks its service names up in the catalogue it carries.
  resolveServices(resolved.services, BUILT_IN_SERVICES, report, resolved.servicesPath);
  const pattern = resolved.tenantPattern;
  const tenant = pattern && validated.tenants![pattern];
  const ui = validateUiConfig([{ path: '', config: validated }, ...(tenant ? [{ path: `tenants[${JSON.stringify(pattern)}]`, config: tenant }] : [])], report, isCssColor);
  const mode = resolveMode(resolved.mode, resolved.region, () => 'UTC');
  return { errors, warnings, effective: { ...resolved, mode, ui }, checked: checkedTree(validated) };
}

/** `config` with its texts, theme and links as the UI takes them, and only the services the script tag knows. */
function checkedTree(config: ConsentConfig): Record<string, unknown> {
  const withUi = ({ texts, theme, links, ...rest }: ConsentConfig, path: string) => ({
    ...rest,
    ...validateUiConfig([{ path, config: { texts, theme, links } }], SILENT, isCssColor),
    services: rest.services?.filter((service) => typeof service !== 'string' || BUILT_IN_SERVICES.some(({ name }) => name === service)),
  });
  if (!config.tenants) return withUi(config, '');
  return { ...withUi(config, ''), tenants: Object.fromEntries(Object.entries(config.tenants).map(([pattern, tenant]) => [pattern, withUi(tenant, '')])) };
}

/** The own value at `keys`, never one a prototype holds (`__proto__`, `constructor`). */
function ownAt(node: unknown, keys: string[]): unknown {
  return keys.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' && Object.prototype.hasOwnProperty.call(at, key) ? (at as Record<string, unknown>)[key] : undefined), node);
}

/** Every object reachable from `root` whose prototype is not a plain object's, an array's or null. */
function foreignPrototypes(root: unknown): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const proto = Object.getPrototypeOf(node);
    if (![Object.prototype, Array.prototype, null].includes(proto)) found.push(path || '(root)');
    for (const [key, value] of Object.entries(node)) visit(value, `${path}.${key}`);
  };
  visit(root, '');
  return found;
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('the config corpus', () => {
  it('holds at least 200 malformed or hostile configs, and cases of every kind the requirement names', () => {
    const named = (pattern: RegExp) => CONFIG_CASES.filter((c) => pattern.test(c.name)).length;
    expect(CONFIG_CASES.length).toBeGreaterThanOrEqual(200);
    expect(named(/ as (a|an|null|true)\b/), 'wrong types').toBeGreaterThanOrEqual(30);
    expect(named(/unknown/), 'unknown keys and categories').toBeGreaterThanOrEqual(10);
    expect(CONFIG_CASES.filter((c) => c.set?.some((value) => (value.times ?? 0) >= 100_000)).length, 'huge strings').toBeGreaterThanOrEqual(20);
    expect(named(/__proto__|constructor|prototype/), '__proto__ and constructor keys').toBeGreaterThanOrEqual(20);
    expect(named(/link|logo|recordEndpoint/), 'bad URLs').toBeGreaterThanOrEqual(20);
    expect(named(/color|rgb|hsl|radius|font|position|colorScheme/), 'colors, lengths and CSS injection').toBeGreaterThanOrEqual(30);
    expect(named(/tenant|host pattern/), 'tenant ids and host patterns').toBeGreaterThanOrEqual(25);
    expect(CONFIG_CASES.filter((c) => c.set?.some((value) => value.ref)).length, 'cyclic configs').toBeGreaterThanOrEqual(5);
    expect(CONFIG_CASES.filter((c) => c.dataConfig).length, 'data-config answers').toBeGreaterThanOrEqual(5);
    expect(CONFIG_CASES.filter((c) => !readable(c) && !c.dataConfig).length, 'inline configs the loader cannot read').toBeGreaterThanOrEqual(10);
  });
});

describe.each(CHECKED)('$name', (c) => {
  const { path, level = 'error' } = c;

  it(`reports ${path} as ${level === 'error' ? 'an error' : 'a warning'}, falls back, throws nothing and pollutes no prototype`, () => {
    const run = runLikeAPage(buildConfig(c), c.host ?? CORPUS_HOST);
    const named = (level === 'error' ? run.errors : run.warnings).filter((line) => line.startsWith(`${path}: `));
    expect(named, [...run.errors, ...run.warnings].join('\n').slice(0, 2000)).not.toEqual([]);
    reported++;
    // Messages stay a line long, whatever the value: a huge string is cut.
    expect([...run.errors, ...run.warnings].filter((line) => line.length > path.length + 300)).toEqual([]);
    if (level === 'error' && pathKeys(path).length) {
      const keys = pathKeys(path);
      const bad = ownAt(buildConfig(c), keys);
      if (/^\d+$/.test(keys[keys.length - 1])) expect(ownAt(run.checked, keys.slice(0, -1)) ?? []).not.toContainEqual(bad);
      else expect(ownAt(run.checked, keys), 'the invalid value is dropped').toBeUndefined();
    }
    if (c.fallback) expect(run.effective).toMatchObject(c.fallback);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(foreignPrototypes(run.effective), 'objects whose prototype the config set').toEqual([]);
  });
});

describe.each(CASES.filter((c) => !readable(c)))('$name', (c) => {
  it('is no JSON object, which the loader refuses whole, naming #consentry-config (e2e/corpora-configs.spec.ts)', () => {
    expect(c.path).toBe('#consentry-config');
  });
});

afterAll(() => {
  console.log(`hostile configs: ${CONFIG_CASES.length} cases, ${CHECKED.length} through the validators, ${reported} reported at their path`);
});
