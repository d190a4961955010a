// The TypeScript and JavaScript blocks of the README and the docs type-check against the
// package's types, and those marked `run=node` run: a server they start answers as the docs say
// (scripts/doc-snippets.ts says which block is what).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, chai, describe, expect, it } from 'vitest';
import { JSON_SHAPES } from './doc-json-shapes';
import { allSnippets, MODULE_STUBS, PLACEHOLDER_DECLARATIONS, ROOT, type Snippet } from './doc-snippets';

// A failure lists every problem of the block, untruncated.
chai.config.truncateThreshold = 0;

const snippets = allSnippets();
const cases = (list: Snippet[]) => list.map((snippet) => [snippet.id, snippet] as const);

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
  const code = snippets.filter((snippet) => snippet.kind === 'code');
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
