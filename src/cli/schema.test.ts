import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { EN } from '../i18n/en';
import { OPTIONAL_CATEGORY_IDS } from '../policy/categories';
import { DEFAULT_EXPIRES_DAYS } from '../policy/resolve-config';
import { MAX_EXPIRES_DAYS, TENANT_ID } from '../policy/validate-config';
import { BUILT_IN_SERVICES } from '../services/built-in';
import { SERVICES } from '../services/catalogue';
import { CSS_COLOR_NAMES } from './css-color-names';
import { SCHEMA, schemaErrors, sdkProblems, toPointer } from './schema.fixture';

// consentry.schema.json is written by hand; these tests keep it in step with src/types.ts (read
// with the TypeScript compiler) and with the SDK's validators (the same values through both).

const program = ts.createProgram([fileURLToPath(new URL('../types.ts', import.meta.url))], { strict: true, noEmit: true, types: [] });
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(fileURLToPath(new URL('../types.ts', import.meta.url)))!)!);

/** The type a name exported by src/types.ts declares. */
function declared(name: string): ts.Type {
  const symbol = exported.find((s) => s.name === name)!;
  return checker.getDeclaredTypeOfSymbol(symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
}
const members = (type: ts.Type) => (type.isUnion() ? type.types : [type]);
/** The type of `key` in `type`, without `undefined`; the object part of a union such as `boolean | {…}`. */
function at(type: ts.Type, ...keys: string[]): ts.Type {
  return keys.reduce((current, key) => {
    const object = members(current).find((member) => member.flags & ts.TypeFlags.Object)!;
    return checker.getNonNullableType(checker.getTypeOfSymbol(checker.getPropertyOfType(object, key)!));
  }, type);
}
const keysOf = (type: ts.Type) => checker.getPropertiesOfType(members(type).find((member) => member.flags & ts.TypeFlags.Object)!).map((p) => p.name).sort();
const literalsOf = (type: ts.Type) => members(type).filter((member) => member.isStringLiteral()).map((member) => (member as ts.StringLiteralType).value).sort();
const indexed = (type: ts.Type) => checker.getIndexInfosOfType(type)[0].type;

type Node = { $ref?: string; anyOf?: Node[]; properties?: Record<string, Node>; additionalProperties?: Node | boolean; items?: Node; enum?: unknown[]; [key: string]: unknown };
const follow = (n: Node): Node => (n.$ref ? follow(n.$ref.slice(2).split('/').reduce<Node>((o, k) => o[k] as Node, SCHEMA)) : n);
/** The object branch of a node such as `boolean | {…}`'s `anyOf`. */
function objectPart(n: Node): Node {
  const followed = follow(n);
  return followed.anyOf ? follow(followed.anyOf.find((branch) => follow(branch).type === 'object')!) : followed;
}
/**
 * The schema of a config path: `theme.position`, `tenants.{}` (a map's entries), `gpc.optOut.[]`
 * (a list's items), or from a definition, `definitions.texts.categories`; `$ref`s followed.
 */
function node(path: string): Node {
  const [first, second, ...rest] = path.split('.').filter(Boolean);
  const [start, keys] = first === 'definitions' ? [SCHEMA.definitions[second], rest] : [SCHEMA, path.split('.').filter(Boolean)];
  return keys.reduce<Node>((current, key) => {
    const object = objectPart(current);
    if (key === '[]') return follow(object.items!);
    if (key === '{}') return follow(object.additionalProperties as Node);
    return follow(object.properties![key]);
  }, follow(start));
}
const schemaKeys = (path: string) => Object.keys(objectPart(node(path)).properties!).sort();
const without = (keys: string[], ...drop: string[]) => keys.filter((key) => !drop.includes(key));

describe('consentry.schema.json and src/types.ts', () => {
  const config = declared('ConsentConfig');

  it.each<[string, string, () => ts.Type]>([
    ['Theme', 'definitions.theme', () => declared('Theme')],
    ['Texts', 'definitions.texts', () => declared('Texts')],
    ["Texts['categories']", 'definitions.texts.categories', () => at(declared('Texts'), 'categories')],
    ["Texts['categories'][id]", 'definitions.categoryTexts', () => at(declared('Texts'), 'categories', 'analytics')],
    ['CategoryConfig', 'definitions.categoryConfig', () => declared('CategoryConfig')],
    ["ConsentConfig['categories'][id]", 'categories.analytics', () => at(config, 'categories', 'analytics')],
    ['ServiceDefinition', 'definitions.serviceDefinition', () => declared('ServiceDefinition')],
    ["ConsentConfig['categories']", 'categories', () => at(config, 'categories')],
    ["ConsentConfig['cookie']", 'cookie', () => at(config, 'cookie')],
    ["ConsentConfig['gpc']", 'gpc', () => at(config, 'gpc')],
    ["ConsentConfig['links']", 'links', () => at(config, 'links')],
    ["ConsentConfig['blocklist']", 'blocklist', () => at(config, 'blocklist')],
    ["ConsentConfig['googleConsentMode'] options", 'googleConsentMode', () => at(config, 'googleConsentMode')],
    ["ConsentConfig['gpp'] options", 'gpp', () => at(config, 'gpp')],
    ["ConsentConfig['texts'][lang]", 'texts.{}', () => indexed(at(config, 'texts'))],
  ])('%s has the keys of the schema at %s', (_, path, type) => {
    expect(schemaKeys(path)).toEqual(keysOf(type()));
  });

  it('has every key of ConsentConfig at the top level, with $schema and without onRecord (npm only)', () => {
    expect(without(schemaKeys(''), '$schema')).toEqual(without(keysOf(config), 'onRecord'));
  });

  it('has every key of a tenants entry in definitions.tenantConfig, without onRecord', () => {
    expect(schemaKeys('tenants.{}')).toEqual(without(keysOf(indexed(at(config, 'tenants'))), 'onRecord'));
    expect(schemaKeys('tenants.{}')).toEqual(without(schemaKeys(''), '$schema', 'tenants', 'sharedDomains'));
  });

  it('requires the fields a ServiceDefinition requires', () => {
    const required = checker.getPropertiesOfType(declared('ServiceDefinition')).filter((p) => !(p.flags & ts.SymbolFlags.Optional)).map((p) => p.name);
    expect(node('definitions.serviceDefinition').required).toEqual(required);
  });

  it.each<[string, () => ts.Type, string]>([
    ['mode', () => at(config, 'mode'), 'mode'],
    ['theme.position', () => at(declared('Theme'), 'position'), 'theme.position'],
    ['theme.colorScheme', () => at(declared('Theme'), 'colorScheme'), 'theme.colorScheme'],
    ['ServiceDefinition.category', () => at(declared('ServiceDefinition'), 'category'), 'definitions.serviceDefinition.category'],
  ])('lists the values of %s', (_, type, path) => {
    expect([...(node(path).enum as string[])].sort()).toEqual(literalsOf(type()));
  });

  it('lists the optional categories in gpc.optOut, which the SDK takes of the CategoryId[] its type allows', () => {
    expect(node('gpc.optOut.[]').enum).toEqual([...OPTIONAL_CATEGORY_IDS]);
    expect(literalsOf(declared('CategoryId'))).toEqual(expect.arrayContaining(node('gpc.optOut.[]').enum as string[]));
  });

  it('lists the blocklist and text categories as CategoryId', () => {
    expect(schemaKeys('blocklist')).toEqual(literalsOf(declared('CategoryId')));
    expect(schemaKeys('definitions.texts.categories')).toEqual(literalsOf(declared('CategoryId')));
  });

  it('lists the service names the script tag carries, each a catalogue service', () => {
    const names = node('services.[]').anyOf!.find((branch) => branch.enum)!.enum;
    expect(names).toEqual(BUILT_IN_SERVICES.map((service) => service.name));
    expect(SERVICES.map((service) => service.name)).toEqual(expect.arrayContaining(names as string[]));
  });

  it('lists the color names consentry validate knows', () => {
    expect(node('definitions.color').anyOf!.find((branch) => branch.enum)!.enum).toEqual(CSS_COLOR_NAMES);
  });

  it('shows the English texts as examples', () => {
    const texts = node('definitions.texts').properties!;
    for (const [key, value] of Object.entries(EN)) if (key !== 'categories') expect([key, texts[key].examples]).toEqual([key, [value]]);
  });

  it('has the SDK defaults and limits', () => {
    expect(node('tenant').pattern).toBe(TENANT_ID.source);
    expect(node('cookie.expiresDays')).toMatchObject({ default: DEFAULT_EXPIRES_DAYS, maximum: MAX_EXPIRES_DAYS });
  });
});

describe('consentry.schema.json and the SDK validators', () => {
  const URLS = ['https://acme.com/privacy', 'http://acme.com', '/privacy', 'privacy.html', '//acme.com/x', '#dns', '?q=1', 'HTTPS://ACME.COM', 'https:', 'mailto:privacy@acme.com', 'javascript:alert(1)', 'JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'ftp://acme.com', 'tel:+1555', '/a b', '/a\u0085b', '/caf\u00e9', ''];
  it.each<[string, (value: string) => unknown, string | ((value: string) => string), string[]]>([
    ['tenant', (v) => ({ tenant: v }), 'tenant', ['acme', 'a', 'acme-eu_2', '0', 'a'.repeat(64), 'a'.repeat(65), '', 'Acme', 'acme.com', 'acme corp', 'acme;', 'ümlaut']],
    ['revision', (v) => ({ revision: v }), 'revision', ['1', '2024-06-01', 'Política «β» v2|final', 'v'.repeat(40), 'v'.repeat(41), '', 'v1\n', 'tab\there']],
    ['region', (v) => ({ region: v }), 'region', ['DE', 'de', 'US-CA', 'us-ca', 'EU', 'GB', 'FR-75C', 'D', 'DEU', 'US-CALI', 'US-', 'Germany', 'US_CA', '12']],
    ['language', (v) => ({ language: v }), 'language', ['en', 'pt-BR', 'PT-br', 'zh-Hant-TW', 'yue', 'en-abcdefgh', 'e', 'english', 'en-a', 'en-abcdefghi', 'en_US', 'en-', '']],
    ['cookie.domain', (v) => ({ cookie: { domain: v } }), 'cookie.domain', ['auto', 'host', 'AUTO', 'acme.com', '.acme.com', 'ACME.COM', 'acme', '-acme.com', 'acme.com/', 'acme com', 'acme..com', '']],
    ['sharedDomains', (v) => ({ sharedDomains: [v] }), 'sharedDomains[0]', ['platform.io', 'tenants.example.co.uk', 'Platform.IO', 'io', '*.platform.io', 'platform.io.', 'platform..io']],
    ['tenants keys', (v) => ({ tenants: { [v]: {} } }), (v) => `tenants[${JSON.stringify(v)}]`, ['acme.com', '*.acme.com', 'acme.platform.io', 'localhost', 'ACME.com', '*acme.com', '*.*.acme.com', 'acme.com/shop', 'acme.com:8080', 'a_b.com', '', '*.']],
    ['texts keys', (v) => ({ texts: { [v]: {} } }), (v) => `texts[${JSON.stringify(v)}]`, ['en', 'pt-BR', 'zh-Hant', 'english', 'e', 'en_US', '']],
    ['googleConsentMode.region', (v) => ({ googleConsentMode: { region: [v] } }), 'googleConsentMode.region[0]', ['DE', 'US-CA', 'FR-75C', 'GB', 'ES', 'EE', 'UA', 'EU', 'UK', 'de', 'DEU', 'US-', 'US-CALI', 'EUR']],
    ['links.doNotSell', (v) => ({ links: { doNotSell: v } }), 'links.doNotSell', URLS],
    ['recordEndpoint', (v) => ({ recordEndpoint: v }), 'recordEndpoint', URLS],
    ['theme.logoUrl', (v) => ({ theme: { logoUrl: v } }), 'theme.logoUrl', URLS],
    ['theme.radius', (v) => ({ theme: { radius: v } }), 'theme.radius', ['0', '8px', '0.5rem', '1.25em', '50%', '9999px', '10000px', '8', '8 px', '-1px', '.5rem', '8PX', 'calc(1px)', '0px']],
    ['theme.font', (v) => ({ theme: { font: v } }), 'theme.font', ['Inter, system-ui, sans-serif', '"Inter", Helvetica, sans-serif', "'Open Sans'", 'a'.repeat(120), 'a'.repeat(121), 'Inter; color: red', 'Inter}', 'url(x)', '', 'Ïnter']],
    ['theme.primary', (v) => ({ theme: { primary: v } }), 'theme.primary', ['#fff', '#FFFF', '#0b6e4f', '#0b6e4f80', '#12345', '#ggg', 'rgb(0, 80, 160)', 'RGBA(0,0,0,0.5)', 'hsl(120 50% 40%)', 'red', 'rebeccapurple', 'transparent', 'currentcolor', 'canvas', 'notacolor', 'url(x)', 'red;x', 'rgb(0 0 0) red']],
  ])('agree on values of %s', (_, wrap, path, values) => {
    const verdicts = values.map((value) => {
      const where = typeof path === 'string' ? path : path(value);
      const sdk = sdkProblems(wrap(value)).errors.some((error) => error.startsWith(`${where}: `));
      const schema = schemaErrors(wrap(value)).includes(toPointer(where));
      return { value, schema, sdk };
    });
    expect(verdicts.filter(({ schema, sdk }) => schema !== sdk)).toEqual([]);
    // Each list holds values both take and values both refuse.
    expect(new Set(verdicts.map(({ sdk }) => sdk)).size).toBe(2);
  });

  it.each(['Red', 'RebeccaPurple', 'inherit', 'initial', 'unset', 'revert'])(
    'flags %s as a color, which browsers take: names in lowercase only, and CSS-wide keywords are no color',
    (value) => {
      expect(schemaErrors({ theme: { primary: value } })).toContain('/theme/primary');
      expect(sdkProblems({ theme: { primary: value } }).errors).toEqual([]);
    },
  );
});
