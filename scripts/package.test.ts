// The package as an app gets it. A clean copy of the repository (its tracked files, no dist/)
// is packed with `npm pack`, whose `prepare` script builds dist/, as npm does when it installs
// from the repository. The tarball is installed into an empty app, its dependencies coming from
// the registry or npm's cache; the app loads every entry with `import` and `require` and
// type-checks its use of them under each moduleResolution; attw and publint read the tarball.
// `npm test` runs this after the unit tests; alone: `npm run test:package`.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const APP = join(root, 'scripts', 'package-app');
const exec = promisify(execFile);
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Runs a command: its output, or an error that carries what it printed. */
async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    return (await exec(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout}${stderr}`);
  }
}

let work: string;
let tarball: string;
let app: string;
let installed: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'consentry-package-'));
  // A clean checkout: what `git ls-files` names (untracked files not ignored included), with the
  // repository's node_modules for the build's tools.
  const checkout = join(work, 'checkout');
  const files = (await run('git', ['ls-files', '--cached', '--others', '--exclude-standard'], root)).split('\n');
  for (const file of files.filter((name) => name && existsSync(join(root, name)))) {
    await mkdir(dirname(join(checkout, file)), { recursive: true });
    await copyFile(join(root, file), join(checkout, file));
  }
  await symlink(join(root, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  await run('npm', ['pack', '--pack-destination', work], checkout);
  tarball = join(work, (await readdir(work)).find((name) => name.endsWith('.tgz'))!);

  app = join(work, 'app');
  await mkdir(app);
  for (const file of await readdir(APP)) await copyFile(join(APP, file), join(app, file));
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], app);
  installed = join(app, 'node_modules', 'consentry');
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds the build that `npm pack` made, and no source', () => {
    for (const file of ['index.js', 'index.cjs', 'types/index.d.ts', 'types/index.d.cts', 'consentry.js', 'consentry-ui.js', 'consentry-gpp.js', 'i18n/de.js', 'lang/de.js', 'lang/de.cjs']) {
      expect(existsSync(join(installed, 'dist', file)), file).toBe(true);
    }
    expect(readdirSync(installed).sort()).toEqual(['LICENSE', 'README.md', 'consentry.schema.json', 'dist', 'package.json']);
  });

  it('runs `consentry validate` from the installed bin, and resolves the schema by its export', async () => {
    await writeFile(join(app, 'tenant.json'), JSON.stringify({ $schema: './node_modules/consentry/consentry.schema.json', tenant: 'acme', mode: 'opt-out' }));
    expect(await run(join(app, 'node_modules', '.bin', 'consentry'), ['validate', 'tenant.json'], app)).toContain('tenant.json: ok');
    const schema = await run('node', ['-p', "require.resolve('consentry/consentry.schema.json')"], app);
    expect(JSON.parse(readFileSync(schema.trim(), 'utf8')).$schema).toMatch(/json-schema\.org/);
  });

  it('starts each script-tag file with the licence banner', () => {
    const files = ['consentry.js', 'consentry-ui.js', 'consentry-gpp.js', ...readdirSync(join(installed, 'dist', 'i18n')).map((file) => `i18n/${file}`)];
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(4);
    for (const file of files.filter((name) => name.endsWith('.js'))) {
      expect(readFileSync(join(installed, 'dist', file), 'utf8').split('\n')[0], file).toBe(`/*! consentry v${version} | MIT License */`);
    }
  });

  // observe.cjs says what each entry gives; Node has no document, so createConsent is inert.
  const OBSERVED = {
    consentry: { decided: false, categories: { essential: true, functional: false, analytics: false, marketing: false } },
    core: { decided: false, categories: { essential: true, functional: false, analytics: false, marketing: false } },
    server: { readConsent: null, hasGpc: [true, false] },
    services: { GOOGLE_ANALYTICS: 'analytics', catalogue: expect.any(Number) },
    ui: 'function',
    de: 'Alle akzeptieren',
  };

  it('loads every entry with import in Node', async () => {
    expect(JSON.parse(await run('node', ['use.mjs'], app))).toEqual(OBSERVED);
  });

  it('loads every entry with require in Node', async () => {
    expect(JSON.parse(await run('node', ['use.cjs'], app))).toEqual(OBSERVED);
  });

  it.each([
    ['bundler', 'preserve'],
    ['node16', 'node16'],
    ['nodenext', 'nodenext'],
  ])('type-checks an ES module app (types.ts) and a CommonJS app (types.cts) under moduleResolution %s', async (moduleResolution, module) => {
    const config = `tsconfig.${moduleResolution}.json`;
    const compilerOptions = { module, moduleResolution, target: 'ES2022', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: false };
    await writeFile(join(app, config), JSON.stringify({ compilerOptions, files: ['types.ts', 'types.cts'] }));
    await run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], app);
  });

  it('has types right for every entry and resolution (attw)', async () => {
    // consentry.js is the script-tag file, not a module: it has no types to check.
    const languages = readdirSync(join(installed, 'dist', 'lang')).filter((file) => file.endsWith('.js')).map((file) => `./i18n/${file.slice(0, -3)}`);
    await run('npx', ['attw', tarball, '--no-definitely-typed', '--exclude-entrypoints', './consentry.js', '--include-entrypoints', ...languages], root);
  });

  it('has nothing for publint to report', async () => {
    const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer }, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });
});
