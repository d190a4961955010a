// Every code block in the README and the docs works as written (scripts/doc-snippets.ts says
// which test exercises which block). HTML, CSS, HTTP and `run=browser` blocks run in Chromium
// (e2e/docs-snippets.spec.ts); this file checks the rest in Node.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, chai, describe, expect, it } from 'vitest';
import type { Reporter } from '../src/policy/reporter';
import { resolveServices } from '../src/policy/resolve-services';
import { validateConfig } from '../src/policy/validate-config';
import { BUILT_IN_SERVICES } from '../src/services/built-in';
import type { ConsentConfig } from '../src/types';
import { validateUiConfig } from '../src/ui/validate-ui-config';
import { allSnippets, MODULE_STUBS, parseJson, PLACEHOLDER_DECLARATIONS, ROOT, type Snippet, type SnippetKind } from './doc-snippets';

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

/** Shapes of the JSON blocks that are not configs (`<!-- snippet: json=<shape> -->`). */
const JSON_SHAPES: Record<string, (value: unknown) => void> = {
  // A consent record (docs/configuration.md, Consent records; ConsentRecord in src/types.ts).
  record(value) {
    expect(value).toEqual({
      id: expect.stringMatching(/^[\w-]{8,32}$/),
      tenant: expect.toBeOneOf([null, expect.any(String)]),
      host: expect.any(String),
      revision: expect.any(String),
      categories: { essential: true, functional: expect.any(Boolean), analytics: expect.any(Boolean), marketing: expect.any(Boolean) },
      gpc: expect.any(Boolean),
      method: expect.toBeOneOf(['default', 'accept-all', 'reject-all', 'custom', 'gpc']),
      mode: expect.toBeOneOf(['opt-in', 'opt-out']),
      at: expect.any(Number),
    });
  },
  // The GPC support resource, /.well-known/gpc.json (docs/gpc-json.md).
  'gpc-json'(value) {
    expect(value).toEqual({ gpc: true, lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  },
};

describe('other JSON', () => {
  it.each(cases(ofKind('json')))('%s parses and has its documented shape', (_, snippet) => {
    const shape = JSON_SHAPES[snippet.marks.json ?? ''];
    expect(shape, `json=${snippet.marks.json} is not a shape in JSON_SHAPES`).toBeDefined();
    shape(JSON.parse(snippet.code));
  });
});

// ---- TypeScript and JavaScript ----

const SNIPPET_DIR = join(ROOT, '.doc-snippets');
const EXTENSIONS: Record<string, string> = { ts: 'ts', tsx: 'tsx', js: 'js', jsx: 'jsx' };

/** Where a block lives in the type check: a folder per doc, so blocks of one doc can import each other. */
function virtualPath(snippet: Snippet): string {
  return join(SNIPPET_DIR, snippet.file.replace(/\.md$/, ''), snippet.marks.file ?? `line-${snippet.line}.${EXTENSIONS[snippet.lang]}`);
}

/** The package's entry points, as a user imports them, mapped to src/. */
const PATHS = {
  consentry: ['src/index.ts'],
  'consentry/core': ['src/core.ts'],
  'consentry/server': ['src/server.ts'],
  'consentry/ui': ['src/ui.ts'],
  'consentry/services': ['src/services.ts'],
  'consentry/i18n/*': ['src/i18n/*.ts'],
};

/** Type-checks every code block as a module of its own, in one program; returns the problems of each. */
function typeCheck(list: Snippet[]): Map<Snippet, string[]> {
  const files = new Map(list.map((snippet) => [virtualPath(snippet), snippet]));
  if (files.size !== list.length) throw new Error('two code blocks of one doc have the same file name');
  const prelude = join(SNIPPET_DIR, 'prelude.d.ts');
  const sources = new Map<string, string>([[prelude, PLACEHOLDER_DECLARATIONS + MODULE_STUBS], ...[...files].map(([path, s]) => [path, s.code] as const)]);
  const base = ts.parseJsonConfigFileContent(ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config, ts.sys, ROOT).options;
  const options: ts.CompilerOptions = {
    ...base,
    // Snippets show one step and often leave a value for the reader to use.
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: true,
    checkJs: true,
    moduleDetection: ts.ModuleDetectionKind.Force,
    baseUrl: ROOT,
    paths: PATHS,
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (path) => sources.has(path) || fileExists(path);
  host.directoryExists = (path) => path.startsWith(SNIPPET_DIR) || (directoryExists?.(path) ?? true);
  host.readFile = (path) => sources.get(path) ?? readFile(path);
  host.getSourceFile = (path, language, ...rest) => {
    const text = sources.get(path);
    return text === undefined ? getSourceFile(path, language, ...rest) : ts.createSourceFile(path, text, language, true);
  };
  // The script tag's `window.Consentry` is declared in src/embed.ts.
  const program = ts.createProgram([prelude, join(ROOT, 'src/embed.ts'), ...files.keys()], options, host);
  const problems = new Map<Snippet, string[]>();
  for (const [path, snippet] of files) {
    const source = program.getSourceFile(path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    problems.set(
      snippet,
      diagnostics.map((d) => {
        const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${snippet.file}:${snippet.line + 1 + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return problems;
}

describe('TypeScript and JavaScript', () => {
  const code = ofKind('code');
  let checked = new Map<Snippet, string[]>();
  // One program for all of them: type-checking src/ once takes a few seconds.
  beforeAll(() => {
    checked = typeCheck(code);
  }, 120_000);
  it.each(cases(code))('%s type-checks against the package types', (_, snippet) => {
    expect(checked.get(snippet)?.join('\n')).toBe('');
  });

  it('finds a wrong option, a wrong method and a missing import', () => {
    const wrong: Snippet = {
      ...code[0],
      id: 'self-test',
      file: 'self-test.md',
      line: 1,
      lang: 'ts',
      marks: {},
      code: "import { createConsent } from 'consentry';\ncreateConsent({ mode: 'sideways' }).onAllow('analytics', startAnalytics);\nreadConsent(null);",
    };
    expect(typeCheck([wrong]).get(wrong)).toHaveLength(3);
  }, 120_000);
});

// ---- run in Node ----

/** Resolves `consentry` and its subpaths to src/, for bundling a snippet as the package would run it. */
const consentryFromSource: Plugin = {
  name: 'consentry-from-source',
  setup(b) {
    b.onResolve({ filter: /^consentry(\/.*)?$/ }, (args) => {
      const [target] = (PATHS as Record<string, string[]>)[args.path] ?? [];
      const lang = args.path.match(/^consentry\/i18n\/([\w-]+)$/)?.[1];
      return { path: join(ROOT, target ?? `src/i18n/${lang}.ts`) };
    });
  },
};

const servers: http.Server[] = [];
const tmp = mkdtempSync(join(tmpdir(), 'doc-snippets-'));
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * Runs a snippet as an ES module in this process. A server it starts listens on a free port of
 * 127.0.0.1 instead of the port it names, so runs never collide; it is returned for asking.
 */
async function runInNode(snippet: Snippet): Promise<http.Server[]> {
  const { outputFiles } = await build({
    stdin: { contents: snippet.code, loader: snippet.lang as 'ts', resolveDir: ROOT, sourcefile: snippet.id },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [consentryFromSource],
  });
  const file = join(tmp, `${snippet.file.replace(/\W/g, '-')}-${snippet.line}.mjs`);
  writeFileSync(file, outputFiles[0].contents);
  const started: http.Server[] = [];
  const listen = http.Server.prototype.listen;
  http.Server.prototype.listen = function (this: http.Server) {
    started.push(this);
    servers.push(this);
    return listen.call(this, { port: 0, host: '127.0.0.1' });
  } as typeof listen;
  try {
    await import(pathToFileURL(file).href);
  } finally {
    http.Server.prototype.listen = listen;
  }
  await Promise.all(started.map((server) => (server.listening ? undefined : new Promise((resolve) => server.once('listening', resolve)))));
  return started;
}

async function ask(server: http.Server, path: string, headers: Record<string, string> = {}) {
  const { port } = server.address() as AddressInfo;
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', vary: response.headers.get('vary') ?? '', body: await response.text() };
}

describe('run in Node', () => {
  it.each(cases(snippets.filter((s) => s.marks.run === 'node')))('%s runs, and its server answers as the docs say', async (_, snippet) => {
    const [server] = await runInNode(snippet);
    // A snippet that starts no server has passed by running without an exception.
    if (!/\blisten\(/.test(snippet.code)) return;
    expect(server, 'a server snippet starts a server').toBeDefined();
    if (snippet.code.includes('/.well-known/gpc.json')) {
      const answer = await ask(server, '/.well-known/gpc.json');
      expect(answer.status).toBe(200);
      expect(answer.type).toMatch(/^application\/json/);
      JSON_SHAPES['gpc-json'](JSON.parse(answer.body));
      return;
    }
    // A page rendered on the server: the loader is told about Sec-GPC, and caches keep the variants apart.
    const plain = await ask(server, '/');
    expect(plain.status).toBe(200);
    expect(plain.body).toMatch(/<script src="[^"]*consentry\.js"/);
    expect(plain.body).not.toContain('data-gpc="1"');
    expect(plain.vary).toMatch(/Sec-GPC/i);
    const gpc = await ask(server, '/', { 'Sec-GPC': '1' });
    expect(gpc.body).toContain('data-gpc="1"');
  });
});

// ---- nginx ----

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

// ---- shell ----

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string>; bin?: string | Record<string, string> };
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
    if ((sub === 'install' || sub === 'i') && rest.filter((w) => !w.startsWith('-')).some((name) => name !== pkg.name)) {
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
  expect(checkCommand('PORT=4213 npx playwright test e2e/docs-snippets.spec.ts')).toEqual([]);
});
