import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What ships: the built files in dist/, which `npm test` builds before the unit tests.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The path of a built file; a missing one fails with what to do. */
function built(file: string): string {
  const path = join(root, 'dist', file);
  if (!existsSync(path)) throw new Error(`dist/${file} is missing: run \`npm run build\` first (npm test builds before the unit tests).`);
  return path;
}

const FORMATS = {
  'ES module': { extension: 'js', load: (file: string) => import(pathToFileURL(built(file)).href) as Promise<Record<string, unknown>> },
  CommonJS: { extension: 'cjs', load: async (file: string) => require(built(file)) as Record<string, unknown> },
};

describe.each(Object.entries(FORMATS))('public surface of the %s build', (_, { extension, load }) => {
  const entry = (name: string) => load(`${name}.${extension}`);

  it('exports only createConsent from consentry', async () => {
    expect(Object.keys(await entry('index')).sort()).toEqual(['createConsent']);
  });

  it('exports only createConsent from consentry/core', async () => {
    expect(Object.keys(await entry('core')).sort()).toEqual(['createConsent']);
  });

  it('exports only createUi from consentry/ui', async () => {
    expect(Object.keys(await entry('ui')).sort()).toEqual(['createUi']);
  });

  it('exports only readConsent and hasGpc from consentry/server', async () => {
    expect(Object.keys(await entry('server')).sort()).toEqual(['hasGpc', 'readConsent']);
  });

  it('exports the catalogue and each of its services by name from consentry/services', async () => {
    const { SERVICES, ...services } = await entry('services');
    expect(Array.isArray(SERVICES)).toBe(true);
    expect(Object.values(services)).toHaveLength((SERVICES as unknown[]).length);
    expect(new Set(Object.values(services))).toEqual(new Set(SERVICES as unknown[]));
  });

  it('exports one language, by its upper-case tag, from each consentry/i18n/<lang>', async () => {
    const languages = readdirSync(dirname(built('lang/en.js'))).filter((file) => file.endsWith(`.${extension}`));
    expect(languages.length).toBeGreaterThan(1);
    for (const file of languages) {
      const lang = file.slice(0, -extension.length - 1);
      expect(Object.keys(await entry(`lang/${lang}`)), file).toEqual([lang.toUpperCase()]);
    }
  });
});

describe.each(['js', 'cjs'])('import graph of the .%s build', (extension) => {
  const isPreact = (file: string) => /(^|\/)node_modules\/preact\//.test(file);
  const isUi = (file: string) => /^dist\/(ui|chunks\/ui-[^/]+)\.c?js$/.test(file);

  it('keeps Preact and the UI out of consentry/core and consentry/server', async () => {
    for (const name of ['core', 'server']) {
      expect((await graph(`${name}.${extension}`)).filter((file) => isPreact(file) || isUi(file)), name).toEqual([]);
    }
  });

  it('reaches Preact and the UI from consentry and consentry/ui', async () => {
    for (const name of ['index', 'ui']) {
      const files = await graph(`${name}.${extension}`);
      expect(files.some(isPreact), name).toBe(true);
      expect(files.some(isUi), name).toBe(true);
    }
  });

  it('runs consentry/server without Node-only modules or js-cookie', async () => {
    // A bare Node module (`fs`) does not even resolve here: the graph is built for no platform.
    expect((await graph(`server.${extension}`)).filter((file) => file.startsWith('node:') || file.includes('node_modules/js-cookie/'))).toEqual([]);
  });
});

describe('script tag', () => {
  it('keeps Preact and the UI components out of consentry.js, which every page view loads', () => {
    const sources = (file: string): string[] => JSON.parse(readFileSync(built(`${file}.map`), 'utf8')).sources;
    const isUi = (source: string) => source.includes('/node_modules/preact/') || source.includes('/src/ui/');
    expect(sources('consentry.js').filter(isUi)).toEqual([]);
    expect(sources('consentry-ui.js').some(isUi)).toBe(true);
  });
});

/**
 * Every file a built entry reaches, chunks and dependencies included, and every module it leaves
 * out (`node:` ones), as an app's bundler follows them.
 */
async function graph(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [built(entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external: ['node:*'],
    logLevel: 'silent',
  });
  const inputs = Object.values(metafile.inputs);
  return [...Object.keys(metafile.inputs), ...inputs.flatMap(({ imports }) => imports.filter((i) => i.external).map((i) => i.path))];
}
