// Every code block in the README and the docs works as written (scripts/doc-snippets.ts says
// which test exercises which block). This file checks that each is exercised, and the configs,
// JSON, nginx and shell blocks; scripts/doc-code.test.ts the TypeScript and JavaScript ones;
// e2e/docs-snippets.spec.ts the HTML, CSS, HTTP and `run=browser` ones, in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chai, describe, expect, it } from 'vitest';
import type { Reporter } from '../src/policy/reporter';
import { resolveServices } from '../src/policy/resolve-services';
import { validateConfig } from '../src/policy/validate-config';
import { BUILT_IN_SERVICES } from '../src/services/built-in';
import type { ConsentConfig } from '../src/types';
import { validateUiConfig } from '../src/ui/validate-ui-config';
import { JSON_SHAPES } from './doc-json-shapes';
import { allSnippets, parseJson, ROOT, type Snippet, type SnippetKind } from './doc-snippets';

// A failure lists every problem of the block, untruncated.
chai.config.truncateThreshold = 0;

const snippets = allSnippets();
const ofKind = (...kinds: SnippetKind[]) => snippets.filter((snippet) => kinds.includes(snippet.kind));
const cases = (list: Snippet[]) => list.map((snippet) => [snippet.id, snippet] as const);

describe('documentation code blocks', () => {
  it('are each exercised by a test or marked as not code', () => {
    const counts = Object.fromEntries(
      (['config', 'json', 'code', 'shell', 'nginx', 'html', 'css', 'http', 'not-code', 'unmarked'] as const).map((kind) => [kind, ofKind(kind).length]),
    );
    const run = { node: snippets.filter((s) => s.marks.run === 'node').length, browser: snippets.filter((s) => s.marks.run === 'browser').length };
    console.log(
      `doc snippets: ${snippets.length} blocks in ${new Set(snippets.map((s) => s.file)).size} files: ` +
        `${counts.config} configs, ${counts.json} other JSON, ${counts.code} TypeScript/JavaScript (${run.node} also run in Node, ` +
        `${run.browser} in Chromium), ${counts.shell} shell, ${counts.nginx} nginx, ${counts.html} HTML, ${counts.css} CSS and ${counts.http} HTTP in Chromium, ` +
        `${counts['not-code']} marked not code, ${counts.unmarked} unmarked`,
    );
    expect(
      ofKind('unmarked').map((s) => `${s.id} (\`\`\`${s.lang || 'no language'})`).join('\n'),
      'give each block a language the tests know, or put <!-- not-code: why --> on the line before its fence',
    ).toBe('');
    for (const snippet of snippets.filter((s) => s.marks.run)) {
      expect(snippet.kind, `${snippet.id}: only TypeScript or JavaScript can be run`).toBe('code');
    }
    for (const snippet of snippets.filter((s) => s.marks.held)) {
      expect(snippet.marks.run, `${snippet.id}: held= is checked in blocks run in Chromium`).toBe('browser');
    }
  });
});

/** Collects what a validator reports, as the loader's console would show it. */
function recordingReporter(): Reporter & { reports: string[] } {
  const reports: string[] = [];
  return { reports, error: (path, message) => reports.push(`error ${path}: ${message}`), warn: (path, message) => reports.push(`warning ${path}: ${message}`) };
}

/** What the script tag reports about a config: its keys, then texts, theme and links, then services by name. */
function configReports(raw: ConsentConfig): string[] {
  const report = recordingReporter();
  validateConfig(raw, report);
  const tenants = Object.entries(raw.tenants ?? {});
  validateUiConfig(
    [{ path: '', config: raw }, ...tenants.map(([pattern, config]) => ({ path: `tenants[${JSON.stringify(pattern)}]`, config }))],
    report,
  );
  // Names are for the script tag, which knows only its built-in services.
  resolveServices(raw.services, BUILT_IN_SERVICES, report);
  for (const [, tenant] of tenants) resolveServices(tenant.services, BUILT_IN_SERVICES, report);
  return report.reports;
}

describe('configs (json)', () => {
  it.each(cases(ofKind('config')))('%s is a config the loader accepts without a report', (_, snippet) => {
    expect(configReports(parseJson(snippet.code) as ConsentConfig).join('\n')).toBe('');
  });

  it('reports an unknown key, a bad value, a bad tenant color and a service the script tag does not know', () => {
    const reports = configReports({ mode: 'sideways', theme: {}, tenants: { 'acme.com': { theme: { primary: 'url(x)' } } }, services: ['vimeo'], colour: 1 } as never);
    expect(reports).toHaveLength(4);
  });
});

describe('other JSON', () => {
  it.each(cases(ofKind('json')))('%s parses and has its documented shape', (_, snippet) => {
    const shape = JSON_SHAPES[snippet.marks.json ?? ''];
    expect(shape, `json=${snippet.marks.json} is not a shape in JSON_SHAPES`).toBeDefined();
    shape(JSON.parse(snippet.code));
  });
});

