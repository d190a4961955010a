import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import type { Plugin, RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { build } from 'esbuild';
import { SHIPPED_LANGUAGES as LANGUAGES } from './src/policy/pick-language';
import { fromTextList, toTextList } from './src/policy/text-list';
import { languageKey } from './src/script-files';
import type { Texts } from './src/types';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The licence line each script-tag file starts with; terser keeps it (`BANNER_COMMENT`) and drops every other comment. */
const BANNER = `/*! consentry v${version} | MIT License */`;
// A pattern, not a function: the terser plugin hands its options to worker threads as source text.
const BANNER_COMMENT = /^! consentry v/;

const typescript = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact' });

// npm builds leave dependencies to the app's bundler; the script tag carries everything.
const external = (id: string) => /^(preact|nanostores|js-cookie)(\/|$)/.test(id);


const npm: RollupOptions = {
  input: {
    index: 'src/index.ts',
    core: 'src/core.ts',
    ui: 'src/ui.ts',
    server: 'src/server.ts',
    services: 'src/services.ts',
    // consentry/i18n/<lang>: one language's texts, for `texts` (the script tag's i18n/ files are IIFEs).
    ...Object.fromEntries(['en', ...LANGUAGES].map((lang) => [`lang/${lang}`, `src/i18n/${lang}.ts`])),
  },
  external,
  plugins: [typescript()],
  output: [
    { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
  ],
};

// `consentry validate` (src/cli.ts): one Node ES module with its shebang, apart from every browser bundle.
const cli: RollupOptions = {
  input: 'src/cli.ts',
  external: (id) => id.startsWith('node:'),
  plugins: [typescript()],
  output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
};

/** Subresource Integrity of a built file. */
const integrity = (file: string, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(readFileSync(file)).digest('base64')}`;

/** A language's texts, read from its source file at build time. */
async function readTexts(lang: string): Promise<Texts> {
  const { outputFiles } = await build({ entryPoints: [`src/i18n/${lang}.ts`], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'error' });
  const module = { exports: {} as Record<string, Texts> };
  new Function('module', 'exports', outputFiles[0].text)(module, module.exports);
  return module.exports[lang.toUpperCase()];
}

/** The entry of `dist/i18n/<lang>.js`: it registers the language's texts, as a text list, where the UI file looks. */
const languageEntry = (lang: string): Plugin => ({
  name: 'language-entry',
  resolveId: (id) => (id === 'language-entry' ? id : null),
  async load(id) {
    if (id !== 'language-entry') return null;
    this.addWatchFile(resolve(`src/i18n/${lang}.ts`));
    const list = toTextList(await readTexts(lang));
    // A missing text fails the build here, not a visitor's page later.
    fromTextList(list);
    return `window[Symbol.for(${JSON.stringify(languageKey(lang))})] = ${JSON.stringify(list)};`;
  },
});

/** A self-contained IIFE for the script tag, with a hidden source map for profiling. */
const scriptTag = (input: string, file: string, values: Record<string, () => string> = {}, entry?: Plugin): RollupOptions => ({
  input,
  plugins: [
    ...(entry ? [entry] : []),
    // nanostores branches on NODE_ENV for dev warnings; the script tag is always production.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production'), ...values } }),
    nodeResolve({ browser: true }),
    typescript(),
    terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: BANNER_COMMENT } }),
  ],
  // Rollup adds the banner before terser runs (hence `BANNER_COMMENT`); the files that pin this one
  // hash it as written, banner included.
  output: { file, format: 'iife', sourcemap: 'hidden', banner: BANNER },
});

// Rollup builds these in order: the languages, then the UI file that pins them, then the loader
// that pins the UI and GPP files.
export default [
  npm,
  cli,
  ...LANGUAGES.map((lang) => scriptTag('language-entry', `dist/i18n/${lang}.js`, {}, languageEntry(lang))),
  scriptTag('src/embed-ui.ts', 'dist/consentry-ui.js', {
    // The UI file pins the language files; sha256 keeps its 27 hashes small, and SRI accepts it.
    __I18N_INTEGRITY__: () => JSON.stringify(Object.fromEntries(LANGUAGES.map((lang) => [lang, integrity(`dist/i18n/${lang}.js`, 'sha256')]))),
  }),
  scriptTag('src/embed-gpp.ts', 'dist/consentry-gpp.js'),
  scriptTag('src/embed.ts', 'dist/consentry.js', {
    __UI_INTEGRITY__: () => JSON.stringify(integrity('dist/consentry-ui.js')),
    __GPP_INTEGRITY__: () => JSON.stringify(integrity('dist/consentry-gpp.js')),
  }),
];
