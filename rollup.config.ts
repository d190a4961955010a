import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact' });

// npm builds leave dependencies to the app's bundler; the script tag carries everything.
const external = (id: string) => /^(preact|nanostores|js-cookie)(\/|$)/.test(id);

const npm: RollupOptions = {
  input: { index: 'src/index.ts', core: 'src/core.ts', ui: 'src/ui.ts', server: 'src/server.ts', services: 'src/services.ts' },
  external,
  plugins: [typescript()],
  output: [
    { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
  ],
};

/** Subresource Integrity of a built file (sha384, as the SRI spec recommends). */
const integrity = (file: string) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** A self-contained IIFE for the script tag, with a hidden source map for profiling. */
const scriptTag = (input: string, file: string, values: Record<string, () => string> = {}): RollupOptions => ({
  input,
  plugins: [
    // nanostores branches on NODE_ENV for dev warnings; the script tag is always production.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production'), ...values } }),
    nodeResolve({ browser: true }),
    typescript(),
    terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
  ],
  output: { file, format: 'iife', sourcemap: 'hidden' },
});

// Rollup builds these in order: the loader's own files first, so it can carry their integrity hashes.
export default [
  npm,
  scriptTag('src/embed-ui.ts', 'dist/consentry-ui.js'),
  scriptTag('src/embed-gpp.ts', 'dist/consentry-gpp.js'),
  scriptTag('src/embed.ts', 'dist/consentry.js', {
    __UI_INTEGRITY__: () => JSON.stringify(integrity('dist/consentry-ui.js')),
    __GPP_INTEGRITY__: () => JSON.stringify(integrity('dist/consentry-gpp.js')),
  }),
];