describe('nginx', () => {
  it.each(cases(ofKind('nginx')))('%s answers its path with JSON of the documented shape', (_, snippet) => {
    const location = snippet.code.match(/location\s*=\s*(\S+)\s*\{([^]*)\}/);
    expect(location, 'an exact-match location block').not.toBeNull();
    const [, path, body] = location!;
    expect(path).toBe('/.well-known/gpc.json');
    expect(body).toMatch(/^\s*default_type application\/json;/m);
    const answer = body.match(/^\s*return 200 '([^']*)';/m);
    expect(answer, "a `return 200 '…';` with the body").not.toBeNull();
    JSON_SHAPES['gpc-json'](JSON.parse(answer![1]));
  });
});

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  repository: { url: string };
  scripts: Record<string, string>;
  bin?: string | Record<string, string>;
};
/** What `npm install` may name: the package, its repository (at a ref) or a tarball `npm pack` made. */
const INSTALLABLE = [
  new RegExp(String.raw`^${pkg.name}$`),
  new RegExp(String.raw`^github:${pkg.repository.url.replace(/^git\+https:\/\/github\.com\/|\.git$/g, '')}(#\S+)?$`),
  new RegExp(String.raw`^\./${pkg.name}-${pkg.version.replace(/\./g, '\\.')}\.tgz$`),
];
const NPM_COMMANDS = new Set(['ci', 'install', 'i', 'test', 'run', 'pack', 'publish', 'exec']);
/** Tools a reader has besides Node and npm. */
const KNOWN_TOOLS = new Set(['git', 'curl', 'grep', 'cd']);

/** What is wrong with one command line, or nothing. */
function checkCommand(line: string): string[] {
  const words = line.trim().split(/\s+/).filter((word) => !/^[A-Z_]+=/.test(word));
  const [tool, sub, ...rest] = words;
  const paths = words.filter((word) => /^(src|e2e|scripts|demo|bench|docs|dist)\//.test(word));
  const problems = paths.filter((path) => !existsSync(join(ROOT, path))).map((path) => `${path} does not exist`);
  const bins = typeof pkg.bin === 'string' ? [pkg.name] : Object.keys(pkg.bin ?? {});
  if (tool === 'npm') {
    if (!NPM_COMMANDS.has(sub)) problems.push(`npm ${sub} is not an npm command the docs use`);
    if (sub === 'run' && !(rest[0] in pkg.scripts)) problems.push(`"${rest[0]}" is not a script in package.json`);
    if ((sub === 'install' || sub === 'i') && rest.filter((w) => !w.startsWith('-')).some((name) => !INSTALLABLE.some((allowed) => allowed.test(name)))) {
      problems.push(`npm install names a package other than ${pkg.name}`);
    }
  } else if (tool === 'npx') {
    if (!existsSync(join(ROOT, 'node_modules/.bin', sub)) && !bins.includes(sub)) problems.push(`npx ${sub}: no such bin in node_modules/.bin or package.json`);
  } else if (tool === 'node') {
    if (!existsSync(join(ROOT, sub))) problems.push(`node ${sub}: no such file`);
  } else if (!KNOWN_TOOLS.has(tool)) problems.push(`${tool} is not npm, npx, node or a known tool`);
  return problems;
}

describe('shell', () => {
  it.each(cases(ofKind('shell')))('%s runs only real scripts, bins, files and known tools', (_, snippet) => {
    const commands = snippet.code
      .split('\n')
      .map((line) => line.replace(/(^|\s)#.*$/, '').replace(/^\$\s*/, ''))
      .flatMap((line) => line.split(/&&|\|\||;|\|/))
      .filter((command) => command.trim());
    expect(commands.length, 'a shell block holds a command').toBeGreaterThan(0);
    expect(commands.flatMap(checkCommand).join('\n')).toBe('');
  });
});

it('keeps the shell checker honest: it rejects a missing script, bin or file', () => {
  expect(checkCommand('npm run no-such-script')).not.toEqual([]);
  expect(checkCommand('npx no-such-bin')).not.toEqual([]);
  expect(checkCommand('node scripts/no-such-file.js')).not.toEqual([]);
  expect(checkCommand('PORT=4213 npx playwright test e2e/no-such.spec.ts')).not.toEqual([]);
  expect(checkCommand('frobnicate --all')).not.toEqual([]);
  expect(checkCommand('npm install left-pad')).not.toEqual([]);
  expect(checkCommand('npm install github:someone/else')).not.toEqual([]);
  expect(checkCommand('npm install github:consentry/consentry#v0.1.0')).toEqual([]);
  expect(checkCommand('PORT=4213 npx playwright test e2e/docs-snippets.spec.ts')).toEqual([]);
});
